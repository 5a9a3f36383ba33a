import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BulkAction, planBulk, planBulkUndo } from '../../src/domain/coi/bulk';
import { CORE_MAX, POTENTIAL_MAX, tierCounts } from '../../src/domain/coi/tiers';
import { type Contact, TIERS, type Tier } from '../../src/schemas/contact';
import { createCoi } from '../../src/store/coi';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { createVault } from '../../src/store/vault';
import { person } from './coi-helpers';
import { FakeBrowser } from './fake-storage';

/** One tab of a fake browser with the worksheet's actions. */
function openTab(browser = new FakeBrowser()) {
  const storage = browser.tab();
  const vault = createVault({ storage, listen: storage.listen });
  const people = createCollection(vault, contactKind);
  /** Every stored record's data, by key. */
  const stored = () => Object.fromEntries([...browser.data].map(([k, v]) => [k, JSON.parse(v).data]));
  return { stored, vault, people, act: createCoi(vault, people) };
}

/** People in tiers, with ids p0, p1, … */
function crowd(tiers: Tier[]): Record<string, Contact> {
  return Object.fromEntries(tiers.map((t, i) => [`p${i}`, person(`Person ${i}`, t, { tierSince: i, tags: ['a'] })]));
}

/** The records after a batch's writes and deletions. */
function apply(all: Record<string, Contact | undefined>, writes: [string, Contact][], removes: string[] = []) {
  const next = { ...all };
  for (const [id, c] of writes) next[id] = c;
  for (const id of removes) delete next[id];
  return next;
}

describe('planning bulk actions', () => {
  it('moves, tags, untags and deletes only the people it needs to change', () => {
    const all = crowd(['triage', 'triage', 'potential', 'other']);
    const move = planBulk(all, ['p0', 'p1', 'p2'], { kind: 'move', to: 'potential' }, { now: 5, placed: 1 });
    expect(move.ok && move.plan.writes.map(([id, c]) => [id, c.tier, c.tierSince, c.coi?.lunches])).toEqual([
      ['p0', 'potential', 5, []],
      ['p1', 'potential', 5, []],
    ]);
    expect(move.ok && move.plan.unchanged).toBe(1);
    const tag = planBulk(all, ['p0', 'p1'], { kind: 'tag', tags: 'golf, A' }, { now: 5 });
    expect(tag.ok && tag.plan.writes.map(([, c]) => c.tags)).toEqual([
      ['a', 'golf'],
      ['a', 'golf'],
    ]);
    const untag = planBulk(all, ['p0', 'p3'], { kind: 'untag', tags: 'A' }, { now: 5 });
    expect(untag.ok && untag.plan.writes.map(([, c]) => c.tags)).toEqual([[], []]);
    const del = planBulk(all, ['p3', 'p3', 'gone'], { kind: 'delete' }, { now: 5 });
    expect(del.ok && [del.plan.removes, del.plan.before.map(([id]) => id)]).toEqual([['p3'], ['p3']]);
  });

  it('refuses what cannot be done, with a sentence', () => {
    const all = crowd(['triage']);
    expect(planBulk(all, [], { kind: 'delete' }, { now: 1 })).toMatchObject({ ok: false, message: /Select one/ });
    expect(planBulk(all, ['p0'], { kind: 'tag', tags: ' , ' }, { now: 1 })).toMatchObject({
      ok: false,
      message: /Type a tag/,
    });
  });

  it('never takes core over 12: says how many fit, and with partial moves those and names the rest', () => {
    const all = crowd([...Array(9).fill('core'), ...Array(5).fill('potential')]);
    const ids = ['p9', 'p10', 'p11', 'p12', 'p13'];
    const refused = planBulk(all, ids, { kind: 'move', to: 'core' }, { now: 1, placed: 9 });
    expect(refused).toMatchObject({ ok: false, fits: 3 });
    expect(!refused.ok && refused.message).toMatch(
      /Nobody was moved: you chose 5 people for your core list, and it holds 9 of 12, so 3 more fit\. Choose “Move the first 3”/,
    );
    const partial = planBulk(all, ids, { kind: 'move', to: 'core' }, { now: 1, placed: 9, partial: true });
    expect(partial.ok && partial.plan.writes.map(([id]) => id)).toEqual(['p9', 'p10', 'p11']);
    expect(partial.ok && partial.plan.notMoved).toEqual(['p12', 'p13']);
    const after = partial.ok ? apply(all, partial.plan.writes) : all;
    expect(tierCounts(Object.values(after)).core).toBe(CORE_MAX);
    const full = planBulk(after, ['p12'], { kind: 'move', to: 'core' }, { now: 1, placed: 12, partial: true });
    expect(full).toMatchObject({ ok: false, fits: 0, message: /it is full \(12 of 12\)\. Move people out/ });
  });

  it('undo puts back a list that filled up meanwhile one list lower', () => {
    const all = crowd(['core', 'potential']);
    const del = planBulk(all, ['p0'], { kind: 'delete' }, { now: 1 });
    if (!del.ok) throw new Error(del.message);
    const now = apply(all, [], del.plan.removes);
    for (let i = 0; i < CORE_MAX; i++) now[`n${i}`] = person(`New ${i}`, 'core');
    const undo = planBulkUndo(del.plan, now);
    expect(undo.lowered).toEqual(['p0']);
    expect(undo.writes[0]?.[1].tier).toBe('potential');
  });

  it('undo leaves alone people changed since', () => {
    const all = crowd(['triage', 'triage']);
    const move = planBulk(all, ['p0', 'p1'], { kind: 'move', to: 'other' }, { now: 1 });
    if (!move.ok) throw new Error(move.message);
    const now = apply(all, move.plan.writes);
    now.p1 = { ...(now.p1 as Contact), notes: 'typed since' };
    const undo = planBulkUndo(move.plan, now);
    expect(undo.kept).toBe(1);
    expect(undo.writes).toEqual([['p0', all.p0]]);
  });
});

