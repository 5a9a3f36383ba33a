import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/store/codec';
import { createCoi } from '../../src/store/coi';
import { createCollection, READ_AT_ONCE } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { lessonKind, metaKind, reflectionKind } from '../../src/store/kinds/course';
import { $opening, afterOpening } from '../../src/store/opening';
import { createPlanner } from '../../src/store/planner';
import { createVault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

describe('loading a large collection', () => {
  it('reads every record and tells subscribers once, not once per record', () => {
    const browser = new FakeBrowser();
    for (let i = 0; i < 500; i++)
      browser.data.set(`rf:reflection:r${i}`, encodeRecord(reflectionKind, { text: `note ${i}` }, 1, 1));
    const storage = browser.tab();
    const vault = createVault({ storage, listen: storage.listen });
    const notes = createCollection(vault, reflectionKind);
    expect(Object.keys(notes.$items.get())).toHaveLength(500);

    // Another tab replaces everything (an import): one update for the whole reload.
    let updates = 0;
    notes.$items.listen(() => updates++);
    for (let i = 0; i < 500; i++)
      browser.data.set(`rf:reflection:r${i}`, encodeRecord(reflectionKind, { text: `changed ${i}` }, 2, 2));
    browser.data.delete('rf:reflection:r0');
    vault.changedAll();
    expect(updates).toBe(1);
    expect(notes.get('r1')).toEqual({ text: 'changed 1' });
    expect(notes.get('r0')).toBeUndefined();
    expect(Object.keys(notes.$items.get())).toHaveLength(499);
  });

  it('keeps an edit still waiting to be saved when it reloads', () => {
    const browser = new FakeBrowser();
    const storage = browser.tab();
    const vault = createVault({ storage, listen: storage.listen });
    const notes = createCollection(vault, reflectionKind);
    notes.set('a', { text: 'typing…' }, 10_000);
    browser.data.set('rf:reflection:b', encodeRecord(reflectionKind, { text: 'from elsewhere' }, 1, 1));
    vault.changedAll();
    expect(notes.get('a')).toEqual({ text: 'typing…' });
    expect(notes.get('b')).toEqual({ text: 'from elsewhere' });
  });

  it('lists the storage once for all the collections a page opens, and again after any change', async () => {
    const browser = new FakeBrowser();
    for (let i = 0; i < 300; i++)
      browser.data.set(`rf:reflection:r${i}`, encodeRecord(reflectionKind, { text: `note ${i}` }, 1, 1));
    const storage = browser.tab();
    let listings = 0;
    const counted = Object.assign(Object.create(storage), {
      key(i: number) {
        if (i === 0) listings++;
        return storage.key(i);
      },
    });
    const vault = createVault({ storage: counted, listen: storage.listen });
    const notes = createCollection(vault, reflectionKind);
    createCollection(vault, lessonKind);
    createCollection(vault, metaKind);
    expect(listings).toBe(1);
    // What this vault writes is listed at once.
    notes.set('new', { text: 'just written' });
    notes.flush();
    expect(vault.ids(reflectionKind)).toContain('new');
    // What others write behind its back is listed from the next task on.
    browser.data.set('rf:reflection:behind', encodeRecord(reflectionKind, { text: 'elsewhere' }, 1, 1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(vault.ids(reflectionKind)).toContain('behind');
  });
});

describe('another tab saving many records at once', () => {
  it('takes keys that arrive together in one update, keeping an edit waiting here and dropping deleted records', () => {
    const browser = new FakeBrowser();
    browser.data.set('rf:reflection:gone', encodeRecord(reflectionKind, { text: 'deleted elsewhere' }, 1, 1));
    const storage = browser.tab();
    let hear: (keys: string | null | readonly string[]) => void = () => {};
    const vault = createVault({
      storage,
      listen: (cb) => {
        hear = cb;
        return () => {};
      },
    });
    const notes = createCollection(vault, reflectionKind);
    notes.set('mine', { text: 'typing…' }, 10_000);
    let updates = 0;
    notes.$items.listen(() => updates++);

    const keys: string[] = [];
    for (let i = 0; i < 300; i++) {
      browser.data.set(`rf:reflection:r${i}`, encodeRecord(reflectionKind, { text: `imported ${i}` }, 1, 2));
      keys.push(`rf:reflection:r${i}`);
    }
    browser.data.set('rf:reflection:mine', encodeRecord(reflectionKind, { text: 'saved elsewhere' }, 1, 2));
    browser.data.delete('rf:reflection:gone');
    hear([...keys, 'rf:reflection:mine', 'rf:reflection:gone', 'rf:reflection:r0', 'rf:other:x']);

    expect(updates).toBe(1);
    expect(notes.get('r299')).toEqual({ text: 'imported 299' });
    expect(notes.get('gone')).toBeUndefined();
    // The edit waiting for a typing pause stays on screen, and is saved over the other tab's.
    expect(notes.get('mine')).toEqual({ text: 'typing…' });
    expect(Object.keys(notes.$items.get())).toHaveLength(301);
    notes.flush();
    expect(JSON.parse(browser.data.get('rf:reflection:mine') ?? '{}').data).toEqual({ text: 'typing…' });
    // A single key still updates just that record.
    browser.data.set('rf:reflection:r1', encodeRecord(reflectionKind, { text: 'changed' }, 2, 3));
    hear('rf:reflection:r1');
    expect(updates).toBe(2);
    expect(notes.get('r1')).toEqual({ text: 'changed' });
  });
});

describe('dropping many unsaved edits', () => {
  it('takes what storage refused off the screen in one update, and shows stored records as stored', () => {
    const browser = new FakeBrowser();
    const storage = browser.tab();
    const vault = createVault({ storage, listen: storage.listen });
    const notes = createCollection(vault, reflectionKind);
    notes.set('kept', { text: 'saved before' });
    browser.quota = browser.used() + 400;
    const entries: [string, { text: string }][] = Array.from({ length: 50 }, (_, i) => [`n${i}`, { text: `new ${i}` }]);
    entries.push(['kept', { text: `changed by the import ${'x'.repeat(500)}` }]);
    const refused = notes.setMany(entries);
    expect(refused.length).toBeGreaterThan(40);
    expect(refused).toContain('kept');
    expect(notes.$unsaved.get()).toHaveLength(refused.length);

    let updates = 0;
    notes.$items.listen(() => updates++);
    notes.discardMany(refused);
    expect(updates).toBe(1);
    expect(notes.$unsaved.get()).toEqual([]);
    for (const id of refused) if (id !== 'kept') expect(notes.get(id)).toBeUndefined();
    expect(notes.get('kept')).toEqual({ text: 'saved before' });
    // What storage did take stays.
    const saved = entries.filter(([id]) => !refused.includes(id));
    expect(saved.length).toBeGreaterThan(0);
    for (const [id, data] of saved) expect(notes.get(id)).toEqual(data);
    expect(Object.keys(notes.$items.get())).toHaveLength(saved.length + 1);
  });
});

describe('a large kind read in slices as the page opens', () => {
  /** A browser holding `n` reflections, and a tab whose vault reads large kinds in slices. */
  function openLarge(n: number) {
    const browser = new FakeBrowser();
    for (let i = 0; i < n; i++)
      browser.data.set(`rf:reflection:r${i}`, encodeRecord(reflectionKind, { text: `note ${i}` }, 1, 1));
    const storage = browser.tab();
    let reads = 0;
    const counted = Object.assign(Object.create(storage), {
      getItem(k: string) {
        reads++;
        return storage.getItem(k);
      },
    });
    const vault = createVault({ storage: counted, listen: storage.listen, loadInSlices: true });
    return { browser, vault, reads: () => reads };
  }

  /** Resolves once a collection has read everything. */
  const loaded = (c: { $loaded: { get(): boolean; listen(cb: (v: boolean) => void): () => void } }) =>
    new Promise<void>((resolve) => {
      if (c.$loaded.get()) return resolve();
      const stop = c.$loaded.listen((v) => {
        if (v) {
          stop();
          resolve();
        }
      });
    });

  it('reads part at first and the rest in later turns, then shows every record in one update', async () => {
    const { vault, reads } = openLarge(2_000);
    const notes = createCollection(vault, reflectionKind);
    expect(notes.$loaded.get()).toBe(false);
    expect($opening.get()).toBe(1);
    expect(notes.$items.get()).toEqual({});
    expect(reads()).toBeLessThan(2_000);
    let updates = 0;
    notes.$items.listen(() => updates++);
    await loaded(notes);
    expect(updates).toBe(1);
    expect(Object.keys(notes.$items.get())).toHaveLength(2_000);
    expect($opening.get()).toBe(0);
    expect(reads()).toBe(2_000);
  });

  it('waits for the page’s next turn to list storage, then lists it once for every collection opened together', async () => {
    const browser = new FakeBrowser();
    for (let i = 0; i < 2_000; i++)
      browser.data.set(`rf:reflection:r${i}`, encodeRecord(reflectionKind, { text: `note ${i}` }, 1, 1));
    for (let i = 0; i < 5; i++)
      browser.data.set(`rf:lesson:m${i}`, encodeRecord(lessonKind, { completed: false, quiz: {} }, 1, 1));
    const storage = browser.tab();
    let listings = 0;
    let reads = 0;
    const counted = Object.assign(Object.create(storage), {
      key(i: number) {
        if (i === 0) listings++;
        return storage.key(i);
      },
      getItem(k: string) {
        reads++;
        return storage.getItem(k);
      },
    });
    const vault = createVault({ storage: counted, listen: storage.listen, loadInSlices: true });
    const notes = createCollection(vault, reflectionKind);
    const lessons = createCollection(vault, lessonKind);
    const meta = createCollection(vault, metaKind);
    // The task that opens them (the page's scripts) neither lists nor reads storage.
    expect([listings, reads]).toEqual([0, 0]);
    expect([notes.$loaded.get(), lessons.$loaded.get(), meta.$loaded.get()]).toEqual([false, false, false]);
    expect($opening.get()).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The next turn lists once for all three, and reads nothing yet.
    expect([listings, reads]).toEqual([1, 0]);
    // Then each kind is read in turns of its own: a small kind in one.
    await loaded(lessons);
    expect(Object.keys(lessons.$items.get())).toHaveLength(5);
    expect(notes.$loaded.get()).toBe(false);
    await loaded(meta);
    await loaded(notes);
    expect(Object.keys(notes.$items.get())).toHaveLength(2_000);
    expect(listings).toBe(1);
    expect($opening.get()).toBe(0);
  });

  it('runs what waits for the saved data once every collection is read, or at once when none is being read', async () => {
    let ran = 0;
    afterOpening(() => ran++);
    expect(ran).toBe(1);
    const { vault } = openLarge(1_000);
    const notes = createCollection(vault, reflectionKind);
    const lessons = createCollection(vault, lessonKind);
    const seen: [boolean, boolean][] = [];
    afterOpening(() => seen.push([notes.$loaded.get(), lessons.$loaded.get()]));
    expect(seen).toEqual([]);
    await loaded(notes);
    await loaded(lessons);
    expect(seen).toEqual([[true, true]]);
  });

  it('reads a kind at once when asked before its turn comes, and the turn then does nothing', async () => {
    const { browser, vault, reads } = openLarge(500);
    browser.data.set('rf:lesson:m1', encodeRecord(lessonKind, { completed: true, quiz: { q1: 2 } }, 1, 1));
    const lessons = createCollection(vault, lessonKind);
    expect(lessons.$loaded.get()).toBe(false);
    expect(lessons.get('m1')).toEqual({ completed: true, quiz: { q1: 2 } });
    expect(lessons.$loaded.get()).toBe(true);
    expect($opening.get()).toBe(0);
    const after = reads();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads()).toBe(after);
    expect(lessons.get('m1')).toEqual({ completed: true, quiz: { q1: 2 } });
  });

  it('reads a small kind at once', () => {
    const { vault } = openLarge(READ_AT_ONCE);
    const notes = createCollection(vault, reflectionKind);
    expect(notes.$loaded.get()).toBe(true);
    expect(Object.keys(notes.$items.get())).toHaveLength(READ_AT_ONCE);
    expect($opening.get()).toBe(0);
  });

  it('reads the rest at once before anything reads or changes the collection, and never twice', async () => {
    const { browser, vault, reads } = openLarge(1_000);
    const notes = createCollection(vault, reflectionKind);
    expect(notes.get('r999')).toEqual({ text: 'note 999' });
    expect(notes.$loaded.get()).toBe(true);
    expect($opening.get()).toBe(0);
    notes.set('r5', { text: 'edited while opening' });
    expect(JSON.parse(browser.data.get('rf:reflection:r5') ?? '{}').data).toEqual({ text: 'edited while opening' });
    const after = reads();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The slices still queued do nothing: the edit stays, nothing is read again.
    expect(notes.get('r5')).toEqual({ text: 'edited while opening' });
    expect(Object.keys(notes.all())).toHaveLength(1_000);
    expect(reads()).toBe(after);
  });

  it('takes in what other tabs change, add and delete while it reads', async () => {
    const { browser, vault } = openLarge(1_000);
    const notes = createCollection(vault, reflectionKind);
    const other = browser.tab();
    // r0 is read already; r999 is not yet.
    other.setItem('rf:reflection:r0', encodeRecord(reflectionKind, { text: 'changed elsewhere' }, 2, 2));
    other.setItem('rf:reflection:r999', encodeRecord(reflectionKind, { text: 'changed before its turn' }, 2, 2));
    other.setItem('rf:reflection:new', encodeRecord(reflectionKind, { text: 'added elsewhere' }, 1, 2));
    other.removeItem('rf:reflection:r1');
    other.removeItem('rf:reflection:r998');
    await loaded(notes);
    const items = notes.$items.get();
    expect(items.r0).toEqual({ text: 'changed elsewhere' });
    expect(items.r999).toEqual({ text: 'changed before its turn' });
    expect(items.new).toEqual({ text: 'added elsewhere' });
    expect(items.r1).toBeUndefined();
    expect(items.r998).toBeUndefined();
    expect(Object.keys(items)).toHaveLength(999);
  });

  it('quarantines what it cannot read, as a load at once does', async () => {
    const { browser, vault } = openLarge(500);
    browser.data.set('rf:reflection:r250', '{not json');
    const notes = createCollection(vault, reflectionKind);
    await loaded(notes);
    expect(notes.get('r250')).toBeUndefined();
    expect(Object.keys(notes.all())).toHaveLength(499);
    expect(vault.$notices.get().some((n) => n.kind === 'quarantined')).toBe(true);
    expect([...browser.data.values()]).toContain('{not json');
  });

  it('decides the core list limit from every contact, even before they are all read', () => {
    const browser = new FakeBrowser();
    const person = (i: number, tier: 'core' | 'potential') => ({
      name: `P${i}`,
      tier,
      tags: [],
      createdAt: 1,
      tierSince: i,
    });
    // The twelve core people come last, so a partial read would see none of them.
    for (let i = 0; i < 300; i++)
      browser.data.set(`rf:contact:p${i}`, encodeRecord(contactKind, person(i, i >= 288 ? 'core' : 'potential'), 1, 1));
    const storage = browser.tab();
    const vault = createVault({ storage, listen: storage.listen, loadInSlices: true });
    const people = createCollection(vault, contactKind);
    expect(people.$loaded.get()).toBe(false);
    const coi = createCoi(vault, people);
    expect(coi.moveTo('p0', 'core').ok).toBe(false);
    expect(JSON.parse(browser.data.get('rf:contact:p0') ?? '{}').data.tier).toBe('potential');
  });

  it('lists every contact and finds a saved look-alike among them, even before they are all read', async () => {
    const browser = new FakeBrowser();
    for (let i = 0; i < 300; i++)
      browser.data.set(
        `rf:contact:p${i}`,
        encodeRecord(contactKind, { name: `Person Number${i}`, tier: 'potential', tags: [], createdAt: 1 }, 1, 1),
      );
    const storage = browser.tab();
    const vault = createVault({ storage, listen: storage.listen, loadInSlices: true });
    const people = createCollection(vault, contactKind);
    const planner = createPlanner(vault, people, { now: () => 1, newId: () => 'x' });
    expect(people.$loaded.get()).toBe(false);
    // Every action that decides from the whole list reads all of it first.
    expect(createCoi(vault, people).allPeople()).toHaveLength(300);
    expect((await planner.lookalike('person number299'))?.id).toBe('p299');
  });
});
