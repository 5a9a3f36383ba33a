import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORE_MAX } from '../../src/domain/coi/tiers';
import {
  deleteQuestion,
  describeRecords,
  linkedRecords,
  type PlannerItems,
  recordsToRestore,
} from '../../src/domain/person-records';
import { type Contact, TIERS } from '../../src/schemas/contact';
import type { Intro, LedgerEntry, Plan } from '../../src/schemas/planner';
import { createCoi } from '../../src/store/coi';
import { createCoiImport } from '../../src/store/coi-import';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { createPeopleDelete } from '../../src/store/people-delete';
import { createPlanner } from '../../src/store/planner';
import { createVault } from '../../src/store/vault';
import { person } from './coi-helpers';
import { FakeBrowser } from './fake-storage';

const TODAY = '2026-01-16';

/** One tab of a fake browser: the shared contacts, the planner and the worksheet over the same collections. */
function openTab(browser = new FakeBrowser()) {
  const storage = browser.tab();
  const vault = createVault({ storage, listen: storage.listen });
  const people = createCollection(vault, contactKind);
  let n = 0;
  const planner = createPlanner(vault, people, { newId: () => `n${n++}`, now: () => 1_000 });
  const records = { ledger: planner.ledger, plans: planner.plans, intros: planner.intros };
  const worksheet = createCoi(vault, people, { records });
  /** Every stored record's data, by key: the four collections as storage holds them. */
  const stored = () => Object.fromEntries([...browser.data].map(([k, v]) => [k, JSON.parse(v).data]));
  return { browser, vault, people, planner, worksheet, records, stored };
}

const entry = (contactId: string, note = ''): LedgerEntry => ({
  contactId,
  date: TODAY,
  kind: 'gift',
  note,
  createdAt: 1,
});
const plan = (contactId: string): Plan => ({ contactId, due: TODAY, kind: 'resource', note: '', createdAt: 1 });
const intro = (a: string, b: string): Intro => ({ a, b, why: '', step: 'idea', reached: {}, createdAt: 1 });

/** People in tiers and the planner's records naming them. */
interface World {
  people: [string, Contact][];
  entries: [string, LedgerEntry][];
  plans: [string, Plan][];
  intros: [string, Intro][];
}

/** A world of people in tiers with planner records naming them, from fast-check's choices. */
const worldArb: fc.Arbitrary<World> = fc
  .record({
    tiers: fc.array(fc.constantFrom(...TIERS), { minLength: 1, maxLength: 30 }),
    entries: fc.array(fc.nat(), { maxLength: 40 }),
    plans: fc.array(fc.nat(), { maxLength: 20 }),
    intros: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
  })
  .map((w) => {
    const id = (n: number) => `p${n % w.tiers.length}`;
    return {
      people: w.tiers.map((t, i): [string, Contact] => [`p${i}`, person(`Person ${i}`, t, { tierSince: i })]),
      entries: w.entries.map((n, i): [string, LedgerEntry] => [`e${i}`, entry(id(n), `entry ${i}`)]),
      plans: w.plans.map((n, i): [string, Plan] => [`l${i}`, plan(id(n))]),
      intros: w.intros
        .filter(([a, b]) => id(a) !== id(b))
        .map(([a, b], i): [string, Intro] => [`i${i}`, intro(id(a), id(b))]),
    };
  });

/** A tab holding a world. */
function tabWith(world: World) {
  const tab = openTab();
  tab.people.setMany(world.people);
  tab.planner.ledger.setMany(world.entries);
  tab.planner.plans.setMany(world.plans);
  tab.planner.intros.setMany(world.intros);
  return tab;
}

/** Ids of people that any stored planner record names. */
function named(stored: Record<string, { contactId?: string; a?: string; b?: string }>): Set<string> {
  const out = new Set<string>();
  for (const [k, r] of Object.entries(stored)) {
    if (!/^rf:(ledger|plan|intro):/.test(k)) continue;
    for (const id of [r.contactId, r.a, r.b]) if (id) out.add(id);
  }
  return out;
}

