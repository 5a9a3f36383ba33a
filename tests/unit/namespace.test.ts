import { describe, expect, it } from 'vitest';
import { createCollection } from '../../src/store/collection';
import { reflectionKind } from '../../src/store/kinds/course';
import { localKey, namespacedStorage } from '../../src/store/namespace';
import {
  copyRootData,
  declineRootData,
  OFFER_KEY,
  openRootOffer,
  shouldOfferRootData,
} from '../../src/store/root-copy';
import { createVault } from '../../src/store/vault';
import { FakeBrowser, type FakeStorage } from './fake-storage';

/** One copy of the site in a tab: a vault over its namespace, and its reflections. */
function openCopy(storage: FakeStorage, namespace: string) {
  const vault = createVault({
    storage: namespacedStorage(storage, namespace),
    listen: (onChange) =>
      storage.listen((key) => {
        const k = localKey(key, namespace);
        if (k !== undefined) onChange(k);
      }),
  });
  return { vault, reflections: createCollection(vault, reflectionKind) };
}

describe('two copies on one origin', () => {
  it('keep their records apart, with the root copy on today’s keys', () => {
    const browser = new FakeBrowser();
    const root = openCopy(browser.tab(), '');
    const sub = openCopy(browser.tab(), '/workshop/');
    root.reflections.set('m1:p1', { text: 'at the root' }, 0);
    sub.reflections.set('m1:p1', { text: 'under /workshop/' }, 0);
    expect(JSON.parse(browser.data.get('rf:reflection:m1:p1') ?? '').data.text).toBe('at the root');
    expect(JSON.parse(browser.data.get('/workshop/rf:reflection:m1:p1') ?? '').data.text).toBe('under /workshop/');
    expect(root.reflections.get('m1:p1')?.text).toBe('at the root');
    expect(sub.reflections.get('m1:p1')?.text).toBe('under /workshop/');
  });

  it('erasing one copy leaves the other whole', () => {
    const browser = new FakeBrowser();
    const root = openCopy(browser.tab(), '');
    const sub = openCopy(browser.tab(), '/workshop/');
    root.reflections.set('a:b', { text: 'root' }, 0);
    sub.reflections.set('a:b', { text: 'sub' }, 0);
    sub.vault.eraseAll();
    expect(browser.data.has('/workshop/rf:reflection:a:b')).toBe(false);
    expect(browser.data.has('rf:reflection:a:b')).toBe(true);
    root.vault.eraseAll();
    expect([...browser.data.keys()]).toEqual([]);
  });

  it('tells a copy about changes to its own keys only, from other tabs', () => {
    const browser = new FakeBrowser();
    const subA = openCopy(browser.tab(), '/workshop/');
    const subB = openCopy(browser.tab(), '/workshop/');
    const root = openCopy(browser.tab(), '');
    subA.reflections.set('x:y', { text: 'from tab A' }, 0);
    expect(subB.reflections.get('x:y')?.text).toBe('from tab A');
    expect(root.reflections.get('x:y')).toBeUndefined();
    root.reflections.set('x:y', { text: 'root' }, 0);
    expect(subB.reflections.get('x:y')?.text).toBe('from tab A');
  });

  it('lists a namespace’s keys without it, and only those', () => {
    const browser = new FakeBrowser();
    const raw = browser.tab();
    raw.setItem('rf:lesson:a', '1');
    raw.setItem('/workshop/rf:lesson:b', '2');
    raw.setItem('/workshop/other/rf:lesson:c', '3');
    const sub = namespacedStorage(raw, '/workshop/');
    expect(sub.length).toBe(2);
    expect([sub.key(0), sub.key(1)].sort()).toEqual(['other/rf:lesson:c', 'rf:lesson:b']);
    expect(sub.getItem('rf:lesson:b')).toBe('2');
    sub.setItem('rf:lesson:d', '4');
    expect(sub.length).toBe(3);
    sub.removeItem('rf:lesson:b');
    expect(raw.getItem('/workshop/rf:lesson:b')).toBeNull();
    expect(namespacedStorage(raw, '')).toBe(raw);
  });

  it('maps storage events to the copy’s keys', () => {
    expect(localKey('/workshop/rf:a', '/workshop/')).toBe('rf:a');
    expect(localKey('rf:a', '/workshop/')).toBeUndefined();
    expect(localKey(null, '/workshop/')).toBeNull();
    expect(localKey('rf:a', '')).toBe('rf:a');
  });
});

