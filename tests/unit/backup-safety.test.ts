import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/schemas/contact';
import {
  buildBackup,
  type CheckedBackup,
  planImport,
  readEverything,
  readEverythingInSlices,
  storedHoldings,
  storedHoldingsInSlices,
} from '../../src/store/backup';
import { applyBackup, checkBackup, planSummary, undoImport } from '../../src/store/backup-import';
import { encodeRecord } from '../../src/store/codec';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { reflectionKind } from '../../src/store/kinds/course';
import { createVault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

/** One tab over a fake browser. */
function openTab(browser: FakeBrowser) {
  const storage = browser.tab();
  const vault = createVault({ storage, now: () => 1_700_000_000_000, listen: storage.listen });
  return {
    vault,
    contacts: createCollection(vault, contactKind),
    reflections: createCollection(vault, reflectionKind),
  };
}

const NEWER = JSON.stringify({ v: 99, rev: 4, at: 1, data: { from: 'the future' } });
const DAMAGED = '{"v":1,"rev":2,"at":1,"data":{"name":';
const SET_ASIDE_KEY = 'rf:quarantine:2026-01-01T00:00:00.000Z:rf:contact:old';
const person = (name: string, tier: Contact['tier'] = 'triage'): Contact => ({ name, tier, tags: [], createdAt: 1 });

/** A backup holding one reflection and one person, made in another browser. */
function otherBrowsersBackup(extra: (tab: ReturnType<typeof openTab>) => void = () => {}): CheckedBackup {
  const tab = openTab(new FakeBrowser());
  tab.reflections.set('l1:p', { text: 'from the backup' });
  tab.contacts.set('ada', person('Ada from the backup'));
  extra(tab);
  const checked = checkBackup(buildBackup(tab.vault).text);
  if (!checked.ok) throw new Error(checked.error);
  return checked.backup;
}

/** A browser holding a readable record, a newer one, a damaged one, set-aside data and the theme. */
function browserWithEverything() {
  const browser = new FakeBrowser();
  browser.data.set('rf:reflection:l1:p', encodeRecord(reflectionKind, { text: 'mine' }, 3, 5));
  browser.data.set('rf:contact:ada', NEWER);
  browser.data.set('rf:contact:bob', DAMAGED);
  browser.data.set(SET_ASIDE_KEY, 'raw bytes \u0000 kept');
  browser.data.set('rf:theme', 'dark');
  return browser;
}

describe('imports never lose what they cannot read', () => {
  it.each(['merge', 'replace'] as const)('%s leaves a newer-version record exactly as it is, and says so', (mode) => {
    const browser = browserWithEverything();
    const plan = planImport([...browser.data], otherBrowsersBackup(), mode);
    expect(plan.writes.map(([k]) => k)).not.toContain('rf:contact:ada');
    expect(plan.removes).not.toContain('rf:contact:ada');
    expect(planSummary(plan).leftAlone.join(' ')).toMatch(
      /1 record here saved by a newer version .* left exactly as it is/,
    );
    // A tab that has not read the newer record yet still cannot overwrite it by importing.
    const tab = openTab(browser);
    const r = applyBackup(tab.vault, otherBrowsersBackup(), mode);
    expect(browser.data.get('rf:contact:ada')).toBe(NEWER);
    if (r.ok) expect(r.plan.leftAlone).toEqual([{ key: 'rf:contact:ada', label: 'Contacts', reason: 'newer' }]);
  });

  it('the data page reads every kind, so newer data locks it and import is refused with a reason', () => {
    const browser = browserWithEverything();
    const vault = createVault({ storage: browser.tab() });
    readEverything(vault);
    expect(vault.$mode.get()).toBe('locked');
    const r = applyBackup(vault, otherBrowsersBackup(), 'replace');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/newer version of the site/) });
  });

  it('read in slices, as the data page now reads, newer data locks it all the same', async () => {
    const browser = browserWithEverything();
    const vault = createVault({ storage: browser.tab() });
    await readEverythingInSlices(vault);
    expect(vault.$mode.get()).toBe('locked');
    expect(applyBackup(vault, otherBrowsersBackup(), 'replace')).toMatchObject({ ok: false });
  });

  it('replace sets damaged records aside, byte for byte, instead of deleting them', () => {
    const browser = browserWithEverything();
    browser.data.delete('rf:contact:ada');
    // A page that never opened the damaged record (no contacts collection here).
    const vault = createVault({ storage: browser.tab() });
    const r = applyBackup(vault, otherBrowsersBackup(), 'replace');
    expect(r.ok).toBe(true);
    expect(browser.data.has('rf:contact:bob')).toBe(false);
    const aside = [...browser.data].filter(([k]) => k.endsWith(':rf:contact:bob'));
    expect(aside).toEqual([[expect.stringMatching(/^rf:quarantine:/), DAMAGED]]);
    expect(browser.data.get(SET_ASIDE_KEY)).toBe('raw bytes \u0000 kept');
    expect(browser.data.get('rf:theme')).toBe('dark');
  });

  it.each(['merge', 'replace'] as const)(
    'undo after %s puts every key back exactly, settings and set-aside data too',
    (mode) => {
      const browser = browserWithEverything();
      browser.data.delete('rf:contact:ada');
      // A reflection read by the page, and a damaged record it never opened (no contacts collection here).
      const vault = createVault({ storage: browser.tab() });
      const tab = { vault, reflections: createCollection(vault, reflectionKind) };
      const before = new Map(browser.data);
      const r = applyBackup(tab.vault, otherBrowsersBackup(), mode);
      if (!r.ok) throw new Error(r.error);
      expect(browser.data).not.toEqual(before);
      expect(undoImport(tab.vault, r.undo)).toEqual({ ok: true });
      expect(browser.data).toEqual(before);
      expect(tab.reflections.get('l1:p')?.text).toBe('mine');
    },
  );

  it('an import the browser cannot finish changes nothing', () => {
    const browser = browserWithEverything();
    browser.data.delete('rf:contact:ada');
    const tab = openTab(browser);
    const before = new Map(browser.data);
    browser.quota = browser.used() + 20;
    const r = applyBackup(tab.vault, otherBrowsersBackup(), 'replace');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was changed/) });
    expect(browser.data).toEqual(before);
  });
});

