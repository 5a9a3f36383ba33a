import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What a built page makes the browser fetch from the site: the JavaScript it loads as it
 * opens (script tags, module preloads, island components and renderers, the imports of inline
 * module scripts, and their static imports, followed recursively), the JavaScript it loads
 * only when the reader does something (dynamic imports, e.g. search), its stylesheets (those
 * that block the first paint and those added after it) and
 * inline `<style>` and `<script>` text. Used by the service worker's precache (the pages it
 * keeps and what they need) and by the size budgets and benchmark.
 */

/** A page's assets: absolute file paths of its files, in the order found, and its inline code. */
export interface PageAssets {
  /** JavaScript loaded as the page opens. */
  js: string[];
  /** JavaScript loaded later, by dynamic import. */
  lazyJs: string[];
  /** Linked stylesheets (render-blocking). */
  css: string[];
  /** Stylesheets added after first paint (listed in `<noscript data-href>`; render-blocking only without JavaScript). */
  laterCss: string[];
  /** Text of inline scripts (not JSON data). */
  inlineJs: string;
  /** Text of inline `<style>` elements. */
  inlineCss: string;
}

/** The file an address of the page points at (null for other origins and data: addresses). */
function resolveUrl(dist: string, base: string, fromFile: string, url: string): string | null {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  if (!clean.startsWith('/')) return join(dirname(fromFile), clean);
  return join(dist, clean.startsWith(base) ? clean.slice(base.length) : clean);
}

/** The local modules a JavaScript source imports: statically (`eager`) and with `import()` (`lazy`). */
export function jsImports(source: string): { eager: string[]; lazy: string[] } {
  const eager: string[] = [];
  const lazy: string[] = [];
  const local = (spec: string | undefined): spec is string => !!spec && (spec.startsWith('.') || spec.startsWith('/'));
  const staticRe = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'`]([^"'`]+)["'`]/g;
  for (let m = staticRe.exec(source); m; m = staticRe.exec(source)) if (local(m[1])) eager.push(m[1]);
  const dynamicRe = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
  for (let m = dynamicRe.exec(source); m; m = dynamicRe.exec(source)) if (local(m[1])) lazy.push(m[1]);
  return { eager, lazy };
}

/**
 * The assets of one built page.
 * @param dist absolute path of the build output
 * @param htmlFile absolute path of the page's HTML file
 * @param base the base path the copy is built for ('/' or '/workshop/')
 */
export function pageAssets(dist: string, htmlFile: string, base = '/'): PageAssets {
  const html = readFileSync(htmlFile, 'utf8');
  const resolve = (from: string, url: string) => resolveUrl(dist, base, from, url);
  const queue: (string | null)[] = [];
  const lazyQueue: (string | null)[] = [];
  const attr = (name: string) => new RegExp(`${name}="([^"]+)"`, 'g');
  for (const re of [
    attr('<script[^>]*\\ssrc'),
    attr('component-url'),
    attr('renderer-url'),
    attr('before-hydration-url'),
  ]) {
    for (const m of html.matchAll(re)) queue.push(resolve(htmlFile, m[1] ?? ''));
  }
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    queue.push(resolve(htmlFile, m[1] ?? ''));
  let inlineJs = '';
  for (const m of html.matchAll(
    /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    const text = m[1] ?? '';
    inlineJs += text;
    const { eager, lazy } = jsImports(text);
    for (const spec of eager) queue.push(resolve(htmlFile, spec));
    for (const spec of lazy) lazyQueue.push(resolve(htmlFile, spec));
  }
  const follow = (q: (string | null)[], into: Set<string>, skip: Set<string>) => {
    while (q.length) {
      const file = q.shift();
      if (!file || into.has(file) || skip.has(file) || !existsSync(file)) continue;
      into.add(file);
      const { eager, lazy } = jsImports(readFileSync(file, 'utf8'));
      for (const spec of eager) q.push(resolve(file, spec));
      for (const spec of lazy) lazyQueue.push(resolve(file, spec));
    }
  };
  const js = new Set<string>();
  const lazyJs = new Set<string>();
  follow(queue, js, new Set());
  follow(lazyQueue, lazyJs, js);
  const files = (re: RegExp, text: string) =>
    [...text.matchAll(re)].map((m) => resolve(htmlFile, m[1] ?? '')).filter((f): f is string => !!f && existsSync(f));
  const css = files(
    /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g,
    html.replace(/<noscript\b[\s\S]*?<\/noscript>/g, ''),
  );
  const laterCss = files(/<noscript[^>]*\sdata-href="([^"]+)"/g, html);
  let inlineCss = '';
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += m[1];
  return { js: [...js], lazyJs: [...lazyJs], css, laterCss, inlineJs, inlineCss };
}
