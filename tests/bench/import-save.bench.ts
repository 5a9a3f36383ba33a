import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { guessMapping, parseTable, rowsToDrafts } from '../../src/domain/coi/import/csv';
import { createCoiImport } from '../../src/store/coi-import';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { createVault, MemoryStorage } from '../../src/store/vault';
import { linkedInExport } from './linkedin-export.mjs';

/**
 * Saving an import of a generated 5,000-row LinkedIn export into an empty store (in Node, over
 * an in-memory storage): the store's share of "file chosen → saved and shown". Figures only.
 */
const ROWS = 5000;

test(`saving a ${ROWS}-person import`, async () => {
  const parsed = parseTable(linkedInExport(ROWS));
  if (!parsed.ok) throw new Error(parsed.error);
  const drafts = rowsToDrafts(parsed.table, guessMapping(parsed.table.header));
  const runs: number[] = [];
  let saved = 0;
  for (let i = 0; i < 3; i++) {
    const storage = new MemoryStorage();
    const people = createCollection(createVault({ storage }), contactKind);
    const { applyImport } = createCoiImport(people);
    const t0 = performance.now();
    const done = await applyImport(drafts, [], () => 'add');
    runs.push(performance.now() - t0);
    saved = done.plan.added.length;
  }
  const median = runs.sort((a, b) => a - b)[1] ?? 0;
  console.log(
    `\nImport saving (Node ${process.version})\n  people saved${' '.repeat(44)} ${saved}\n  save ${ROWS} people (applyImport, median of 3)${' '.repeat(13)} ${median.toFixed(1)} ms\n`,
  );
  expect(saved).toBe(ROWS);
});
