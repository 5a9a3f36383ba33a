import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { guessMapping, parseTable, rowsToDrafts } from '../../src/domain/coi/import/csv';
import { findDuplicates } from '../../src/domain/coi/import/dedupe';
import type { Draft } from '../../src/domain/coi/import/draft';
import { indexPeople, queryPeople } from '../../src/domain/coi/list';
import type { Contact } from '../../src/schemas/contact';
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