/** A random action over the four lists and a few tags. */
const actionArb: fc.Arbitrary<BulkAction> = fc.oneof(
  fc.constantFrom(...TIERS).map((to) => ({ kind: 'move' as const, to })),
  fc.constantFrom('a', 'golf', 'a, golf', 'Lawyers').map((tags) => ({ kind: 'tag' as const, tags })),
  fc.constantFrom('a', 'golf').map((tags) => ({ kind: 'untag' as const, tags })),
  fc.constant({ kind: 'delete' as const }),
);

describe('undo restores the lists exactly (property)', () => {
  it('for random lists, selections and actions, in the domain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TIERS), { minLength: 1, maxLength: 120 }),
        fc.array(fc.nat(), { maxLength: 120 }),
        actionArb,
        fc.boolean(),
        (tiers, picks, action, partial) => {
          const all = crowd(tiers);
          const counts = tierCounts(Object.values(all));
          const ids = picks.map((n) => `p${n % tiers.length}`);
          const placed = action.kind === 'move' ? counts[action.to] : 0;
          const r = planBulk(all, ids, action, { now: 99, placed, partial });
          if (!r.ok) return;
          const after = apply(all, r.plan.writes, r.plan.removes);
          const c = tierCounts(Object.values(after));
          expect(
            c.core <= Math.max(CORE_MAX, counts.core) && c.potential <= Math.max(POTENTIAL_MAX, counts.potential),
          ).toBe(true);
          const undo = planBulkUndo(r.plan, after);
          expect(undo.kept).toBe(0);
          expect(apply(after, undo.writes)).toEqual(all);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for random sequences of actions and their undo, in stored data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...TIERS), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.array(fc.nat(), { maxLength: 40 }), actionArb, fc.boolean()), { maxLength: 4 }),
        async (tiers, steps) => {
          const tab = openTab();
          tab.people.setMany(Object.entries(crowd(tiers)));
          for (const [picks, action, partial] of steps) {
            const before = tab.stored();
            const done = await tab.act.bulk(
              picks.map((n) => `p${n % tiers.length}`),
              action,
              partial,
            );
            if (!done.plan) continue;
            expect((await tab.act.undoBulk(done.plan)).ok).toBe(true);
            expect(tab.stored()).toEqual(before);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a bulk action the browser refuses', () => {
  it('says who was not changed, and undo covers only who was', async () => {
    const browser = new FakeBrowser();
    const tab = openTab(browser);
    tab.people.setMany(Object.entries(crowd(['triage', 'triage'])));
    // Data from a newer version of the site: this tab may not save or delete anything.
    browser.data.set('rf:contact:newer', JSON.stringify({ v: 99, rev: 1, at: 1, data: {} }));
    tab.vault.read(contactKind, 'newer');
    const before = tab.stored();
    const del = await tab.act.bulk(['p0', 'p1'], { kind: 'delete' });
    expect(del.ok).toBe(false);
    expect(del.message).toMatch(/^Nobody was changed: the browser refused to save the change\./);
    expect(del.plan?.before).toEqual([]);
    expect(Object.keys(tab.people.$items.get())).toEqual(['p0', 'p1']);
    const tag = await tab.act.bulk(['p0', 'p1'], { kind: 'tag', tags: 'golf' });
    expect(tag).toMatchObject({ ok: false, plan: { before: [] } });
    expect(tab.people.get('p0')?.tags).toEqual(['a']);
    expect(tab.stored()).toEqual(before);
  });
});

describe('a bulk action over 1,000 people', () => {
  it('is one step: one update of the lists and one batch, whatever the action', async () => {
    const tab = openTab();
    const all = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`p${i}`, person(`Person ${i}`, 'triage', { tierSince: i })]),
    );
    tab.people.setMany(Object.entries(all));
    const ids = Object.keys(all);
    let updates = 0;
    const stop = tab.people.$items.listen(() => updates++);
    const tag = await tab.act.bulk(ids, { kind: 'tag', tags: 'imported' });
    expect(tag).toMatchObject({ ok: true, message: 'Tag “imported” added to 1000 people.' });
    expect(updates).toBe(1);
    const move = await tab.act.bulk(ids, { kind: 'move', to: 'potential' });
    expect(move).toMatchObject({ ok: false, fits: POTENTIAL_MAX });
    expect(updates).toBe(1);
    const del = await tab.act.bulk(ids, { kind: 'delete' });
    expect(updates).toBe(2);
    expect(Object.keys(tab.stored())).toEqual([]);
    if (!del.plan) throw new Error(del.message);
    expect((await tab.act.undoBulk(del.plan)).message).toBe('1000 people are back as before.');
    expect(updates).toBe(3);
    expect(Object.keys(tab.stored())).toHaveLength(1000);
    stop();
  });
});
