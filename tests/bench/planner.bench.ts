import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { localDate } from '../../src/domain/dates';
import { accounts } from '../../src/domain/planner/ledger';
import { plannerView } from '../../src/domain/planner/view';
import type { Contact } from '../../src/schemas/contact';
import type { LedgerEntry, Plan } from '../../src/schemas/planner';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { createPlanner } from '../../src/store/planner';
import { createVault } from '../../src/store/vault';
import { plannerData } from '../fixtures/planner-data.mjs';

/**
 * What the planner computes with 300 relationships and 5,000 ledger entries, in Node: the
 * whole page's view, the accounts alone, reading everything from storage, and one logged
 * give. Figures are reported, never asserted (`npm run bench:planner`); the browser's side
 * is measured by `planner-browser.mjs`.
 */

const today = localDate();
const raw = plannerData({ people: 300, entries: 5000, today });
const data = <T>(prefix: string) =>
  Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), JSON.parse(v).data as T]),
  );
const contacts = data<Contact>('rf:contact:');
const ledger = data<LedgerEntry>('rf:ledger:');
const plans = data<Plan>('rf:plan:');

/** A quick in-memory Storage (the unit tests' fake lists keys slowly, which would dominate here). */
function memoryStorage(entries: Record<string, string>) {
  const data = new Map(Object.entries(entries));
  let keys: string[] | null = null;
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => {
      keys ??= [...data.keys()];
      return keys[i] ?? null;
    },
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (!data.has(k)) keys = null;
      data.set(k, v);
    },
    removeItem: (k: string) => {
      keys = null;
      data.delete(k);
    },
  };
}

function openTab() {
  const vault = createVault({ storage: memoryStorage(raw) });
  const people = createCollection(vault, contactKind);
  let n = 0;
  return { people, planner: createPlanner(vault, people, { newId: () => `bench-${++n}` }) };
}

/** Median of several runs of `fn`, in milliseconds. */
function time(fn: () => unknown, runs = 15): number {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    all.push(performance.now() - t0);
  }
  return all.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

const ms = (t: number) => `${t.toFixed(1)} ms`;

test('planner with 300 relationships and 5,000 ledger entries', () => {
  const tab = openTab();
  const first = Object.keys(contacts)[0] ?? '';
  const report: [string, string][] = [
    ['relationships', String(Object.keys(contacts).length)],
    ['ledger entries', String(Object.keys(ledger).length)],
    ['read every record from storage (page load)', ms(time(openTab, 7))],
    ['accounts of every relationship', ms(time(() => accounts(ledger)))],
    ['view for the whole page (plannerView)', ms(time(() => plannerView(contacts, ledger, plans, today)))],
    [
      'log one give, then recompute the view (an update)',
      ms(
        time(() => {
          tab.planner.logEntry(first, { date: today, kind: 'gift', note: '' }, today);
          plannerView(tab.people.$items.get(), tab.planner.ledger.$items.get(), tab.planner.plans.$items.get(), today);
        }),
      ),
    ],
  ];
  console.log(
    `\nGiving-first planner benchmark (Node ${process.version})\n${report.map(([k, v]) => `  ${k.padEnd(52)} ${v}`).join('\n')}\n`,
  );
  expect(Object.keys(ledger)).toHaveLength(5000);
});
