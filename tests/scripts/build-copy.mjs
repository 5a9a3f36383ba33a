// Builds the copy of the site that the end-to-end tests serve under a sub-path: the same
// sources with BASE_PATH=/workshop/, into dist-workshop/ (dist/ stays the root copy).
// Usage: node tests/scripts/build-copy.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The sub-path and folder of the test copy. */
const COPY = { base: '/workshop/', outDir: 'dist-workshop' };

const project = fileURLToPath(new URL('../../', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const run = spawnSync(process.execPath, [astro, 'build'], {
  cwd: project,
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: COPY.base, OUT_DIR: `./${COPY.outDir}` },
});
process.exit(run.status ?? 1);
