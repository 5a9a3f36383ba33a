import { describe, expect, it } from 'vitest';
import { accounts } from '../../src/domain/planner/ledger';
import { buildBackup } from '../../src/store/backup';
import { checkBackup } from '../../src/store/backup-import';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { createPlanner } from '../../src/store/planner';
import { createVault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

const TODAY = '2025-01-16';

/** One tab: a vault, the contacts collection and the planner over a fake browser. */
function openTab(browser: FakeBrowser, prefix = 'id') {
  const storage = browser.tab();
  const vault = createVault({ storage, now: () => 1_700_000_000_000, listen: storage.listen });
  const contacts = createCollection(vault, contactKind);
  let n = 0;
  const planner = createPlanner(vault, contacts, { newId: () => `${prefix}-${++n}`, now: () => 1_000 + n });
  return { vault, contacts, planner };
}

function addTwo(tab: ReturnType<typeof openTab>) {
  const a = tab.planner.addPerson({ name: 'Ana Lopez', rung: 'email' }, TODAY);
  const b = tab.planner.addPerson({ name: 'Ben Okafor', tier: 'core' }, TODAY);
  if (!a.ok || !b.ok) throw new Error('could not add');
  return { ana: a.id, ben: b.id };
}

describe('planner store', () => {
  it('adds people to the shared contacts with tier "other" unless chosen, and refuses empty or long names', () => {
    const tab = openTab(new FakeBrowser());
    const { ana, ben } = addTwo(tab);
    expect(tab.contacts.get(ana)).toMatchObject({
      name: 'Ana Lopez',
      tier: 'other',
      tags: [],
      planner: { rung: 'email', rungSince: TODAY },
    });
    expect(tab.contacts.get(ben)?.tier).toBe('core');
    expect(tab.planner.addPerson({ name: '   ' }, TODAY)).toEqual({
      ok: false,
      message: 'Type the person’s name first.',
    });
    expect(tab.planner.addPerson({ name: 'x'.repeat(201) }, TODAY).ok).toBe(false);
  });

  it("finds a saved look-alike by the worksheet's rule, and keeping both records who the new person is not", async () => {
    const tab = openTab(new FakeBrowser());
    tab.contacts.set('s1', { name: 'Smith, Anna', organization: 'Harbor Law', tier: 'triage', tags: [], createdAt: 1 });
    expect(await tab.planner.lookalike('  anna  SMITH ')).toMatchObject({
      id: 's1',
      message:
        'anna  SMITH may already be saved: Smith, Anna (Harbor Law) is in triage (same name). Use the saved one, or keep both?',
    });
    expect(await tab.planner.lookalike('Ánna Smíth')).toMatchObject({ id: 's1' });
    expect(await tab.planner.lookalike('Anna Smithers')).toBeNull();
    const kept = tab.planner.addPerson({ name: 'Anna Smith', keepBoth: 's1' }, TODAY);
    if (!kept.ok) throw new Error(kept.message);
    expect(tab.contacts.get(kept.id)?.notSameAs).toEqual(['s1']);
    expect(tab.contacts.get('s1')?.notSameAs).toBeUndefined();
  });

  it('brings in someone from the COI worksheet without touching their COI fields', () => {
    const tab = openTab(new FakeBrowser());
    const coi = { reach: 3, likes: 2, willing: 1, lunches: ['2024-12-01'] };
    tab.contacts.set('c1', { name: 'Cy', tier: 'triage', tags: ['x'], createdAt: 1, coi });
    expect(tab.planner.addExisting('c1')).toBe(true);
    expect(tab.contacts.get('c1')).toEqual({ name: 'Cy', tier: 'triage', tags: ['x'], createdAt: 1, coi, planner: {} });
  });

  it('turns a completed plan into a ledger entry, and undo takes it back out', () => {
    const tab = openTab(new FakeBrowser());
    const { ana } = addTwo(tab);
    const { id: planId } = tab.planner.addPlan(ana, {
      due: '2025-01-20',
      kind: 'time',
      note: 'Coffee',
      channel: 'face',
    });
    const done = tab.planner.completePlan(planId, TODAY);
    expect(done).not.toBeNull();
    const entry = tab.planner.ledger.get(done!.entryId);
    expect(entry).toMatchObject({ contactId: ana, date: TODAY, kind: 'time', note: 'Coffee', plan: planId });
    expect(tab.planner.plans.get(planId)).toMatchObject({ done: TODAY, entry: done!.entryId });
    // A give on a richer channel moves the person up the ladder.
    expect(done!.raised).toBe('face');
    expect(tab.contacts.get(ana)?.planner).toMatchObject({ rung: 'face', rungSince: TODAY });
    // Completing twice does nothing.
    expect(tab.planner.completePlan(planId, TODAY)).toBeNull();

    expect(tab.planner.reopenPlan(planId)).toBe(true);
    expect(tab.planner.ledger.get(done!.entryId)).toBeUndefined();
    expect(tab.planner.plans.get(planId)?.done).toBeUndefined();
  });

  it('an ask on a richer channel does not move anyone up the ladder', () => {
    const tab = openTab(new FakeBrowser());
    const { ana } = addTwo(tab);
    const r = tab.planner.logEntry(ana, { date: TODAY, kind: 'ask-sale', note: '', channel: 'face' }, TODAY);
    expect(r.raised).toBeUndefined();
    expect(tab.contacts.get(ana)?.planner?.rung).toBe('email');
  });

  it('records an introduction as a give in both ledgers once made, and removes them when moved back', () => {
    const tab = openTab(new FakeBrowser());
    const { ana, ben } = addTwo(tab);
    const id = tab.planner.addIntro(ana, ben, 'Both need a bookkeeper', TODAY);
    const skip = tab.planner.moveIntro(id, 'introduced', TODAY);
    expect(skip?.ok).toBe(false);
    expect(Object.keys(tab.planner.ledger.$items.get())).toEqual([]);
    tab.planner.moveIntro(id, 'asked-first', TODAY);
    tab.planner.moveIntro(id, 'asked-second', TODAY);
    const made = tab.planner.moveIntro(id, 'introduced', TODAY);
    expect(made?.ok && made.ledger).toBe('add');
    const accs = accounts(tab.planner.ledger.$items.get());
    expect(accs.get(ana)?.gives).toBe(1);
    expect(accs.get(ben)?.gives).toBe(1);
    const notes = Object.values(tab.planner.ledger.$items.get()).map((e) => [e?.kind, e?.note, e?.intro]);
    expect(notes).toEqual([
      ['introduction', 'Introduced to Ben Okafor', id],
      ['introduction', 'Introduced to Ana Lopez', id],
    ]);
    tab.planner.moveIntro(id, 'followed-up', TODAY);
    expect(Object.keys(tab.planner.ledger.$items.get())).toHaveLength(2);
    tab.planner.moveIntro(id, 'asked-second', TODAY);
    expect(Object.keys(tab.planner.ledger.$items.get())).toEqual([]);
    expect(tab.planner.intros.get(id)?.entries).toBeUndefined();
  });

  it('deleting a person takes their entries, plans and introductions with them, and undo restores all', async () => {
    const tab = openTab(new FakeBrowser());
    const { ana, ben } = addTwo(tab);
    tab.planner.logEntry(ana, { date: TODAY, kind: 'gift', note: 'Book' }, TODAY);
    tab.planner.logEntry(ben, { date: TODAY, kind: 'help', note: '' }, TODAY);
    tab.planner.addPlan(ana, { due: TODAY, kind: 'resource', note: '' });
    tab.planner.addIntro(ana, ben, '', TODAY);
    expect(await tab.planner.dependents(ana)).toEqual({ entries: 1, plans: 1, intros: 1 });
    expect(await tab.planner.deleteQuestion(ana)).toBe(
      'Delete Ana Lopez together with 1 ledger entry, 1 plan and 1 introduction? You can undo it.',
    );
    const before = { ...tab.planner.ledger.$items.get() };

    const removed = await tab.planner.removePerson(ana);
    if (!removed?.deleted) throw new Error('not removed');
    expect(removed.message).toBe('Deleted Ana Lopez with 1 ledger entry, 1 plan and 1 introduction.');
    expect(tab.contacts.get(ana)).toBeUndefined();
    expect(Object.values(tab.planner.ledger.$items.get()).map((e) => e?.contactId)).toEqual([ben]);
    expect(Object.keys(tab.planner.plans.$items.get())).toEqual([]);
    expect(Object.keys(tab.planner.intros.$items.get())).toEqual([]);

    const { deleted } = removed;
    expect(await tab.planner.restorePerson(deleted)).toEqual({
      ok: true,
      message: 'Ana Lopez is back, with 1 ledger entry, 1 plan and 1 introduction.',
    });
    expect(tab.contacts.get(ana)?.name).toBe('Ana Lopez');
    expect(tab.planner.ledger.$items.get()).toEqual(before);
    expect(await tab.planner.dependents(ana)).toEqual({ entries: 1, plans: 1, intros: 1 });
  });

  it('a tick on a reply logs a give this week, and unticking removes it; listening alone logs nothing', () => {
    const tab = openTab(new FakeBrowser());
    const { ana } = addTwo(tab);
    const list = [`listen:${ana}`, `reply:${ana}`];
    tab.planner.tick('2025-W03', list, `listen:${ana}`, true, TODAY);
    expect(Object.keys(tab.planner.ledger.$items.get())).toEqual([]);
    tab.planner.tick('2025-W03', list, `reply:${ana}`, true, TODAY);
    const [entry] = Object.values(tab.planner.ledger.$items.get());
    expect(entry).toMatchObject({ contactId: ana, kind: 'comment', date: TODAY, week: '2025-W03' });
    expect(tab.planner.listening.get('2025-W03')?.list).toEqual(list);
    tab.planner.tick('2025-W03', list, `reply:${ana}`, false, TODAY);
    expect(Object.keys(tab.planner.ledger.$items.get())).toEqual([]);
    expect(Object.keys(tab.planner.listening.get('2025-W03')!.ticks)).toEqual([`listen:${ana}`]);
  });

  it('two tabs logging entries for the same person at once both keep theirs', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser, 'a');
    const b = openTab(browser, 'b');
    const { ana } = addTwo(a);
    expect(b.contacts.get(ana)?.name).toBe('Ana Lopez');
    a.planner.logEntry(ana, { date: TODAY, kind: 'gift', note: 'from tab A' }, TODAY);
    b.planner.logEntry(ana, { date: TODAY, kind: 'help', note: 'from tab B' }, TODAY);
    a.planner.addPlan(ana, { due: TODAY, kind: 'resource', note: 'plan A' });
    b.planner.addPlan(ana, { due: TODAY, kind: 'resource', note: 'plan B' });
    for (const tab of [a, b]) {
      expect(
        Object.values(tab.planner.ledger.$items.get())
          .map((e) => e?.note)
          .sort(),
      ).toEqual(['from tab A', 'from tab B']);
      expect(Object.keys(tab.planner.plans.$items.get())).toHaveLength(2);
    }
  });

  it('planner records are part of backups', () => {
    const tab = openTab(new FakeBrowser());
    const { ana, ben } = addTwo(tab);
    tab.planner.logEntry(ana, { date: TODAY, kind: 'gift', note: '' }, TODAY);
    tab.planner.addPlan(ana, { due: TODAY, kind: 'gift', note: '' });
    tab.planner.addIntro(ana, ben, '', TODAY);
    tab.planner.tick('2025-W03', [`listen:${ana}`], `listen:${ana}`, true, TODAY);
    const check = checkBackup(buildBackup(tab.vault, new Date(0)).text, 100);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(Object.keys(check.backup.records).map((k) => k.split(':')[1])).toEqual(
      expect.arrayContaining(['contact', 'ledger', 'plan', 'intro', 'listen']),
    );
  });
});
