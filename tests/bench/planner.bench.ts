import { test } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { accounts } from '../../src/domain/planner/ledger';
import { plannerView } from '../../src/domain/planner/view';
import type { Contact } from '../../src/schemas/contact';
import type { LedgerEntry, Plan } from '../../src/schemas/planner';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/contact-kind';
import { createPlanner } from '../../src/store/planner-actions';
import { createVault } from '../../src/store/vault';
import { plannerData } from '../fixtures/planner-data.mjs';

// What the planner computes with 300 relationships and 5,000 ledger entries: the whole
// page's view, the accounts alone, reading everything from storage, and one logged give.
// Figures are reported, never asserted (`npm run bench:planner`).

const today = todayIso();
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

test('planner with 300 relationships and 5,000 ledger entries', async ({ bench }) => {
  const tab = openTab();
  const first = Object.keys(contacts)[0] ?? '';
  await bench.compare(
    bench('view for the whole page (plannerView)', () => {
      plannerView(contacts, ledger, plans, today);
    }),
    bench('accounts only', () => {
      accounts(ledger);
    }),
    bench('read every record from storage (page load)', () => {
      openTab();
    }),
    bench('log one give, then recompute the view (an update)', () => {
      tab.planner.logEntry(first, { date: today, kind: 'gift', note: '' }, today);
      plannerView(tab.people.$items.get(), tab.planner.ledger.$items.get(), tab.planner.plans.$items.get(), today);
    }),
    { time: 1000 },
  );
});
