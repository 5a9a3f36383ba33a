import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../src/domain/coi/import/vcard';
import type { Contact } from '../../src/schemas/contact';
import { createCoi } from '../../src/store/coi';
import { createCoiImport } from '../../src/store/coi-import';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { createVault } from '../../src/store/vault';
import { VCARDS } from './coi-fixtures';
import { FakeBrowser } from './fake-storage';

/** One tab of a fake browser: its vault, its contacts collection and the worksheet's actions. */
function openTab(browser: FakeBrowser, hearsOtherTabs = true) {
  const storage = browser.tab();
  const vault = createVault({ storage, listen: hearsOtherTabs ? storage.listen : undefined });
  const people = createCollection(vault, contactKind);
  return { vault, people, act: createCoi(vault, people) };
}

const ids = (n: number, tab: ReturnType<typeof openTab>, tier: 'triage' | 'potential' = 'triage') =>
  Array.from({ length: n }, (_, i) => tab.act.addPerson({ name: `Person ${i}`, tier }).id as string);

describe('tier limits in the store', () => {
  it('refuses a 13th core COI and a 101st potential, and changes nothing', () => {
    const tab = openTab(new FakeBrowser());
    const potentials = ids(100, tab, 'potential');
    const extra = tab.act.addPerson({ name: 'One too many', tier: 'potential' });
    expect(extra.ok).toBe(false);
    expect(extra.message).toMatch(/A longer list is worth less/);
    for (const id of potentials.slice(0, 12)) expect(tab.act.moveTo(id, 'core').ok).toBe(true);
    const thirteenth = tab.act.moveTo(potentials[12] as string, 'core');
    expect(thirteenth).toMatchObject({ ok: false });
    expect(thirteenth.message).toMatch(/Move one of them back to potential first/);
    expect(tab.people.get(potentials[12] as string)?.tier).toBe('potential');
    // Moving one back frees the place.
    expect(tab.act.moveTo(potentials[0] as string, 'potential').ok).toBe(true);
    expect(tab.act.moveTo(potentials[12] as string, 'core').ok).toBe(true);
    // Twelve moved up, so the potential list has room again.
    const t = tab.act.addPerson({ name: 'Triage', tier: 'triage' }).id as string;
    expect(tab.act.moveTo(t, 'potential').ok).toBe(true);
  });

  it('holds the limit when another tab filled the last place', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    const list = ids(13, a, 'potential');
    for (const id of list.slice(0, 12)) a.act.moveTo(id, 'core');
    // Tab B heard every change.
    expect(b.people.get(list[11] as string)?.tier).toBe('core');
    expect(b.act.moveTo(list[12] as string, 'core').ok).toBe(false);
  });

  it('holds the limit even before the other tab’s change has reached this one', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const list = ids(13, a, 'potential');
    const deaf = openTab(browser, false); // loads now, then never hears tab A again
    for (const id of list.slice(0, 12)) a.act.moveTo(id, 'core');
    expect(deaf.people.get(list[0] as string)?.tier).toBe('potential');
    const r = deaf.act.moveTo(list[12] as string, 'core');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/already holds 12/);
  });

  it('undo of a delete puts the person back one list lower when their list filled up meanwhile', async () => {
    const tab = openTab(new FakeBrowser());
    const list = ids(13, tab, 'potential');
    for (const id of list.slice(0, 12)) tab.act.moveTo(id, 'core');
    const gone = await tab.act.deletePerson(list[0] as string);
    expect(tab.act.moveTo(list[12] as string, 'core').ok).toBe(true);
    if (!gone.deleted) throw new Error(gone.message);
    const back = await tab.act.restorePerson(gone.deleted);
    expect(back.message).toMatch(/went to your potential list instead/);
    expect(tab.people.get(list[0] as string)?.tier).toBe('potential');
  });

  it('scores, plans and logs lunches, and keeps the last contact date', () => {
    const tab = openTab(new FakeBrowser());
    const [id] = ids(1, tab, 'potential') as [string];
    tab.act.setScore(id, 'reach', 5);
    tab.act.setScore(id, 'likes', -1);
    tab.act.setCadence(id, 4);
    tab.act.planLunch(id, '2026-02-01');
    expect(tab.people.get(id)?.coi).toMatchObject({ reach: 3, likes: 0, cadenceWeeks: 4, plannedLunch: '2026-02-01' });
    expect(tab.act.logLunch(id, '2026-02-01').message).toMatch(/logged/);
    expect(tab.people.get(id)).toMatchObject({ lastContact: '2026-02-01', coi: { lunches: ['2026-02-01'] } });
    expect(tab.people.get(id)?.coi?.plannedLunch).toBeUndefined();
    expect(tab.act.logLunch(id, '2026-02-30').ok).toBe(false);
    tab.act.planLunch(id, '');
    tab.act.removeLunch(id, '2026-02-01');
    expect(tab.people.get(id)?.coi?.lunches).toEqual([]);
  });

  it('exports a CSV file named with the date', async () => {
    const tab = openTab(new FakeBrowser());
    const [id] = ids(1, tab, 'potential') as [string];
    tab.act.moveTo(id, 'core');
    expect((await tab.act.worksheetCsvFile()).fileName).toMatch(/^coi-worksheet-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('picking a lunch cadence replaces a window set in the planner, so both tools count by the latest choice', () => {
    const tab = openTab(new FakeBrowser());
    const [id] = ids(1, tab, 'potential') as [string];
    tab.act.moveTo(id, 'core');
    const c = tab.people.get(id);
    if (!c) throw new Error('missing');
    tab.people.set(id, { ...c, planner: { keepInTouchDays: 10, rung: 'email' } });
    tab.act.setCadence(id, 8);
    expect(tab.people.get(id)?.planner).toEqual({ rung: 'email' });
    expect(tab.people.get(id)?.coi?.cadenceWeeks).toBe(8);
  });
});

describe('import in the store', () => {
  it('lands new people in triage, merges a duplicate without changing its tier, and undoes cleanly', async () => {
    const browser = new FakeBrowser();
    const tab = openTab(browser);
    const other = openTab(browser);
    const ada = tab.act.addPerson({ name: 'Ada Lovelace', tier: 'potential' }).id as string;
    tab.act.moveTo(ada, 'core');
    tab.act.updatePerson(ada, { email: 'Ada.Home@example.com' }, 0);
    const read = parseVcards(VCARDS);
    const dups = await createCoiImport(tab.people).duplicatesOf(read);
    expect(dups).toEqual([{ index: 0, match: { kind: 'saved', id: ada }, reason: 'email' }]);
    const done = await createCoiImport(tab.people).applyImport(read, dups, () => 'merge');
    expect(done.refused).toBe(0);
    expect(done.plan.added).toHaveLength(1);
    const grace = done.plan.added[0] as string;
    expect(other.people.get(grace)).toMatchObject({ name: 'Rear Admiral Grace Brewster Hopper', tier: 'triage' });
    expect(tab.people.get(ada)).toMatchObject({ tier: 'core', organization: 'Analytical Engines, Ltd, Research' });

    const undo = await createCoiImport(other.people).undoImport(done);
    expect(undo).toEqual({ removed: 1, restored: 1, kept: 0, logged: 0 });
    expect(tab.people.get(grace)).toBeUndefined();
    expect(tab.people.get(ada)?.organization).toBeUndefined();
    expect(tab.people.get(ada)?.tier).toBe('core');
  });
});

describe('a long import', () => {
  it('runs in slices with progress, and when storage fills keeps what was saved and nothing else', async () => {
    const browser = new FakeBrowser();
    const tab = openTab(browser);
    const other = openTab(browser);
    const read = parseVcards(
      Array.from({ length: 1200 }, (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEND:VCARD`).join('\r\n'),
    );
    const seen: number[] = [];
    const dups = await createCoiImport(tab.people).duplicatesOf(read, (done) => seen.push(done));
    expect(dups).toEqual([]);
    expect(seen.at(-1)).toBe(1200);
    // Room for about 700 people.
    browser.quota = browser.used() + 700 * 120;
    const progress: number[] = [];
    const done = await createCoiImport(tab.people).applyImport(
      read,
      dups,
      () => 'merge',
      (n) => progress.push(n),
    );
    const stored = [...browser.data.keys()].filter((k) => k.startsWith('rf:contact:')).length;
    expect(stored).toBeGreaterThan(300);
    expect(stored).toBeLessThan(1200);
    expect(done.plan.added).toHaveLength(stored);
    expect(done.refused).toBe(1200 - stored);
    // Nobody unsaved is left on screen, in this tab or another.
    expect(Object.values(tab.people.$items.get()).filter(Boolean)).toHaveLength(stored);
    expect(Object.values(other.people.$items.get()).filter(Boolean)).toHaveLength(stored);
    expect(tab.people.$unsaved.get()).toEqual([]);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(stored);
    // Undo takes out exactly what was saved.
    browser.quota = Number.POSITIVE_INFINITY;
    expect((await createCoiImport(tab.people).undoImport(done)).removed).toBe(stored);
    expect([...browser.data.keys()].filter((k) => k.startsWith('rf:contact:'))).toEqual([]);
  });
});

describe('loading many contacts', () => {
  it('reads every stored person with one update of the map (thousands of imported contacts)', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    a.people.setMany(
      Array.from({ length: 300 }, (_, i): [string, Contact] => [
        `id${i}`,
        { name: `P${i}`, tags: [], tier: 'triage', createdAt: 1 },
      ]),
    );
    const b = openTab(browser);
    expect(Object.keys(b.people.$items.get())).toHaveLength(300);
    let updates = 0;
    const stop = b.people.$items.listen(() => updates++);
    // Storage cleared elsewhere and refilled: the tab reloads everything at once.
    b.vault.changedAll();
    expect(updates).toBe(1);
    stop();
  });
});
