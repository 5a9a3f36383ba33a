import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORE_MAX, POTENTIAL_MAX } from '../../src/domain/coi/tiers';
import type { Contact } from '../../src/schemas/contact';
import { buildBackup, type ImportMode } from '../../src/store/backup';
import { applyBackup, checkBackup, type ImportUndo, undoImport } from '../../src/store/backup-import';
import { encodeRecord } from '../../src/store/codec';
import { type Collection, createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { QUARANTINE_PREFIX, type RecordKind } from '../../src/store/kinds/define';
import { KINDS } from '../../src/store/registry';
import { tierLimits } from '../../src/store/tier-limits';
import { createVault, type Vault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

/**
 * The data layer's promises, tried over random sequences of what readers do, in two tabs
 * whose storage events arrive late: edits and deletions of every kind of record, exports,
 * imports (merge and replace, of this browser's own backup and of another's), undo of the
 * last import, and tabs hearing of each other in between.
 */

/** A valid record of each kind, varied by `n` (every kind the site stores has one). */
const SAMPLES: Record<string, (n: number) => unknown> = {
  'rf:lesson:': (n) => ({ completed: n % 2 === 0, quiz: { [`q${n % 3}`]: n % 4 } }),
  'rf:reflection:': (n) => ({ text: `thought ${n}` }),
  'rf:meta:': (n) => ({ lastExportAt: n }),
  'rf:contact:': (n) => ({
    name: `Person ${n}`,
    tier: (['core', 'potential', 'triage', 'other'] as const)[n % 4],
    tierSince: n,
    tags: [],
    createdAt: 1,
    ...(n % 3 === 0 ? { notes: `note ${n}` } : {}),
  }),
  'rf:ledger:': (n) => ({ contactId: `c${n % 5}`, date: '2026-01-05', kind: 'help', note: `gave ${n}`, createdAt: n }),
  'rf:plan:': (n) => ({ contactId: `c${n % 5}`, due: '2026-02-01', kind: 'resource', note: `plan ${n}`, createdAt: n }),
  'rf:intro:': (n) => ({
    a: 'c1',
    b: 'c2',
    why: `why ${n}`,
    step: 'idea',
    reached: { idea: '2026-01-01' },
    createdAt: n,
  }),
  'rf:listen:': (n) => ({ list: [`listen:c${n % 5}`], ticks: n % 2 ? { [`listen:c${n % 5}`]: '' } : {} }),
  'rf:assessment:': (n) => ({ startedAt: n, answers: { 'some-statement': (n % 5) + 1 } }),
  'rf:action:': (n) => ({ text: `do ${n}`, dimension: 'giving', createdAt: n }),
  'rf:agenda:': (n) => ({
    sessions: { '1': { start: `0${n % 10}:30` } },
    edits: n % 2 ? { intro: { minutes: (n % 50) + 1 } } : {},
    own: {},
  }),
  'rf:deck:': (n) => ({ slide: n % 20, sound: n % 2 === 0 }),
  'rf:room:': (n) => ({ codes: [`CODE${n}`] }),
};

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'];

/** Values the site cannot read, placed before any tab opens; each must survive byte for byte. */
const DAMAGED: [string, string][] = [
  ['rf:contact:damaged', '{"v":1,"rev":1,"at":1,"data":{"name":'],
  [`${QUARANTINE_PREFIX}2026-01-01T00:00:00.000Z:rf:lesson:x`, 'set aside \u0000 earlier'],
];
/** A record from a newer version of the site: it makes every tab read-only. */
const NEWER: [string, string] = [
  'rf:reflection:newer:p',
  JSON.stringify({ v: 42, rev: 1, at: 1, data: { text: 'from later' } }),
];

// biome-ignore lint/suspicious/noExplicitAny: a tab holds collections of every kind
type AnyCollection = Collection<any>;

/** One tab: a vault over the shared fake storage and a collection of every kind, keeping the lists within limits. */
function openTab(browser: FakeBrowser) {
  const storage = browser.tab();
  let t = 1_000;
  const vault = createVault({ storage, now: () => t++, listen: storage.listen });
  const collections = new Map<string, AnyCollection>(KINDS.map((k) => [k.prefix, createCollection(vault, k)]));
  const contacts = collections.get(contactKind.prefix) as Collection<Contact>;
  const limits = tierLimits(vault, contacts);
  limits.watch();
  return { vault, collections, limits, lastImport: null as { undo: ImportUndo; model: Map<string, unknown> } | null };
}

type Op =
  | { op: 'edit'; tab: 0 | 1; kind: number; id: number; n: number; delay: boolean }
  | { op: 'remove'; tab: 0 | 1; kind: number; id: number }
  | { op: 'deliver' }
  | { op: 'import-own'; tab: 0 | 1; mode: ImportMode }
  | { op: 'import-other'; tab: 0 | 1; mode: ImportMode; seed: number }
  | { op: 'undo'; tab: 0 | 1 };

const tab01 = fc.constantFrom(0 as const, 1 as const);
const mode = fc.constantFrom('merge' as const, 'replace' as const);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      tab: tab01,
      kind: fc.nat(KINDS.length - 1),
      id: fc.nat(IDS.length - 1),
      n: fc.nat(1000),
      delay: fc.boolean(),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('remove' as const),
      tab: tab01,
      kind: fc.nat(KINDS.length - 1),
      id: fc.nat(IDS.length - 1),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ op: 'deliver' as const }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('import-own' as const), tab: tab01, mode }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant('import-other' as const), tab: tab01, mode, seed: fc.nat(1000) }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('undo' as const), tab: tab01 }), weight: 1 },
);

