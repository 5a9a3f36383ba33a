// Measures the built planner page in Chromium with 300 relationships and 5,000 ledger
// entries: how long the page takes to show everything, and how long common updates take
// until the page shows their result. Reports medians; asserts nothing.
// Usage: npm run build && node tests/bench/planner-browser.mjs   (BENCH_PORT to change the port)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { plannerData } from '../fixtures/planner-data.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4339);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = new URL('../../', import.meta.url);

if (!existsSync(new URL('dist/planner/index.html', root))) {
  console.error('The built site is missing: run `npm run build` first.');
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chromium found: run `node tests/scripts/browser.mjs` to see how to install one.');
  process.exit(1);
}

const server = spawn(process.execPath, ['tests/scripts/serve.mjs', String(PORT)], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const base = `http://127.0.0.1:${PORT}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const d = new Date();
const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const data = plannerData({ people: 300, entries: 5000, plans: 60, intros: 20, today });

/**
 * Runs `act` in the page and resolves with the milliseconds until `done()` is true (checked
 * every frame), or rejects after 20 seconds.
 */
function timeInPage(page, act, done) {
  return page.evaluate(
    ([a, d]) =>
      new Promise((resolve, reject) => {
        const act = new Function(a);
        const done = new Function(`return (${d})`);
        const start = performance.now();
        act();
        const check = () => {
          if (done()) resolve(performance.now() - start);
          else if (performance.now() - start > 20_000) reject(new Error(`Never became true: ${d}`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    [act, done],
  );
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const results = {};
const add = (name, ms) => {
  results[name] ??= [];
  results[name].push(ms);
};
try {
  const page = await browser.newPage();
  page.on('crash', () => console.error('page crashed'));
  page.on('pageerror', (e) => console.error('page error', e.message));
  await page.goto(`${base}/`);
  await page.evaluate((d) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, v);
  }, data);

  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${base}/planner/`, { waitUntil: 'commit' });
    await page.locator('.people-table tbody').first().waitFor();
    const shown = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return performance.now() - (nav?.startTime ?? 0);
    });
    add('Page load to everything shown (navigation start → table drawn)', shown);

    add(
      'Open a relationship (its ledger, plans and settings)',
      await timeInPage(
        page,
        "document.querySelector('.people-table tbody button').click()",
        "document.querySelector('.person-detail')",
      ),
    );
    await page.locator('.person-detail').getByLabel('What happened').selectOption('gift');
    add(
      'Log a give (save, recompute every account, redraw)',
      await timeInPage(
        page,
        "document.querySelector('.person-detail form button[type=submit]').click()",
        "document.querySelector('#people-status')?.textContent.includes('Logged for')",
      ),
    );
    add(
      'Mark a plan done (plan → ledger entry, redraw)',
      await timeInPage(
        page,
        "document.querySelector('#week li:not(.done) .actions .button:not(.secondary)')?.click()",
        "document.querySelector('#week-status')?.textContent.includes('Done:')",
      ),
    );
    add(
      'Search the list by name',
      await timeInPage(
        page,
        `const i = document.querySelector('#people-search');
         i.value = 'Ana'; i.dispatchEvent(new Event('input', { bubbles: true }));`,
        "document.querySelector('.people-table + p, #people-search')?.closest('.section-body')?.textContent.includes('matches of 300')",
      ),
    );
  }
  await page.goto(`${base}/planner/print/mine/`);
  await page.locator('.sheet-body[data-ready]').waitFor();
  add(
    'My planner to print, everything (5,000-entry ledger)',
    await timeInPage(
      page,
      `const s = document.querySelector('#print-period');
       s.value = 'all'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
      "document.querySelector('#mine-ledger')?.textContent.includes('everything')",
    ),
  );
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nGiving-first planner in Chromium: 300 relationships, 5,000 ledger entries (median of ${RUNS} runs)\n`);
const width = Math.max(...Object.keys(results).map((k) => k.length));
for (const [name, xs] of Object.entries(results)) {
  console.log(`  ${name.padEnd(width)}  ${median(xs).toFixed(0).padStart(5)} ms`);
}
console.log('\nFigures depend on the machine; they are reported, never asserted.');
