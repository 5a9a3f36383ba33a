// Runs the shared originality check over content/ and src/ when the source texts are
// present beside the repository (../shared/seeds); otherwise says so and skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checker = fileURLToPath(new URL('../../../shared/tools/check-originality.mjs', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

if (!existsSync(checker) || !existsSync(seeds)) {
  console.log('Originality check skipped: ../shared/seeds and its checker are not beside this repository.');
  process.exit(0);
}
const r = spawnSync(process.execPath, [checker, 'content', 'src'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
