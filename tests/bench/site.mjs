// Site benchmark: for each page type of the built site, prints the bytes it ships (HTML, JS
// files and inline, the JS it loads only after first paint or on demand, CSS; raw and
// gzipped), its render-blocking stylesheet requests, its Lighthouse scores, and FCP, LCP and
// total blocking time measured in this machine's Chromium with empty storage and with a
// realistic saved dataset (300 contacts of whom 12 core, 5,000 planner entries, 10
// self-assessment attempts). Beside the site's pages, a bare copy
// of a lesson (its HTML with no script, no stylesheet and no style) is served by the same
// server and measured in the same run: the limit a lesson's LCP is compared with. Then the
// service worker's first-visit download. Figures are reported, never asserted: machines here
// are shared and noisy. Run with `npm run bench` (which builds first); BENCH_RUNS (default 2)
// runs per page and storage, of which the median is shown; BENCH_PORT for the server's port;
// BENCH_PAGES to measure some page types only.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { plannerData } from '../fixtures/planner-data.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';
import { pageWeight } from '../scripts/page-weight.mjs';
import { precache } from '../scripts/precache.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const origin = `http://127.0.0.1:${PORT}`;
const LESSON = '/lessons/03-centers-of-influence/';
const BARE = '/bench-bare/';
const PAGE_TYPES = [
  ['home', '/'],
  ['lesson', LESSON],
  ['glossary', '/glossary/'],
  ['my progress', '/me/'],
  ['your data', '/data/'],
  ['assessment', '/assessment/'],
  ['worksheet', '/coi/'],
  ['planner', '/planner/'],
  ['workshop', '/workshop/'],
]
  // BENCH_PAGES=lesson,planner measures only those page types (the bare lesson always).
  .filter(([type]) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes(type))
  .filter(([, path]) => existsSync(`${dist}${path.slice(1)}index.html`));

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const browserPath = findBrowser();
if (!browserPath) {
  console.error('No Chromium found; see README for how to install one.');
  process.exit(1);
}

/**
 * The bare lesson: the built lesson's HTML without any script, stylesheet, style or policy,
 * in a folder of its own that the server mounts at BARE (it needs a manifest and a 404 page).
 */
function bareCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'rf-bench-bare-'));
  const html = readFileSync(`${dist}${LESSON.slice(1)}index.html`, 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<link rel="(?:stylesheet|modulepreload|manifest)"[^>]*>/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/g, '');
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify({ scope: BARE }));
  copyFileSync(join(dist, '404.html'), join(dir, '404.html'));
  return { dir, html };
}

/** A realistic saved dataset as localStorage entries: 300 contacts (12 core, 60 potential), 5,000 entries, 10 attempts. */
function savedDataset() {
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const data = plannerData({ people: 300, entries: 5000, plans: 60, intros: 20, today });
  let i = 0;
  for (const key of Object.keys(data).filter((k) => k.startsWith('rf:contact:'))) {
    const env = JSON.parse(data[key]);
    env.data.tier = i < 12 ? 'core' : i < 72 ? 'potential' : i % 3 ? 'other' : 'triage';
    data[key] = JSON.stringify(env);
    i++;
  }
  const statements = [
    ...readFileSync(new URL('../../content/assessment/statements.yaml', import.meta.url), 'utf8').matchAll(
      /^- id: ([a-z0-9-]+)/gm,
    ),
  ].map((m) => m[1]);
  for (let a = 0; a < 10; a++) {
    const at = 1_700_000_000_000 + a * 30 * 86_400_000;
    const answers = Object.fromEntries(statements.map((s, j) => [s, ((a + j) % 5) + 1]));
    data[`rf:assessment:${at.toString(36)}-a${a}`] = JSON.stringify({
      v: 1,
      rev: 1,
      at,
      data: { startedAt: at, completedAt: at + 600_000, answers },
    });
  }
  return data;
}

