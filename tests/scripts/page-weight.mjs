// Measures what a built page makes the browser download: its HTML, the JavaScript it loads
// as the page opens, the JavaScript it loads only when the reader does something (dynamic
// imports, e.g. search), its CSS (linked stylesheets and inline styles; and the stylesheet
// a reading page adds after its first paint) and how many
// stylesheet requests block its first paint; raw and gzipped. Which files a page loads is
// found by src/integrations/page-assets.ts, the same rule the service worker's precache uses.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets } from '../../src/integrations/page-assets.ts';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * The weight of one page of `dist`.
 * @param {string} dist absolute path of the build output
 * @param {string} htmlFile absolute path of the page's HTML file
 * @param {string} [base] the base path the copy was built for
 */
export function pageWeight(dist, htmlFile, base = '/') {
  const html = readFileSync(htmlFile);
  const assets = pageAssets(dist, htmlFile, base);
  const sum = (files, inline) => {
    const bodies = files.map((f) => readFileSync(f));
    const all = Buffer.concat([...bodies, Buffer.from(inline)]);
    return {
      raw: all.length,
      gzip: bodies.reduce((n, b) => n + gz(b), 0) + (inline ? gz(Buffer.from(inline)) : 0),
      files: files.map((f) => relative(dist, f)),
    };
  };
  return {
    page: `/${relative(dist, htmlFile).replace(/index\.html$/, '')}`,
    html: { raw: html.length, gzip: gz(html) },
    js: sum(assets.js, assets.inlineJs),
    lazyJs: sum(assets.lazyJs, ''),
    css: sum(assets.css, assets.inlineCss),
    /** The stylesheets a page adds after its first paint (reading pages: the whole stylesheet). */
    laterCss: sum(assets.laterCss, ''),
    /** Stylesheet files the browser must fetch before it paints the page. */
    blockingCss: assets.css.length,
    requests: 1 + assets.js.length + assets.css.length,
  };
}
