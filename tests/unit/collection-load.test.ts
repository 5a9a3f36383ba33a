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
