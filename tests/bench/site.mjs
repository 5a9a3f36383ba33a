// Site benchmark: for each page type of the built site, prints the bytes it ships (HTML,
// JS, CSS; raw and gzipped), its request count, and Lighthouse scores measured in this
// machine's Chromium. Figures are reported, never asserted: machines here are shared and
// noisy. Run with `npm run bench` (which builds first).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';
import { pageWeight } from '../scripts/page-weight.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const PORT = 4390;
const PAGE_TYPES = [
  ['home', '/'],
  ['lesson', '/lessons/03-centers-of-influence/'],
  ['glossary', '/glossary/'],
  ['my progress', '/me/'],
  ['your data', '/data/'],
  ['assessment', '/assessment/'],
  ['worksheet', '/coi/'],
  ['planner', '/planner/'],
  ['workshop', '/workshop/'],
].filter(([, path]) => existsSync(`${dist}${path.slice(1)}index.html`));

const kb = (n) => (n / 1024).toFixed(1);
const browserPath = findBrowser();
if (!browserPath) {
  console.error('No Chromium found; see README for how to install one.');
  process.exit(1);
}

const server = spawn(
  process.execPath,
  [fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url)), String(PORT)],
  {
    stdio: 'ignore',
  },
);
await new Promise((r) => setTimeout(r, 800));
const chrome = await chromeLauncher.launch({
  chromePath: browserPath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const rows = [];
try {
  for (const [type, path] of PAGE_TYPES) {
    const w = pageWeight(dist, `${dist}${path.slice(1)}index.html`);
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    const score = (id) => Math.round((lhr?.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr?.audits[id]?.numericValue ?? Number.NaN;
    rows.push({
      'page type': type,
      'HTML KB (gz)': `${kb(w.html.raw)} (${kb(w.html.gzip)})`,
      'JS KB (gz)': `${kb(w.js.raw)} (${kb(w.js.gzip)})`,
      'CSS KB (gz)': `${kb(w.css.raw)} (${kb(w.css.gzip)})`,
      requests: w.requests,
      perf: score('performance'),
      a11y: score('accessibility'),
      'best pr.': score('best-practices'),
      seo: score('seo'),
      'LCP ms': Math.round(audit('largest-contentful-paint')),
      'TBT ms': Math.round(audit('total-blocking-time')),
      CLS: audit('cumulative-layout-shift').toFixed(3),
    });
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log('\nSite benchmark (Lighthouse, mobile preset with simulated throttling, this machine):');
console.table(rows);
console.log('Targets: performance ≥ 98; accessibility, best practices and SEO 100 on every page type.');
