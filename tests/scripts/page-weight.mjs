// Measures what a built page makes the browser download: its HTML, every JavaScript file
// it loads (script tags, module preloads, island components and renderers, and their
// static and dynamic imports, followed recursively) and its CSS, raw and gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function resolveUrl(dist, fromFile, url) {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0];
  return clean.startsWith('/') ? join(dist, clean) : join(dirname(fromFile), clean);
}

/** Files a JavaScript module imports, statically or dynamically, by relative or root path. */
function jsImports(source) {
  const out = [];
  const re = /(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const spec = m[1] ?? m[2];
    if (spec && (spec.startsWith('.') || spec.startsWith('/'))) out.push(spec);
  }
  return out;
}

/**
 * The weight of one page of `dist`.
 * @param {string} dist absolute path of the build output
 * @param {string} htmlFile absolute path of the page's HTML file
 */
export function pageWeight(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const js = new Map();
  const css = new Map();
  let inlineJs = '';
  let inlineCss = '';

  const queue = [];
  const attr = (name) => new RegExp(`${name}="([^"]+)"`, 'g');
  for (const re of [
    attr('<script[^>]*\\ssrc'),
    attr('component-url'),
    attr('renderer-url'),
    attr('before-hydration-url'),
  ]) {
    for (const m of html.matchAll(re)) queue.push(resolveUrl(dist, htmlFile, m[1]));
  }
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    queue.push(resolveUrl(dist, htmlFile, m[1]));
  for (const m of html.matchAll(
    /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    inlineJs += m[1];
    for (const spec of jsImports(m[1])) queue.push(resolveUrl(dist, htmlFile, spec));
  }
  while (queue.length) {
    const file = queue.shift();
    if (!file || js.has(file) || !existsSync(file)) continue;
    const source = readFileSync(file);
    js.set(file, source);
    for (const spec of jsImports(source.toString('utf8'))) queue.push(resolveUrl(dist, file, spec));
  }
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = resolveUrl(dist, htmlFile, m[1]);
    if (file && existsSync(file)) css.set(file, readFileSync(file));
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += m[1];

  const sum = (files, inline) => {
    const all = Buffer.concat([...files.values(), Buffer.from(inline)]);
    return {
      raw: all.length,
      gzip: [...files.values()].reduce((n, b) => n + gz(b), 0) + (inline ? gz(Buffer.from(inline)) : 0),
      files: [...files.keys()].map((f) => relative(dist, f)),
    };
  };
  return {
    page: `/${relative(dist, htmlFile).replace(/index\.html$/, '')}`,
    html: { raw: Buffer.byteLength(html), gzip: gz(Buffer.from(html)) },
    js: sum(js, inlineJs),
    css: sum(css, inlineCss),
    requests: 1 + js.size + css.size,
  };
}
