// Keeps the course in its own words. When the source texts are present beside the
// repository (../shared/seeds), it runs two checks over content/ and src/:
// 1. the shared checker (no run of 9 or more words shared with a source);
// 2. the course's stricter rule: no run of 8 or more words shared with a source, except
//    the wording of the three tests that define a center of influence and the two old
//    sayings the curriculum allows.
// Without the sources it says so and skips.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedRuns, sourceRuns } from './shared-runs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checker = fileURLToPath(new URL('../../../shared/tools/check-originality.mjs', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

if (!existsSync(checker) || !existsSync(seeds)) {
  console.log('Originality check skipped: ../shared/seeds and its checker are not beside this repository.');
  process.exit(0);
}

/** Shortest run of shared words the course allows itself nowhere. */
const WORDS = 8;
/** Passages a lesson may share word for word. */
const EXEMPT = [
  // The three tests that define a center of influence (seed 000, quoting a post on finding them).
  'who sees or knows a lot of people, must like you, and is willing to help you succeed',
  // The two old sayings the curriculum lets the course quote, as the shared checker allows them.
  'The best time to plant a tree is twenty years ago. The second best time is now.',
  "I don't care how much you know until I know how much you care",
  "People don't care how much you know until they know how much you care",
];
const TEXT = new Set([
  '.md',
  '.mdx',
  '.astro',
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.json',
  '.yaml',
  '.yml',
  '.html',
  '.txt',
]);
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'coverage']);

const shared = spawnSync(process.execPath, [checker, 'content', 'src'], { cwd: root, stdio: 'inherit' });

/** @param {string} p @returns {Generator<string>} */
function* files(p) {
  if (statSync(p).isFile()) {
    if (TEXT.has(extname(p))) yield p;
    return;
  }
  for (const e of readdirSync(p).sort()) if (!SKIP.has(e)) yield* files(join(p, e));
}

const sources = readdirSync(seeds)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(seeds, name), 'utf8') }));
const runs = sourceRuns(sources, WORDS, EXEMPT);
let found = 0;
for (const dir of ['content', 'src']) {
  for (const f of files(join(root, dir))) {
    for (const r of sharedRuns(readFileSync(f, 'utf8'), runs, WORDS)) {
      found++;
      console.log(`${relative(root, f)}: shares ${r.words} words with ${r.source}: "${r.text}"`);
    }
  }
}
if (found) console.log(`${found} shared run(s) of ${WORDS}+ words: rewrite them in the course's own words.`);
else
  console.log(
    `no shared runs of ${WORDS}+ words (beyond the three tests of a center of influence and the two sayings)`,
  );
process.exit(shared.status !== 0 || found ? 1 : 0);