describe('a copy moved from the root to a sub-path', () => {
  function withRootData() {
    const browser = new FakeBrowser();
    const raw = browser.tab();
    raw.setItem('rf:reflection:m:p', '{"v":1,"rev":1,"at":1,"data":{"text":"before the move"}}');
    raw.setItem('rf:theme', 'dark');
    return { browser, raw };
  }

  it('is offered the root copy’s data only while it has none of its own', () => {
    const { raw } = withRootData();
    expect(shouldOfferRootData(raw, '/workshop/')).toBe(true);
    expect(shouldOfferRootData(raw, '')).toBe(false);
    expect(shouldOfferRootData(null, '/workshop/')).toBe(false);
    raw.setItem('/workshop/rf:lesson:a', '{}');
    expect(shouldOfferRootData(raw, '/workshop/')).toBe(false);
    expect(shouldOfferRootData(new FakeBrowser().tab(), '/workshop/')).toBe(false);
  });

  it('stays open from the first page until answered, even once the copy saves', () => {
    const { browser, raw } = withRootData();
    expect(openRootOffer(raw, '/workshop/')).toBe(true);
    expect(browser.data.get(`/workshop/${OFFER_KEY}`)).toBe('pending');
    raw.setItem('/workshop/rf:reflection:m:q', '{}');
    expect(shouldOfferRootData(raw, '/workshop/')).toBe(true);
    expect(openRootOffer(raw, '/workshop/')).toBe(true);
    expect(openRootOffer(raw, '')).toBe(false);
    expect(openRootOffer(null, '/workshop/')).toBe(false);
    // A copy that already had data of its own is never offered another's.
    const other = withRootData().raw;
    other.setItem('/other/rf:lesson:a', '{}');
    expect(openRootOffer(other, '/other/')).toBe(false);
  });

  it('copies every key, never moves or overwrites one, and is not offered again', () => {
    const { browser, raw } = withRootData();
    raw.setItem('/workshop/rf:theme', 'light');
    raw.removeItem('/workshop/rf:theme');
    const before = new Map(browser.data);
    expect(copyRootData(raw, '/workshop/')).toEqual({ ok: true, copied: 2 });
    for (const [k, v] of before) expect(browser.data.get(k)).toBe(v);
    expect(browser.data.get('/workshop/rf:reflection:m:p')).toBe(before.get('rf:reflection:m:p'));
    expect(browser.data.get('/workshop/rf:theme')).toBe('dark');
    expect(shouldOfferRootData(raw, '/workshop/')).toBe(false);
    // A second copy keeps what the copy has.
    raw.setItem('/workshop/rf:theme', 'light');
    expect(copyRootData(raw, '/workshop/')).toEqual({ ok: true, copied: 0 });
    expect(browser.data.get('/workshop/rf:theme')).toBe('light');
  });

  it('takes back a half-done copy when storage is full, leaving everything as it was', () => {
    const { browser, raw } = withRootData();
    const before = new Map(browser.data);
    browser.quota = browser.used() + 90; // room for the first record, not the second
    expect(copyRootData(raw, '/workshop/')).toEqual({ ok: false, reason: 'quota' });
    expect(new Map(browser.data)).toEqual(before);
    expect(shouldOfferRootData(raw, '/workshop/')).toBe(true);
  });

  it('remembers a refusal without copying anything', () => {
    const { browser, raw } = withRootData();
    expect(declineRootData(raw, '/workshop/')).toBe(true);
    expect(browser.data.get(`/workshop/${OFFER_KEY}`)).toBe('declined');
    expect([...browser.data.keys()].filter((k) => k.startsWith('/workshop/rf:'))).toEqual([]);
    expect(shouldOfferRootData(raw, '/workshop/')).toBe(false);
  });
});