/** A backup from another browser: a few records of several kinds, and 13 people in core (one too many). */
function otherBackup(seed: number) {
  const browser = new FakeBrowser();
  const vault = createVault({ storage: browser.tab(), now: () => 5_000 + seed });
  for (let i = 0; i < 8; i++) {
    const kind = KINDS[(seed + i) % KINDS.length] as RecordKind<unknown>;
    if (kind === contactKind) continue;
    const data = SAMPLES[kind.prefix]?.(seed + i);
    browser.data.set(`${kind.prefix}${IDS[(seed + i) % IDS.length]}`, encodeRecord(kind, data, 1, 5_000 + seed));
  }
  for (let i = 0; i < 13; i++) {
    const data = { ...(SAMPLES[contactKind.prefix]?.(i) as Contact), tier: 'core' as const, tierSince: seed + i };
    browser.data.set(`${contactKind.prefix}o${seed % 3}-${i}`, encodeRecord(contactKind, data, 1, 5_000 + seed));
  }
  const checked = checkBackup(buildBackup(vault).text);
  if (!checked.ok) throw new Error(checked.error);
  return checked.backup;
}

/** Lets every tab hear every change and settle (limits enforced, replies heard), as time passing would. */
async function settle(browser: FakeBrowser) {
  for (let i = 0; i < 10; i++) {
    browser.deliver();
    await Promise.resolve();
    if (browser.waiting === 0) {
      await Promise.resolve();
      if (browser.waiting === 0) return;
    }
  }
}

function tierCounts(browser: FakeBrowser) {
  const counts: Record<string, number> = {};
  for (const [k, v] of browser.data) {
    if (!k.startsWith(contactKind.prefix)) continue;
    try {
      const tier = JSON.parse(v).data.tier as string;
      counts[tier] = (counts[tier] ?? 0) + 1;
    } catch {
      // unreadable: not in any list
    }
  }
  return counts;
}

/** Every value an unreadable seed must still be found as, somewhere in storage. */
function stillThere(browser: FakeBrowser, raw: string): boolean {
  return [...browser.data.values()].includes(raw);
}

