import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/store/codec';
import { createCollection } from '../../src/store/collection';
import { lessonKind, metaKind, reflectionKind } from '../../src/store/kinds/course';
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