const bare = bareCopy();
const server = spawn(
  process.execPath,
  [fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url)), String(PORT), 'dist', `${bare.dir}=${BARE}`],
  { stdio: ['ignore', 'pipe', 'inherit'], cwd: fileURLToPath(new URL('../../', import.meta.url)) },
);
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) =>
    reject(new Error(`The static server stopped (exit ${code}). Run npm run build first.`)),
  );
});
const chrome = await chromeLauncher.launch({
  chromePath: browserPath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const control = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
const dataset = savedDataset();

/** Empties this origin's storage (data, caches, service worker), then saves `entries` in it without opening a page of the site. */
async function prepareStorage(entries) {
  const context = control.contexts()[0] ?? (await control.newContext());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.send('Network.clearBrowserCache');
  await page.goto(`${origin}/robots.txt`);
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
  await page.close();
}

/** Lighthouse on one address (mobile preset, simulated throttling), with the storage prepared as given. */
async function audit(path, entries) {
  await prepareStorage(entries);
  const result = await lighthouse(`${origin}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    disableStorageReset: true,
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result?.lhr;
  const score = (id) => Math.round((lhr?.categories[id]?.score ?? 0) * 100);
  const value = (id) => lhr?.audits[id]?.numericValue ?? Number.NaN;
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

/**
 * Blocking time as measured in this Chromium with its CPU slowed down four times (as
 * Lighthouse's mobile preset models it): the page is opened with the storage prepared as
 * given, and the time over 50 ms of every long task in its first five seconds is summed.
 * Lighthouse's own figure is simulated from one unthrottled run and moves by hundreds of
 * milliseconds from run to run on a shared machine; this one moves far less.
 */
async function measuredBlocking(path, entries) {
  await prepareStorage(entries);
  const context = control.contexts()[0] ?? (await control.newContext());
  const page = await context.newPage();
  await page.setViewportSize({ width: 412, height: 823 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(5_000);
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}

/** The median of RUNS measurements of `measuredBlocking`. */
async function blocking(path, entries) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measuredBlocking(path, entries));
  return median(runs);
}

/** The median of RUNS audits, figure by figure. */
async function audits(path, entries) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(path, entries));
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

const weights = [];
const scores = [];
const ms = (n) => Math.round(n);
let bareLcp = Number.NaN;
let lessonLcp = Number.NaN;
try {
  for (const [type, path] of [...PAGE_TYPES, ['bare lesson (the limit)', BARE]]) {
    const isBare = path === BARE;
    const w = isBare ? null : pageWeight(dist, `${dist}${path.slice(1)}index.html`);
    const bareHtml = Buffer.byteLength(bare.html);
    weights.push({
      'page type': type,
      'HTML KB (gz)': w ? `${kb(w.html.raw)} (${kb(w.html.gzip)})` : `${kb(bareHtml)}`,
      'JS KB (gz)': w ? `${kb(w.js.raw)} (${kb(w.js.gzip)})` : '0',
      'JS files': w ? w.js.files.length : 0,
      'JS after paint KB (gz)': w ? `${kb(w.lazyJs.raw)} (${kb(w.lazyJs.gzip)})` : '0',
      'inline JS KB': w ? kb(w.js.raw - w.js.files.reduce((n, f) => n + readFileSync(join(dist, f)).length, 0)) : '0',
      'CSS KB (gz)': w ? `${kb(w.css.raw)} (${kb(w.css.gzip)})` : '0',
      'CSS after paint KB (gz)': w ? `${kb(w.laterCss.raw)} (${kb(w.laterCss.gzip)})` : '0',
      'render-blocking': w ? w.blockingCss : 0,
      requests: w ? w.requests : 1,
    });
    const empty = await audits(path, {});
    const saved = isBare ? null : await audits(path, dataset);
    const measured = isBare ? null : { empty: await blocking(path, {}), saved: await blocking(path, dataset) };
    if (isBare) bareLcp = empty.lcp;
    if (path === LESSON) lessonLcp = empty.lcp;
    scores.push({
      'page type': type,
      'perf/a11y/bp/seo': `${empty.perf}/${empty.a11y}/${empty.bp}/${empty.seo}`,
      'FCP/LCP/TBT ms, empty': `${ms(empty.fcp)}/${ms(empty.lcp)}/${ms(empty.tbt)}`,
      'perf, saved data': saved ? saved.perf : '',
      'FCP/LCP/TBT ms, saved data': saved ? `${ms(saved.fcp)}/${ms(saved.lcp)}/${ms(saved.tbt)}` : '',
      CLS: saved ? Math.max(empty.cls, saved.cls).toFixed(3) : empty.cls.toFixed(3),
      'blocking ms at 4x CPU, empty/saved': measured ? `${ms(measured.empty)}/${ms(measured.saved)}` : '',
    });
  }
} finally {
  await control.close();
  chrome.kill();
  server.kill();
}

console.log('\nWhat each page type ships (KB raw, gzipped in brackets):');
console.table(weights);
console.log(
  `\nLighthouse (mobile preset, simulated throttling, median of ${RUNS}), empty storage and a saved dataset of 300 contacts (12 core), 5,000 planner entries and 10 self-assessment attempts:`,
);
console.table(scores);
const over = ((lessonLcp / bareLcp - 1) * 100).toFixed(1);
console.log(
  `Lesson LCP ${ms(lessonLcp)} ms against ${ms(bareLcp)} ms for the bare lesson: ${over} % above the limit (target ≤ 10 %).`,
);
const first = precache(dist);
console.log(
  `First visit: the service worker downloads ${first.files.length} files, ${kb(first.gzip)} KB gzipped (${kb(first.raw)} KB raw), for offline use (target ≤ 450 KB).`,
);
console.log(
  `The last column is measured, not simulated: the time over 50 ms of every long task in the page's first 5 s in this Chromium with its CPU slowed 4x (median of ${RUNS}).`,
);
console.log('Targets: performance, accessibility, best practices and SEO 100 on every page type; TBT < 50 ms.');