describe('a backup holds everything the site stores', () => {
  it('unreadable values, newer records and settings go in a section of their own and come back verbatim', () => {
    const browser = browserWithEverything();
    // Exported straight away, before any page opened the damaged record.
    const vault = createVault({ storage: browser.tab() });
    const { text, holds } = buildBackup(vault);
    expect(holds).toMatchObject({ unreadable: 2, newer: 1, settings: 1 });
    expect(holds.records).toEqual([expect.objectContaining({ label: 'Reflections', count: 1 })]);
    const file = JSON.parse(text);
    expect(Object.keys(file.records)).toEqual(['rf:reflection:l1:p']);
    expect(file.verbatim).toEqual({
      'rf:contact:ada': NEWER,
      'rf:contact:bob': DAMAGED,
      [SET_ASIDE_KEY]: 'raw bytes \u0000 kept',
      'rf:theme': 'dark',
    });
    // Into an empty browser: every value comes back exactly as it was.
    const empty = new FakeBrowser();
    const checked = checkBackup(text);
    if (!checked.ok) throw new Error(checked.error);
    expect(applyBackup(createVault({ storage: empty.tab() }), checked.backup, 'replace').ok).toBe(true);
    expect(
      new Map([...empty.data].map(([k, v]) => [k, k.startsWith('rf:reflection') ? JSON.parse(v).data : v])),
    ).toEqual(new Map([...browser.data].map(([k, v]) => [k, k.startsWith('rf:reflection') ? JSON.parse(v).data : v])));
  });

  it('the data page counts exactly what a backup made now holds, at once or in slices', async () => {
    const browser = browserWithEverything();
    const tab = openTab(browser);
    tab.contacts.set('c1', person('Cy'));
    expect(storedHoldings(tab.vault)).toEqual(buildBackup(tab.vault).holds);
    expect(await storedHoldingsInSlices(tab.vault)).toEqual(buildBackup(tab.vault).holds);
  });

  it('a backup of the first format (records only) still imports', () => {
    const text = JSON.stringify({
      app: 'relationship-first',
      format: 1,
      exportedAt: '2026-01-01T00:00:00Z',
      records: { 'rf:reflection:l1:p': { v: 1, rev: 1, at: 1, data: { text: 'old file' } } },
    });
    const checked = checkBackup(text);
    expect(checked.ok && checked.backup.verbatim).toEqual({});
  });

  it('refuses a verbatim value outside the site’s keys', () => {
    const text = JSON.stringify({
      app: 'relationship-first',
      format: 2,
      exportedAt: 'x',
      records: {},
      verbatim: { other: 'x' },
    });
    expect(checkBackup(text)).toMatchObject({ ok: false, error: expect.stringMatching(/never writes/) });
  });
});

describe('imports keep the lists within their limits', () => {
  it('merging a backup with 12 other core COIs into a full core list moves the newcomers to potential', () => {
    const browser = new FakeBrowser();
    const tab = openTab(browser);
    for (let i = 0; i < 12; i++) tab.contacts.set(`mine${i}`, { ...person(`Mine ${i}`, 'core'), tierSince: 10 });
    const backup = otherBrowsersBackup((other) => {
      for (let i = 0; i < 12; i++) other.contacts.set(`theirs${i}`, { ...person(`Theirs ${i}`, 'core'), tierSince: 1 });
    });
    const r = applyBackup(tab.vault, backup, 'merge');
    if (!r.ok) throw new Error(r.error);
    const tiers = Object.entries(tab.contacts.$items.get()).map(([id, c]) => [id.slice(0, 4), c?.tier]);
    expect(tiers.filter(([, t]) => t === 'core')).toHaveLength(12);
    expect(tiers.filter(([id, t]) => id === 'mine' && t === 'core')).toHaveLength(12);
    expect(r.plan.moved).toHaveLength(12);
    expect(planSummary(r.plan).leftAlone).toContain(
      'Theirs 0 from the backup goes to potential COIs, because the list above is full.',
    );
  });
});
