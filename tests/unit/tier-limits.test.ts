import { describe, expect, it } from 'vitest';
import { byTierSince, overLimitMoves } from '../../src/domain/coi/tiers';
import type { Contact, Tier } from '../../src/schemas/contact';
import { createCoi } from '../../src/store/coi';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { createPlanner } from '../../src/store/planner';
import { tierLimits } from '../../src/store/tier-limits';
import { createVault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

const TODAY = '2026-03-02';

/** One tab with both tools over the shared contacts, keeping the lists within limits as the site does. */
function openTab(browser: FakeBrowser, name: string) {
  const storage = browser.tab();
  let t = 0;
  const now = () => 1_000 + ++t;
  const vault = createVault({ storage, now, listen: storage.listen });
  const people = createCollection(vault, contactKind);
  const limits = tierLimits(vault, people);
  let n = 0;
  return {
    vault,
    people,
    limits,
    coi: createCoi(vault, people),
    planner: createPlanner(vault, people, { newId: () => `${name}-${++n}`, now }),
  };
}

const person = (name: string, tier: Tier, tierSince?: number): Contact => ({
  name,
  tier,
  tags: [],
  createdAt: 1,
  ...(tierSince === undefined ? {} : { tierSince }),
});

const count = (browser: FakeBrowser, tier: Tier) =>
  [...browser.data.entries()].filter(([k, v]) => k.startsWith('rf:contact:') && JSON.parse(v).data.tier === tier)
    .length;

describe('the limits of the core and potential lists', () => {
  it('moves the people who joined last one list down', () => {
    const ordered = byTierSince([
      ['late', person('Late', 'core', 50)],
      ...Array.from({ length: 12 }, (_, i) => [`c${i}`, person(`C${i}`, 'core', i + 1)] as const),
      ['old', person('Old', 'core')],
    ]);
    expect(ordered[0]?.[0]).toBe('old');
    expect(overLimitMoves(ordered)).toEqual([
      { id: 'c11', from: 'core', to: 'potential' },
      { id: 'late', from: 'core', to: 'potential' },
    ]);
  });

  it('sends people out of a full core list to triage when potential is full too', () => {
    const list = [
      ...Array.from({ length: 13 }, (_, i) => [`c${i}`, person('C', 'core', i)] as const),
      ...Array.from({ length: 100 }, (_, i) => [`p${i}`, person('P', 'potential', i)] as const),
    ];
    expect(overLimitMoves(list)).toEqual([{ id: 'c12', from: 'core', to: 'triage' }]);
  });

  it('two tabs filling the last core place at the same moment end with 12 in both, and say so', async () => {
    const browser = new FakeBrowser();
    const a = openTab(browser, 'a');
    const b = openTab(browser, 'b');
    a.limits.watch();
    b.limits.watch();
    const ids = Array.from(
      { length: 13 },
      (_, i) => a.coi.addPerson({ name: `P${i}`, tier: 'potential' }).id as string,
    );
    for (const id of ids.slice(0, 11)) expect(a.coi.moveTo(id, 'core').ok).toBe(true);
    await Promise.resolve();
    // Both tabs checked the list before either saved (the race the check cannot close):
    // each saves its move, and neither has heard of the other's yet.
    browser.deferEvents = true;
    const promote = (tab: typeof a, id: string) => {
      const c = tab.people.get(id) as Contact;
      tab.people.set(id, { ...c, tier: 'core', tierSince: Date.now() + (id === ids[11] ? 60_000 : 60_001) });
    };
    promote(a, ids[11] as string);
    promote(b, ids[12] as string);
    expect(count(browser, 'core')).toBe(13);
    browser.deliver();
    await Promise.resolve();
    browser.deliver();
    await Promise.resolve();
    browser.deliver();
    expect(count(browser, 'core')).toBe(12);
    for (const tab of [a, b]) {
      expect(tab.people.get(ids[12] as string)?.tier).toBe('potential');
      expect(tab.people.get(ids[11] as string)?.tier).toBe('core');
    }
    expect(b.vault.$notices.get().find((n) => n.id === 'tier-limit')?.message).toMatch(
      /P12 \(moved to Potential COIs\)/,
    );
  });

  it('a long list of moves names the first five and counts the rest', () => {
    const browser = new FakeBrowser();
    for (let i = 0; i < 20; i++)
      browser.data.set(
        `rf:contact:c${i}`,
        JSON.stringify({ v: contactKind.version, rev: 1, at: 1, data: person(`Person ${i}`, 'core', 1000 + i) }),
      );
    const tab = openTab(browser, 'x');
    tab.limits.enforce();
    const message = tab.vault.$notices.get().find((n) => n.id === 'tier-limit')?.message ?? '';
    expect(message).toMatch(
      /moved one list down: Person 12 \(moved to Potential COIs\), .*Person 16 \(moved to Potential COIs\) and 3 other people\. Nothing was deleted\./,
    );
    expect(message).not.toContain('Person 17');
  });

  it('the planner refuses a 13th core relationship, by adding or by changing the list', () => {
    const tab = openTab(new FakeBrowser(), 'p');
    for (let i = 0; i < 12; i++)
      expect(tab.planner.addPerson({ name: `Core ${i}`, tier: 'core' }, TODAY).ok).toBe(true);
    const added = tab.planner.addPerson({ name: 'One more', tier: 'core' }, TODAY);
    expect(added).toMatchObject({ ok: false, message: expect.stringMatching(/already holds 12 people/) });
    const other = tab.planner.addPerson({ name: 'Someone', tier: 'other' }, TODAY);
    if (!other.ok) throw new Error(other.message);
    expect(tab.planner.setTier(other.id, 'core')).toMatchObject({ ok: false });
    expect(tab.people.get(other.id)?.tier).toBe('other');
    expect(tab.planner.setTier(other.id, 'potential')).toEqual({ ok: true });
    expect(Object.values(tab.people.$items.get()).filter((c) => c?.tier === 'core')).toHaveLength(12);
  });
});