/** Stored people's ids. */
const storedPeople = (stored: Record<string, unknown>) =>
  new Set(
    Object.keys(stored)
      .filter((k) => k.startsWith('rf:contact:'))
      .map((k) => k.slice('rf:contact:'.length)),
  );

describe('the rule for what goes with a person', () => {
  const items: PlannerItems = {
    ledger: { e1: entry('ana'), e2: entry('ben'), e3: entry('ana') },
    plans: { l1: plan('ana'), l2: plan('cy') },
    intros: { i1: intro('ana', 'ben'), i2: intro('ben', 'cy') },
  };

  it('takes every entry, plan and introduction naming anyone deleted, an introduction between two of them once', () => {
    const one = linkedRecords(new Set(['ana']), items);
    expect([one.entries.map(([id]) => id), one.plans.map(([id]) => id), one.intros.map(([id]) => id)]).toEqual([
      ['e1', 'e3'],
      ['l1'],
      ['i1'],
    ]);
    const two = linkedRecords(new Set(['ana', 'ben']), items);
    expect(two.intros.map(([id]) => id)).toEqual(['i1', 'i2']);
    expect(linkedRecords(new Set(), items)).toEqual({ entries: [], plans: [], intros: [] });
  });

  it('says what goes in the planner’s words, and asks only when something else goes', () => {
    expect(describeRecords({ entries: 12, plans: 1, intros: 0 })).toBe('12 ledger entries and 1 plan');
    expect(describeRecords({ entries: 1, plans: 2, intros: 3 })).toBe('1 ledger entry, 2 plans and 3 introductions');
    expect(describeRecords({ entries: 0, plans: 0, intros: 1 })).toBe('1 introduction');
    expect(deleteQuestion('Ana Lima', { entries: 0, plans: 0, intros: 0 })).toBeNull();
    expect(deleteQuestion('Ana Lima', { entries: 2, plans: 0, intros: 1 }, ' from the planner')).toBe(
      'Delete Ana Lima together with 2 ledger entries and 1 introduction from the planner?',
    );
  });

  it('puts back only records absent now whose people are all there', () => {
    const deleted = linkedRecords(new Set(['ana', 'ben']), items);
    const now: PlannerItems = { ledger: { e2: entry('ben', 'saved again since') }, plans: {}, intros: {} };
    const back = recordsToRestore(deleted, now, (id) => id === 'ana' || id === 'cy');
    expect(back.kept).toBe(1);
    expect(back.writes.entries.map(([id]) => id)).toEqual(['e1', 'e3']);
    // Ben did not come back: neither his introductions nor anything else of his.
    expect(back.writes.intros).toEqual([]);
  });
});

