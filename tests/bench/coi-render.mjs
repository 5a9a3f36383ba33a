// Browser timings of the COI worksheet against the built site (run `npm run build` first):
// importing a generated 5,000-row LinkedIn export through the import page (median of 5), rendering the
// triage list, and one filter keystroke. Prints figures; never fails on timings.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.mjs';
import { linkedInExport } from './linkedin-export.mjs';

const ROWS = 5000;
/** Imports timed; each step's figure is the median. */
const IMPORT_RUNS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const base = `http://127.0.0.1:${PORT}`;
const ms = (t) => `${t.toFixed(1)} ms`;

const server = spawn(process.execPath, [new URL('../scripts/serve.mjs', import.meta.url).pathname, String(PORT)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) =>
    reject(new Error(`The static server stopped (exit ${code}). Run npm run build first.`)),
  );
});

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  const file = join(mkdtempSync(join(tmpdir(), 'coi-bench-')), 'Connections.csv');
  writeFileSync(file, linkedInExport(ROWS));

  // Each step is timed in the page, from the reader's action (the event's time stamp) until the
  // first frame that shows its outcome. Waiting in Playwright alone would add its polling
  // back-off (checks 0.1 s, then 0.5 s apart) and its scrolling to the button to every figure.
  // The sum leaves out only the reader's time between steps.
  const timed = async (page, act, shown) => {
    await page.evaluate((shown) => {
      const w = window;
      w.__step = undefined;
      let start;
      const begin = (e) => {
        start ??= e.timeStamp;
      };
      document.addEventListener('change', begin, { capture: true, once: true });
      document.addEventListener('click', begin, { capture: true, once: true });
      const there =
        shown.button !== undefined
          ? () => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === shown.button)
          : () => [...document.querySelectorAll('p')].some((p) => p.textContent.startsWith(shown.text));
      const watch = new MutationObserver(() => {
        if (start === undefined || !there()) return;
        watch.disconnect();
        requestAnimationFrame(() => {
          w.__step = performance.now() - start;
        });
      });
      watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, shown);
    await act();
    await page.waitForFunction(() => window.__step !== undefined, null, { timeout: 120_000, polling: 100 });
    return page.evaluate(() => window.__step);
  };

  // Import through the page, as a reader would, into an empty browser profile each time; the
  // figures are the median of the runs.
  const runs = [];
  let page;
  for (let run = 0; run < IMPORT_RUNS; run++) {
    await page?.context().close();
    page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/coi/import/`);
    const continueButton = page.getByRole('button', { name: 'Continue' });
    const importButton = page.getByRole('button', { name: 'Import into triage' });
    const read = await timed(page, () => page.getByLabel('File to import').setInputFiles(file), { button: 'Continue' });
    const review = await timed(page, () => continueButton.click(), { button: 'Import into triage' });
    const save = await timed(page, () => importButton.click(), { text: 'Done: ' });
    await page.getByText(/^Done: /).waitFor();
    runs.push({ read, review, save, total: read + review + save });
  }
  const median = (step) => runs.map((r) => r[step]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rf:contact:')).length);

  // Render: from navigation start until the first window of triage rows is on screen.
  const renders = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${base}/coi/?list=triage`);
    await page.locator('.coi-person').nth(49).waitFor();
    // performance.now() counts from the start of the navigation.
    renders.push(
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))),
    );
  }
  const render = renders.sort((a, b) => a - b)[1];

  // One keystroke in the search box: from the input event until the list is rendered and laid out.
  const keystrokes = [];
  for (const ch of ['k', 'e', 'n']) {
    keystrokes.push(
      await page.evaluate(
        (ch) =>
          new Promise((resolve) => {
            const input = document.getElementById('coi-search');
            const t = performance.now();
            input.value += ch;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            // Preact renders in a microtask; a zero timeout runs after it, then layout is forced.
            setTimeout(() => {
              void document.body.offsetHeight;
              resolve(performance.now() - t);
            }, 0);
          }),
        ch,
      ),
    );
  }
  const shown = await page.locator('.coi-result-count').textContent();

  const report = [
    ['rows in the file', String(ROWS)],
    ['people saved in triage', String(stored)],
    ['import: read and parse the file (choose → columns shown)', ms(median('read'))],
    ['import: find duplicates (continue → preview shown)', ms(median('review'))],
    ['import: save (import → saved and shown)', ms(median('save'))],
    ['import through the page (file chosen → saved and shown, target < 1000 ms)', ms(median('total'))],
    ['render the triage list (navigation → first 50 rows)', ms(render)],
    ['one filter keystroke in the browser (3 tries, target < 50 ms)', keystrokes.map(ms).join(', ')],
    ['after typing "ken"', shown ?? ''],
  ];
  console.log(`\nCOI worksheet in Chromium\n${report.map(([k, v]) => `  ${k.padEnd(72)} ${v}`).join('\n')}\n`);
} finally {
  await browser.close();
  server.kill();
}