describe('the data layer over random sequences', () => {
  it('has a valid sample for every kind the site stores', () => {
    for (const kind of KINDS) {
      const sample = SAMPLES[kind.prefix];
      expect(sample, kind.label).toBeTypeOf('function');
      for (const n of [0, 1, 2, 3, 7]) expect(kind.schema.safeParse(sample?.(n)).success, kind.label).toBe(true);
    }
  });

  it.each([
    { storage: 'with damaged and set-aside values', UNREADABLE: DAMAGED },
    { storage: 'with a record from a newer version too', UNREADABLE: [...DAMAGED, NEWER] },
  ])(
    '$storage: never loses a saved record, never overfills a list, keeps every unreadable value byte for byte',
    async ({ UNREADABLE }) => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
          const browser = new FakeBrowser();
          for (const [k, v] of UNREADABLE) browser.data.set(k, v);
          browser.deferEvents = true;
          const tabs = [openTab(browser), openTab(browser)];
          /** What the reader expects to find: key → last data acknowledged as saved (undefined: deleted). */
          let model = new Map<string, unknown>();
          const readModel = () => {
            // After an import, the model is what storage holds (imports are checked on their own below).
            const m = new Map<string, unknown>();
            for (const [k, v] of browser.data) {
              if (k.startsWith(QUARANTINE_PREFIX)) continue;
              try {
                const env = JSON.parse(v);
                const kind = KINDS.find((x) => k.startsWith(x.prefix));
                if (kind && env.v === kind.version) m.set(k, env.data);
              } catch {
                // unreadable values are checked separately
              }
            }
            return m;
          };
          for (const step of ops) {
            if (step.op === 'deliver') {
              browser.deliver(2);
              await Promise.resolve();
              continue;
            }
            const tab = tabs[step.tab] as ReturnType<typeof openTab>;
            if (step.op === 'edit' || step.op === 'remove') {
              const kind = KINDS[step.kind] as RecordKind<unknown>;
              const c = tab.collections.get(kind.prefix) as AnyCollection;
              const id = IDS[step.id] as string;
              if (step.op === 'remove') {
                c.remove(id);
                if (!browser.data.has(kind.prefix + id)) model.set(kind.prefix + id, undefined);
              } else {
                const data = SAMPLES[kind.prefix]?.(step.n);
                if (c.set(id, data, step.delay ? 400 : 0) && !step.delay) model.set(kind.prefix + id, 'saved');
                if (step.delay) {
                  c.flush();
                  if (browser.data.has(kind.prefix + id)) model.set(kind.prefix + id, 'saved');
                }
              }
            } else if (step.op === 'undo') {
              if (tab.lastImport) {
                // Undo never takes back later changes without being told to; then it restores exactly.
                const unchanged = new Map(browser.data);
                const first = undoImport(tab.vault, tab.lastImport.undo);
                if (!first.ok) {
                  expect(first).toMatchObject({ changed: expect.any(Number) });
                  expect(new Map(browser.data)).toEqual(unchanged);
                  expect(undoImport(tab.vault, tab.lastImport.undo, true)).toEqual({ ok: true });
                }
                expect(new Map(browser.data)).toEqual(new Map(tab.lastImport.undo.before));
                model = tab.lastImport.model;
                tab.lastImport = null;
              }
            } else {
              await settle(browser);
              const backup =
                step.op === 'import-other'
                  ? otherBackup(step.seed)
                  : (() => {
                      const checked = checkBackup(buildBackup(tab.vault).text);
                      if (!checked.ok) throw new Error(checked.error);
                      return checked.backup;
                    })();
              const before = readModel();
              const r = applyBackup(tab.vault, backup, step.mode);
              if (r.ok) {
                tab.lastImport = { undo: r.undo, model: before };
                // Merge keeps every record this browser had; a replace keeps exactly the backup's.
                const after = readModel();
                if (step.mode === 'merge')
                  for (const k of before.keys()) expect(after.has(k), `merge kept ${k}`).toBe(true);
                model = after;
              }
            }
            for (const [k, v] of UNREADABLE) expect(stillThere(browser, v), `${k} kept byte for byte`).toBe(true);
          }
          await settle(browser);
          for (const t of tabs) for (const c of t.collections.values()) c.flush();
          await settle(browser);

          // Nothing the reader saved (and did not delete or replace on purpose) is missing.
          for (const [key, expected] of model) {
            if (expected === undefined) continue;
            expect(browser.data.has(key), `saved record ${key} still stored`).toBe(true);
          }
          // The lists never hold more than their limits once the tabs have heard each other.
          const counts = tierCounts(browser);
          expect(counts.core ?? 0).toBeLessThanOrEqual(CORE_MAX);
          expect(counts.potential ?? 0).toBeLessThanOrEqual(POTENTIAL_MAX);
          // Every unreadable value is still there, and in a backup made now.
          const file = JSON.parse(buildBackup(tabs[0]?.vault as Vault).text);
          for (const [, raw] of UNREADABLE) {
            expect(stillThere(browser, raw)).toBe(true);
            expect(Object.values(file.verbatim)).toContain(raw);
          }
          // Both tabs show what storage holds.
          for (const t of tabs)
            for (const kind of KINDS) {
              const shown = (t.collections.get(kind.prefix) as AnyCollection).$items.get();
              const unsaved = new Set((t.collections.get(kind.prefix) as AnyCollection).$unsaved.get());
              for (const [id, data] of Object.entries(shown)) {
                // An edit storage refused (a locked page) stays on screen, marked unsaved.
                if (data === undefined || unsaved.has(id)) continue;
                const raw = browser.data.get(kind.prefix + id);
                expect(raw, `${kind.prefix}${id} shown and stored`).toBeDefined();
                expect(JSON.parse(raw as string).data).toEqual(data);
              }
            }
        }),
        {
          numRuns: 120,
          examples: [
            // An undo in one tab right after another tab's edit, in the same task: the undo
            // must see every key storage holds, not a listing kept from earlier.
            [
              [
                { op: 'import-own', tab: 1, mode: 'merge' },
                { op: 'edit', tab: 0, kind: 0, id: 0, n: 0, delay: false },
                { op: 'undo', tab: 1 },
                { op: 'import-own', tab: 0, mode: 'merge' },
              ],
            ],
          ],
        },
      );
    },
  );

  it('property: a backup of every kind survives export then replace-import into an empty browser', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(KINDS.length - 1), fc.nat(IDS.length - 1), fc.nat(1000)), { maxLength: 40 }),
        (edits) => {
          const source = new FakeBrowser();
          const vault = createVault({ storage: source.tab() });
          for (const [k, id, n] of edits) {
            const kind = KINDS[k] as RecordKind<unknown>;
            source.data.set(`${kind.prefix}${IDS[id]}`, encodeRecord(kind, SAMPLES[kind.prefix]?.(n), 1, n));
          }
          const checked = checkBackup(buildBackup(vault).text);
          if (!checked.ok) return false;
          const target = new FakeBrowser();
          expect(applyBackup(createVault({ storage: target.tab() }), checked.backup, 'replace').ok).toBe(true);
          const data = (b: FakeBrowser) => new Map([...b.data].map(([k, v]) => [k, JSON.parse(v).data]));
          expect(data(target)).toEqual(data(source));
          return true;
        },
      ),
      { numRuns: 100 },
    );
  });
});
