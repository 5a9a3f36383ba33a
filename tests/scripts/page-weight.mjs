// Measures what a built page makes the browser download: its HTML, the JavaScript it loads
// as the page opens (script tags, module preloads, island components and renderers, and
// their static imports, followed recursively), the JavaScript it loads only when the
// reader does something (dynamic imports, e.g. search), and its CSS; raw and gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function resolveUrl(dist, fromFile, url) {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0];
  return clean.startsWith('/') ? join(dist, clean) : join(dirname(fromFile), clean);
}

/** Files a JavaScript module imports, by relative or root path: static imports, and dynamic ones. */
function jsImports(source) {
  const eager = [];
  const lazy = [];
  const local = (spec) => spec && (spec.startsWith('.') || spec.startsWith('/'));
  const staticRe = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'`]([^"'`]+)["'`]/g;
  for (let m = staticRe.exec(source); m; m = staticRe.exec(source)) if (local(m[1])) eager.push(m[1]);
  const dynamicRe = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
  for (let m = dynamicRe.exec(source); m; m = dynamicRe.exec(source)) if (local(m[1])) lazy.push(m[1]);
  return { eager, lazy };
}

/**
 * The weight of one page of `dist`.
 * @param {string} dist absolute path of the build output
 * @param {string} htmlFile absolute path of the page's HTML file
 */
export function pageWeight(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const js = new Map();
  const lazyJs = new Map();
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
  const lazyQueue = [];
  for (const m of html.matchAll(
    /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    inlineJs += m[1];
    const { eager, lazy } = jsImports(m[1]);
    for (const spec of eager) queue.push(resolveUrl(dist, htmlFile, spec));
    for (const spec of lazy) lazyQueue.push(resolveUrl(dist, htmlFile, spec));
  }
  const follow = (q, into, skip) => {
    while (q.length) {
      const file = q.shift();
      if (!file || into.has(file) || skip.has(file) || !existsSync(file)) continue;
      const source = readFileSync(file);
      into.set(file, source);
      const { eager, lazy } = jsImports(source.toString('utf8'));
      for (const spec of eager) q.push(resolveUrl(dist, file, spec));
      for (const spec of lazy) lazyQueue.push(resolveUrl(dist, file, spec));
    }
  };
  follow(queue, js, new Map());
  follow(lazyQueue, lazyJs, js);
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
    lazyJs: sum(lazyJs, ''),
    css: sum(css, inlineCss),
    requests: 1 + js.size + css.size,
  };
}
