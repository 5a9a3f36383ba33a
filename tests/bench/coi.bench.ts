import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import type { BulkAction } from '../../src/domain/coi/bulk';
import { guessMapping, parseTable, rowsToDrafts } from '../../src/domain/coi/import/csv';
import { findDuplicates, possibleDuplicates } from '../../src/domain/coi/import/dedupe';
import type { Draft } from '../../src/domain/coi/import/draft';
import { indexPeople, queryPeople } from '../../src/domain/coi/list';
import type { Contact } from '../../src/schemas/contact';
import type { Intro, LedgerEntry, Plan } from '../../src/schemas/planner';
import { createCoi } from '../../src/store/coi';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { introKind, ledgerKind, planKind } from '../../src/store/kinds/planner';
import { createVault, MemoryStorage } from '../../src/store/vault';
import { linkedInExport } from './linkedin-export.mjs';

/**
 * Import and filter timings for a generated 5,000-row LinkedIn export, in Node. Reports
 * figures only; nothing here fails on a slow machine.
 */
const ROWS = 5000;
const ms = (t: number) => `${t.toFixed(1)} ms`;

/** Median of several runs of `fn`, in milliseconds. */
function time(fn: () => unknown, runs = 5): number {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    all.push(performance.now() - t0);
  }
  return all.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

test(`COI import and filter of a ${ROWS}-row LinkedIn export`, () => {
  const text: string = linkedInExport(ROWS);
  let drafts: Draft[] = [];
  const parse = time(() => {
    const t = parseTable(text);
    if (!t.ok) throw new Error(t.error);
    drafts = rowsToDrafts(t.table, guessMapping(t.table.header)).drafts;
  });
  let dups = 0;
  const dedupe = time(() => {
    dups = findDuplicates(drafts, []).length;
  });
  const people: Record<string, Contact> = Object.fromEntries(
    drafts.map((d, i) => [`id${i}`, { ...d, tier: 'triage' as const, createdAt: 1 }]),
  );
  const index = time(() => indexPeople(people));
  const idx = indexPeople(people);
  const keystroke = time(() => queryPeople(idx, { text: 'ada harbor', tier: 'triage', tag: '', sort: 'name' }), 21);
  const report: [string, string][] = [
    ['rows in the file', String(ROWS)],
    ['people read', String(drafts.length)],
    ['duplicates found', String(dups)],
    ['parse (papaparse + mapping)', ms(parse)],
    ['de-duplication', ms(dedupe)],
    ['parse + de-dup (target < 1000 ms)', ms(parse + dedupe)],
    ['search index of 5,000 people', ms(index)],
    ['one filter keystroke, pure function (target < 50 ms)', ms(keystroke)],
  ];
  console.log(
    `\nCOI worksheet benchmark (Node ${process.version})\n${report.map(([k, v]) => `  ${k.padEnd(56)} ${v}`).join('\n')}\n`,
  );
  expect(drafts.length).toBe(ROWS);
  expect(dups).toBeGreaterThan(0);
});

const BULK = 1000;

test(`bulk actions over ${BULK} people, each one step with undo`, async () => {
  const storage = new MemoryStorage();
  const vault = createVault({ storage });
  const people = createCollection(vault, contactKind);
  people.setMany(
    Array.from({ length: BULK }, (_, i) => [`p${i}`, { name: `Person ${i}`, tags: [], tier: 'triage', createdAt: 1 }]),
  );
  const act = createCoi(vault, people);
  const ids = Object.keys(people.$items.get());
  let updates = 0;
  people.$items.listen(() => updates++);
  const rows: [string, string][] = [];
  /** Times one bulk action and its undo; counts the updates of the lists each made. */
  const step = async (label: string, action: BulkAction) => {
    // The first action also loads the planning code.
    updates = 0;
    let t0 = performance.now();
    const done = await act.bulk(ids, action);
    const doing = performance.now() - t0;
    const doUpdates = updates;
    if (!done.plan) throw new Error(done.message);
    updates = 0;
    t0 = performance.now();
    await act.undoBulk(done.plan);
    rows.push([
      `${label} / undo (list updates each)`,
      `${ms(doing)} (${doUpdates}) / ${ms(performance.now() - t0)} (${updates})`,
    ]);
    expect([doUpdates, updates]).toEqual([1, 1]);
  };
  await step('tag 1,000', { kind: 'tag', tags: 'imported' });
  await step('move 1,000 to other', { kind: 'move', to: 'other' });
  await step('delete 1,000', { kind: 'delete' });

  // The same 1,000 with the planner's records: two entries, a plan and an introduction each.
  const records = {
    ledger: createCollection(vault, ledgerKind),
    plans: createCollection(vault, planKind),
    intros: createCollection(vault, introKind),
  };
  const withRecords = createCoi(vault, people, { records });
  const entry = (contactId: string) => ({
    contactId,
    date: '2026-01-16',
    kind: 'gift' as const,
    note: '',
    createdAt: 1,
  });
  records.ledger.setMany(ids.flatMap((id, i) => [[`a${i}`, entry(id)] as [string, LedgerEntry], [`b${i}`, entry(id)]]));
  records.plans.setMany(
    ids.map((id, i): [string, Plan] => [
      `l${i}`,
      { contactId: id, due: '2026-02-01', kind: 'resource', note: '', createdAt: 1 },
    ]),
  );
  records.intros.setMany(
    ids.map((id, i) => [
      `i${i}`,
      { a: id, b: ids[(i + 1) % BULK] as string, why: '', step: 'idea', reached: {}, createdAt: 1 } as Intro,
    ]),
  );
  const counts = [records.ledger, records.plans, records.intros].map((c) => {
    const n = { updates: 0 };
    c.$items.listen(() => n.updates++);
    return n;
  });
  updates = 0;
  let t1 = performance.now();
  const deleted = await withRecords.bulk(ids, { kind: 'delete' });
  const deleting = performance.now() - t1;
  const deleteUpdates = [updates, ...counts.map((c) => c.updates)];
  if (!deleted.plan) throw new Error(deleted.message);
  updates = 0;
  for (const c of counts) c.updates = 0;
  t1 = performance.now();
  await withRecords.undoBulk(deleted.plan);
  const undoing = performance.now() - t1;
  const undoUpdates = [updates, ...counts.map((c) => c.updates)];
  rows.push([`delete 1,000 with 4,000 planner records / undo`, `${ms(deleting)} / ${ms(undoing)}`]);
  rows.push([
    `  updates (people, ledger, plans, introductions)`,
    `${deleteUpdates.join(', ')} / ${undoUpdates.join(', ')}`,
  ]);
  expect([deleteUpdates, undoUpdates]).toEqual([
    [1, 1, 1, 1],
    [1, 1, 1, 1],
  ]);
  const t0 = performance.now();
  const pairs = possibleDuplicates(Object.entries(people.$items.get()) as [string, Contact][]).length;
  rows.push([`possible duplicates among ${BULK} (found ${pairs})`, ms(performance.now() - t0)]);
  console.log(
    `\nCOI bulk actions (Node ${process.version})\n${rows.map(([k, v]) => `  ${k.padEnd(56)} ${v}`).join('\n')}\n`,
  );
});
