import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/schemas/contact';
import { encodeRecord } from '../../src/store/codec';
import { createCollection } from '../../src/store/collection';
import { contactKind } from '../../src/store/kinds/contacts';
import { reflectionKind } from '../../src/store/kinds/course';
import { createVault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

/** One tab: a vault over the shared fake storage, with the contacts and reflections collections. */
function openTab(browser: FakeBrowser) {
  const storage = browser.tab();
  const vault = createVault({ storage, listen: storage.listen });
  return {
    vault,
    contacts: createCollection(vault, contactKind),
    reflections: createCollection(vault, reflectionKind),
  };
}

const ada: Contact = { name: 'Ada Lovelace', tags: [], tier: 'core', createdAt: 1 };
const stored = (b: FakeBrowser, key: string) => JSON.parse(b.data.get(key) ?? 'null');

describe.each([
  { events: 'delivered at once', defer: false },
  { events: 'delivered late', defer: true },
])('two tabs editing one record (storage events $events)', ({ defer }) => {
  function setUp() {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    a.contacts.set('p1', ada);
    browser.deferEvents = defer;
    browser.deliver();
    expect(b.contacts.get('p1')).toEqual(ada);
    return { browser, a, b };
  }

  it('different fields: both survive, in storage and on both screens', () => {
    const { browser, a, b } = setUp();
    // A types notes (saved after a pause); B changes the organisation meanwhile.
    a.contacts.set('p1', { ...ada, notes: 'Met at the chamber breakfast' }, 400);
    b.contacts.set('p1', { ...ada, organization: 'Analytical Engines' });
    browser.deliver();
    a.contacts.flush();
    browser.deliver();
    const want = { ...ada, notes: 'Met at the chamber breakfast', organization: 'Analytical Engines' };
    expect(stored(browser, 'rf:contact:p1').data).toEqual(want);
    expect(a.contacts.get('p1')).toEqual(want);
    expect(b.contacts.get('p1')).toEqual(want);
    expect([...a.vault.$notices.get(), ...b.vault.$notices.get()]).toEqual([]);
  });

  it('the same field: the later save wins, and the other tab is told and offered its text back', () => {
    const { browser, a, b } = setUp();
    // Both type into the notes of the same person; B's pause ends first, A's later.
    b.contacts.set('p1', { ...ada, notes: 'B wrote this first' }, 400);
    a.contacts.set('p1', { ...ada, notes: 'A wrote this later' }, 400);
    b.contacts.flush();
    browser.deliver();
    a.contacts.flush();
    browser.deliver();
    expect(stored(browser, 'rf:contact:p1').data.notes).toBe('A wrote this later');
    expect(b.contacts.get('p1')?.notes).toBe('A wrote this later');
    expect(a.vault.$notices.get()).toEqual([]);
    const notice = b.vault.$notices.get().find((n) => n.kind === 'conflict');
    expect(notice?.message).toMatch(/Ada Lovelace.*another tab changed notes/);
    expect(notice?.lost).toEqual([{ label: 'Notes', text: 'B wrote this first' }]);
    // B puts its text back: a new, later save, which A now hears about.
    notice?.restore?.();
    browser.deliver();
    expect(stored(browser, 'rf:contact:p1').data.notes).toBe('B wrote this first');
    expect(a.contacts.get('p1')?.notes).toBe('B wrote this first');
    expect(a.vault.$notices.get().find((n) => n.kind === 'conflict')?.lost).toEqual([
      { label: 'Notes', text: 'A wrote this later' },
    ]);
  });

  it('a tab still typing keeps its text on screen while taking the other tab’s other fields', () => {
    const { browser, a, b } = setUp();
    a.contacts.set('p1', { ...ada, notes: 'typing…' }, 400);
    b.contacts.set('p1', { ...ada, role: 'Mathematician' });
    browser.deliver();
    expect(a.contacts.get('p1')).toEqual({ ...ada, notes: 'typing…', role: 'Mathematician' });
    a.contacts.flush();
    browser.deliver();
    expect(b.contacts.get('p1')).toEqual({ ...ada, notes: 'typing…', role: 'Mathematician' });
  });

  it('nested fields of one tool merge too', () => {
    const { browser, a, b } = setUp();
    const coi = { reach: 0, likes: 0, willing: 0, lunches: [] };
    a.contacts.set('p1', { ...ada, coi });
    browser.deliver();
    a.contacts.set('p1', { ...ada, coi: { ...coi, reach: 3 } }, 400);
    b.contacts.set('p1', { ...ada, coi: { ...coi, offer: 'An introduction to the mayor' } });
    browser.deliver();
    a.contacts.flush();
    browser.deliver();
    expect(stored(browser, 'rf:contact:p1').data.coi).toEqual({
      ...coi,
      reach: 3,
      offer: 'An introduction to the mayor',
    });
  });

  it('two first answers to one reflection: the later is kept and the earlier offered back', () => {
    const { browser, a, b } = setUp();
    a.reflections.set('l1:p', { text: 'first, in A' }, 400);
    b.reflections.set('l1:p', { text: 'second, in B' }, 400);
    a.reflections.flush();
    browser.deliver();
    b.reflections.flush();
    browser.deliver();
    expect(stored(browser, 'rf:reflection:l1:p').data.text).toBe('second, in B');
    expect(a.vault.$notices.get().find((n) => n.kind === 'conflict')?.lost).toEqual([
      { label: 'Text', text: 'first, in A' },
    ]);
  });
});

describe('two saves of the same revision at the same moment', () => {
  it('the tab whose write landed first keeps its other fields and is offered its text back', async () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const aStorage = browser.tab();
    a.contacts.set('p1', ada);
    // A saves notes and a role; at the same moment another tab, which had not yet seen A's
    // save, saved the same revision with its own notes, and its write landed last.
    a.contacts.set('p1', { ...ada, notes: 'A’s notes', role: 'Mathematician' });
    const theirs = { ...ada, notes: 'B’s notes', organization: 'Analytical Engines' };
    browser.data.set('rf:contact:p1', encodeRecord(contactKind, theirs, 2, 5));
    browser.broadcast(aStorage, 'rf:contact:p1');
    await Promise.resolve();
    const stored = JSON.parse(browser.data.get('rf:contact:p1') ?? '{}');
    // A's role is saved again on top of B's write; the notes both changed stay B's.
    expect(stored.data).toEqual({ ...theirs, role: 'Mathematician' });
    expect(stored.rev).toBe(3);
    expect(a.contacts.get('p1')).toEqual({ ...theirs, role: 'Mathematician' });
    expect(a.vault.$notices.get().find((n) => n.kind === 'conflict')?.lost).toEqual([
      { label: 'Notes', text: 'A’s notes' },
    ]);
  });
});

describe('writes that do not fit the schema', () => {
  it('are refused with a message and change nothing, on screen or stored', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    a.contacts.set('p1', ada);
    const before = new Map(browser.data);
    expect(a.contacts.set('p1', { ...ada, name: 'x'.repeat(201) })).toBe(false);
    expect(a.contacts.set('p1', { ...ada, notes: 'x'.repeat(5001) }, 400)).toBe(false);
    expect(a.contacts.get('p1')).toEqual(ada);
    expect(a.contacts.setMany([['p2', { ...ada, tags: [''] }]])).toEqual(['p2']);
    expect(browser.data).toEqual(before);
    expect(a.vault.$notices.get().map((n) => n.kind)).toEqual(['invalid']);
  });
});