describe('deleting a person from the worksheet', () => {
  it('takes their ledger entries, plans and introductions in the same action, says so, and undo brings all back', async () => {
    const tab = openTab();
    tab.people.setMany([
      ['ana', person('Ana Lima', 'potential')],
      ['ben', person('Ben Okafor')],
    ]);
    tab.planner.ledger.setMany([
      ['e1', entry('ana')],
      ['e2', entry('ana')],
      ['e3', entry('ben')],
    ]);
    tab.planner.plans.setMany([['l1', plan('ana')]]);
    tab.planner.intros.setMany([['i1', intro('ben', 'ana')]]);
    const before = tab.stored();
    expect(await tab.worksheet.deleteQuestionFor(['ana'])).toBe(
      'Delete Ana Lima together with 2 ledger entries, 1 plan and 1 introduction from the planner? You can undo it.',
    );
    expect(await tab.worksheet.deleteQuestionFor(['ana', 'ben'])).toMatch(
      /^Delete 2 people together with 3 ledger entries/,
    );
    const r = await tab.worksheet.deletePerson('ana');
    expect(r.message).toBe(
      'Ana Lima was removed from the worksheet, with 2 ledger entries, 1 plan and 1 introduction from the planner.',
    );
    expect(Object.keys(tab.stored()).sort()).toEqual(['rf:contact:ben', 'rf:ledger:e3']);
    expect(await tab.planner.dependents('ana')).toEqual({ entries: 0, plans: 0, intros: 0 });
    if (!r.deleted) throw new Error(r.message);
    expect(await tab.worksheet.restorePerson(r.deleted)).toEqual({
      ok: true,
      message: 'Ana Lima is back, with 2 ledger entries, 1 plan and 1 introduction.',
    });
    expect(tab.stored()).toEqual(before);
  });

  it('someone with nothing in the planner goes without a question, as before', async () => {
    const tab = openTab();
    tab.people.setMany([['cy', person('Cy Novak')]]);
    expect(await tab.worksheet.deleteQuestionFor(['cy'])).toBeNull();
    expect(await tab.planner.deleteQuestion('cy')).toBeNull();
    expect((await tab.worksheet.deletePerson('cy')).message).toBe('Cy Novak was removed from the worksheet.');
  });

  it('delete then undo leaves all four collections exactly as before, from either tool (property)', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, fc.nat(), fc.boolean(), async (world, pick, fromPlanner) => {
        const tab = tabWith(world);
        const before = tab.stored();
        const id = `p${pick % world.people.length}`;
        const deleted = fromPlanner
          ? (await tab.planner.removePerson(id))?.deleted
          : (await tab.worksheet.deletePerson(id)).deleted;
        if (!deleted) throw new Error('not deleted');
        const after = tab.stored();
        // Nothing stored names the person any more, and nothing else went.
        expect(named(after).has(id)).toBe(false);
        expect(Object.keys(after).length + 1 + deleted.records.entries.length + deleted.records.plans.length).toBe(
          Object.keys(before).length - deleted.records.intros.length,
        );
        const back = await (fromPlanner ? tab.planner.restorePerson(deleted) : tab.worksheet.restorePerson(deleted));
        expect(back.ok).toBe(true);
        expect(tab.stored()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('bulk delete on the worksheet', () => {
  it('delete then undo leaves all four collections exactly as before; an introduction between two deleted comes back once (property)', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), async (world, picks) => {
        const tab = tabWith(world);
        const before = tab.stored();
        const ids = picks.map((n) => `p${n % world.people.length}`);
        const chosen = new Set(ids);
        const done = await tab.worksheet.bulk(ids, { kind: 'delete' });
        if (!done.plan) throw new Error(done.message);
        const after = tab.stored();
        for (const id of chosen) expect(storedPeople(after).has(id)).toBe(false);
        // No record is left naming someone deleted; records of everyone else stay.
        for (const id of named(after)) expect(chosen.has(id)).toBe(false);
        const between = world.intros.filter(([, i]) => chosen.has(i.a) && chosen.has(i.b));
        const intros = done.plan.records?.intros.map(([id]) => id) ?? [];
        expect(new Set(intros).size).toBe(intros.length);
        for (const [id] of between) expect(intros).toContain(id);
        expect((await tab.worksheet.undoBulk(done.plan)).ok).toBe(true);
        expect(tab.stored()).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('says what else went and what came back', async () => {
    const tab = openTab();
    tab.people.setMany([
      ['ana', person('Ana Lima')],
      ['ben', person('Ben Okafor')],
    ]);
    tab.planner.ledger.setMany([['e1', entry('ana')]]);
    tab.planner.intros.setMany([['i1', intro('ana', 'ben')]]);
    const done = await tab.worksheet.bulk(['ana', 'ben'], { kind: 'delete' });
    expect(done.message).toBe(
      '2 people removed from the worksheet, with 1 ledger entry and 1 introduction from the planner.',
    );
    if (!done.plan) throw new Error(done.message);
    expect((await tab.worksheet.undoBulk(done.plan)).message).toBe(
      '2 people are back as before, with 1 ledger entry and 1 introduction.',
    );
  });

  it('1,000 people with planner records go in one update of each collection, and come back in one', async () => {
    const tab = openTab();
    const ids = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    tab.people.setMany(ids.map((id, i) => [id, person(`Person ${i}`, 'triage', { tierSince: i })]));
    tab.planner.ledger.setMany(
      ids.flatMap((id, i) => [[`a${i}`, entry(id)] as [string, LedgerEntry], [`b${i}`, entry(id)]]),
    );
    tab.planner.plans.setMany(ids.map((id, i) => [`l${i}`, plan(id)]));
    tab.planner.intros.setMany(ids.map((id, i) => [`i${i}`, intro(id, ids[(i + 1) % ids.length] as string)]));
    const before = tab.stored();
    const updates = { people: 0, ledger: 0, plans: 0, intros: 0 };
    const stops = [
      tab.people.$items.listen(() => updates.people++),
      tab.planner.ledger.$items.listen(() => updates.ledger++),
      tab.planner.plans.$items.listen(() => updates.plans++),
      tab.planner.intros.$items.listen(() => updates.intros++),
    ];
    const done = await tab.worksheet.bulk(ids, { kind: 'delete' });
    expect(done.message).toBe(
      '1000 people removed from the worksheet, with 2000 ledger entries, 1000 plans and 1000 introductions from the planner.',
    );
    expect(updates).toEqual({ people: 1, ledger: 1, plans: 1, intros: 1 });
    expect(tab.stored()).toEqual({});
    if (!done.plan) throw new Error(done.message);
    expect((await tab.worksheet.undoBulk(done.plan)).message).toBe(
      '1000 people are back as before, with 2000 ledger entries, 1000 plans and 1000 introductions.',
    );
    expect(updates).toEqual({ people: 2, ledger: 2, plans: 2, intros: 2 });
    expect(tab.stored()).toEqual(before);
    for (const stop of stops) stop();
  });
});

describe('undo of a delete keeps the existing rules', () => {
  it('a person whose list filled up comes back one list lower, with their records', async () => {
    for (const fromPlanner of [false, true]) {
      const tab = openTab();
      tab.people.setMany(Array.from({ length: CORE_MAX }, (_, i) => [`c${i}`, person(`Core ${i}`, 'core')]));
      tab.planner.ledger.setMany([['e1', entry('c0')]]);
      const deleted = fromPlanner
        ? (await tab.planner.removePerson('c0'))?.deleted
        : (await tab.worksheet.deletePerson('c0')).deleted;
      if (!deleted) throw new Error('not deleted');
      tab.people.set('new', person('Newcomer', 'core'));
      const back = await (fromPlanner ? tab.planner.restorePerson(deleted) : tab.worksheet.restorePerson(deleted));
      expect(back.message).toBe(
        'Core 0 is back, with 1 ledger entry. Their old list is full now, so they went to your potential list instead.',
      );
      expect(tab.people.get('c0')?.tier).toBe('potential');
      expect(tab.planner.ledger.get('e1')).toEqual(entry('c0'));
    }
  });

  it('bulk undo puts people lower where their list filled up, and leaves alone a record saved again since', async () => {
    const tab = openTab();
    tab.people.setMany(Array.from({ length: CORE_MAX }, (_, i) => [`c${i}`, person(`Core ${i}`, 'core')]));
    tab.planner.ledger.setMany([
      ['e1', entry('c0')],
      ['e2', entry('c1')],
    ]);
    const done = await tab.worksheet.bulk(['c0', 'c1'], { kind: 'delete' });
    if (!done.plan) throw new Error(done.message);
    tab.people.set('new', person('Newcomer', 'core'));
    // Another tab (an import of a backup) saved one of the entries again meanwhile.
    tab.planner.ledger.set('e2', entry('c1', 'saved again'));
    const undo = await tab.worksheet.undoBulk(done.plan);
    expect(undo.message).toBe(
      '2 people are back as before, with 1 ledger entry. 1 person went one list lower, because their old list filled up meanwhile.',
    );
    expect([tab.people.get('c0')?.tier, tab.people.get('c1')?.tier]).toEqual(['core', 'potential']);
    expect(tab.planner.ledger.get('e2')?.note).toBe('saved again');
  });

  it('a refusing storage is reported, and nothing is left naming someone who did not come back', async () => {
    const tab = openTab();
    tab.people.setMany([
      ['ana', person('Ana Lima')],
      ['ben', person('Ben Okafor')],
    ]);
    tab.planner.ledger.setMany([['e1', entry('ana')]]);
    tab.planner.intros.setMany([['i1', intro('ana', 'ben')]]);
    const one = await tab.worksheet.deletePerson('ana');
    const done = await tab.worksheet.bulk(['ben'], { kind: 'delete' });
    if (!one.deleted || !done.plan) throw new Error('not deleted');
    tab.browser.quota = tab.browser.used();
    expect(await tab.worksheet.restorePerson(one.deleted)).toMatchObject({
      ok: false,
      message: /^Ana Lima could not be put back: the browser refused to save\./,
    });
    expect((await tab.worksheet.undoBulk(done.plan)).message).toMatch(
      /^0 people are back as before\. 1 person could not be put back: the browser refused to save\./,
    );
    expect(tab.stored()).toEqual({});
    expect(tab.people.$items.get()).toEqual({});
    expect(tab.planner.ledger.$items.get()).toEqual({});
    // With room again, the undo still works, and the introduction comes back once both are there.
    tab.browser.quota = Number.POSITIVE_INFINITY;
    expect((await tab.worksheet.restorePerson(one.deleted)).message).toBe('Ana Lima is back, with 1 ledger entry.');
    expect((await tab.worksheet.undoBulk(done.plan)).message).toBe('1 person is back as before.');
    expect(Object.keys(tab.stored()).sort()).toEqual(['rf:contact:ana', 'rf:contact:ben', 'rf:ledger:e1']);
  });

  it('a page that may not save deletes nothing, and says so', async () => {
    const tab = openTab();
    tab.people.setMany([['ana', person('Ana Lima')]]);
    tab.planner.ledger.setMany([['e1', entry('ana')]]);
    tab.browser.data.set('rf:contact:newer', JSON.stringify({ v: 99, rev: 1, at: 1, data: {} }));
    tab.vault.read(contactKind, 'newer');
    const before = tab.stored();
    expect(await tab.worksheet.deletePerson('ana')).toMatchObject({ ok: false, message: /^Ana Lima was not removed/ });
    expect(await tab.planner.removePerson('ana')).toEqual({ message: expect.stringMatching(/^Nothing was saved/) });
    expect(tab.stored()).toEqual(before);
    expect(tab.planner.ledger.get('e1')).toBeDefined();
  });
});

describe('two tabs', () => {
  it('a delete in one tab leaves no record of that person in the other, and its undo brings them back there', async () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    a.people.setMany([
      ['ana', person('Ana Lima')],
      ['ben', person('Ben Okafor')],
    ]);
    a.planner.ledger.setMany([['e1', entry('ana')]]);
    a.planner.plans.setMany([['l1', plan('ana')]]);
    a.planner.intros.setMany([['i1', intro('ana', 'ben')]]);
    expect(await b.planner.dependents('ana')).toEqual({ entries: 1, plans: 1, intros: 1 });
    const r = await a.worksheet.deletePerson('ana');
    expect(b.people.get('ana')).toBeUndefined();
    expect(await b.planner.dependents('ana')).toEqual({ entries: 0, plans: 0, intros: 0 });
    if (!r.deleted) throw new Error(r.message);
    await a.worksheet.restorePerson(r.deleted);
    expect(await b.planner.dependents('ana')).toEqual({ entries: 1, plans: 1, intros: 1 });
    expect(b.people.get('ana')?.name).toBe('Ana Lima');
  });
});

describe('undoing an import', () => {
  it('keeps someone the planner has records for since, and says so', async () => {
    const browser = new FakeBrowser();
    const tab = openTab(browser);
    const { parseVcards } = await import('../../src/domain/coi/import/vcard');
    const read = parseVcards(
      ['Ada One', 'Bo Two'].map((n) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${n}\r\nEND:VCARD`).join('\r\n'),
    );
    const importer = createCoiImport(tab.people, async (ids) => createPeopleDelete(tab.people, tab.records).named(ids));
    const done = await importer.applyImport(read, [], () => 'merge');
    const [ada, bo] = done.plan.added as [string, string];
    tab.planner.logEntry(ada, { date: TODAY, kind: 'gift', note: 'since the import' }, TODAY);
    expect(await importer.undoImport(done)).toEqual({ removed: 1, restored: 0, kept: 0, logged: 1 });
    expect(tab.people.get(ada)?.name).toBe('Ada One');
    expect(tab.people.get(bo)).toBeUndefined();
    expect(named(tab.stored())).toEqual(new Set([ada]));
  });
});
