// Size budgets over the built site (sizes are deterministic, so this is a real test).
// Fails when any page ships more gzipped HTML, JavaScript or CSS than its page type allows, when a
// page type that must paint without waiting (lessons) links a stylesheet, or when the service
// worker's first-visit download grows past its budget.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageWeight } from './page-weight.mjs';
import { precache } from './precache.mjs';

const KB = 1024;
/**
 * Page types: which pages belong to each, and their gzipped budgets. Most specific first.
 * `js` is what a page loads as it opens; `deferredJs` what it loads only after it has painted
 * (see src/islands/idle.ts). Reading pages (lessons, the course and workshop guides, blank
 * handouts) load the shared store (about 12.5 KB, of which zod/mini is about 7 KB: it reads
 * and checks every saved record, merges two tabs' edits and offers replaced text back) only
 * after first paint, for the done marks and, on a lesson, its progress, reflections and
 * self-check; `blockingCss: 0` keeps a lesson's stylesheets inline
 * (src/integrations/first-paint.ts), and on reading pages `css` is only the rules of the first
 * screen (src/integrations/critical-css.ts; `laterCss` is the whole stylesheet added after
 * paint). A lesson's `html` budget keeps it near one round trip of a new connection (14,600
 * bytes with its headers, about 0.85 KB of them): the text and its first styles; four of the
 * seven lessons fit (module 7 by a few bytes), the three longest are up to 1.1 KB over. The
 * assessment pages and Your data keep to what they loaded before the tools were
 * consolidated (29.6, 31.9 and 35.2 KB). The tools load the store with their islands. They carry
 * what makes them agree: one date module and `$today` store; on the worksheet, the planner
 * and My progress, the planner's ledger and plans read by the one due rule
 * (src/domain/touch.ts), the due badge and the calendar of planned items; on the worksheet,
 * bulk actions, and on the planner and the worksheet the look-alike question when adding
 * someone; on My progress, what is due this week and each self-check's score.
 */
export const BUDGETS = [
  {
    type: 'lesson',
    match: /^\/lessons\/[^/]+\/$/,
    js: 10 * KB,
    deferredJs: 18 * KB,
    css: 3.5 * KB,
    laterCss: 20 * KB,
    html: 14.6 * KB,
    blockingCss: 0,
  },
  {
    type: 'reading',
    match:
      /^\/(404\.html|glossary\/|lessons\/|start-here\/|workshop\/|workshop\/guide\/|search\/|(assessment|coi|planner)\/print\/(blank\/)?)?$/,
    js: 5 * KB,
    deferredJs: 18 * KB,
    css: 20 * KB,
    laterCss: 20 * KB,
  },
  { type: 'assessment', match: /^\/assessment\//, js: 32.5 * KB, css: 20 * KB },
  { type: 'your data', match: /^\/data\//, js: 36.2 * KB, css: 20 * KB },
  { type: 'worksheet', match: /^\/(worksheet|coi)\//, js: 44.8 * KB, css: 20 * KB },
  { type: 'planner', match: /^\/planner\//, js: 49.3 * KB, css: 20 * KB },
  { type: 'my progress', match: /^\/me\//, js: 48.2 * KB, css: 20 * KB },
  { type: 'other', match: /.*/, js: 41 * KB, css: 20 * KB },
];

/**
 * What the service worker downloads on a reader's first visit, gzipped: every page people read
 * and work in, with what it loads, except what most readers never use (workshop mode, images,
 * the search index, the vCard reader: src/domain/offline.ts), which is kept when first used.
 */
export const PRECACHE_BUDGET = 450 * KB;

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
let failures = 0;
let pages = 0;
for (const file of htmlFiles(dist)) {
  const w = pageWeight(dist, file);
  const budget = BUDGETS.find((b) => b.match.test(w.page));
  pages++;
  if (budget.blockingCss !== undefined && w.blockingCss > budget.blockingCss) {
    failures++;
    console.error(
      `✗ ${w.page} (${budget.type}): ${w.blockingCss} render-blocking stylesheet(s), budget ${budget.blockingCss}`,
    );
  }
  const names = {
    js: 'JS',
    deferredJs: 'JS loaded after first paint',
    css: 'CSS before first paint',
    laterCss: 'CSS added after first paint',
    html: 'HTML',
  };
  for (const kind of Object.keys(names)) {
    const figure = kind === 'deferredJs' ? w.lazyJs : w[kind];
    if (budget[kind] !== undefined && figure.gzip > budget[kind]) {
      failures++;
      console.error(
        `✗ ${w.page} (${budget.type}): ${names[kind]} ${kb(figure.gzip)} gzipped, budget ${kb(budget[kind])}`,
      );
    }
  }
}
const firstVisit = precache(dist);
if (firstVisit.gzip > PRECACHE_BUDGET) {
  failures++;
  console.error(
    `✗ the service worker downloads ${kb(firstVisit.gzip)} gzipped (${firstVisit.files.length} files) on the first visit, budget ${kb(PRECACHE_BUDGET)}`,
  );
}
if (failures) {
  console.error(`${failures} budget(s) exceeded.`);
  process.exit(1);
}
console.log(
  `Size budgets hold on all ${pages} pages; the first visit keeps ${kb(firstVisit.gzip)} for offline use (budget ${kb(PRECACHE_BUDGET)}).`,
);
