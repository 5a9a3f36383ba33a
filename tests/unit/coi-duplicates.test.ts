import { describe, expect, it } from 'vitest';
import { defaultPick, mergeChoices, mergePeople } from '../../src/domain/coi/duplicates';
import {
  duplicateFinder,
  findDuplicates,
  nameKey,
  personKey,
  possibleDuplicates,
} from '../../src/domain/coi/import/dedupe';
import { makeDraft } from '../../src/domain/coi/import/draft';
import { type Contact, contactSchema } from '../../src/schemas/contact';
import { createCollection } from '../../src/store/collection';
import { createDuplicates } from '../../src/store/duplicates';
import { contactKind } from '../../src/store/kinds/contacts';
import { createPlanner } from '../../src/store/planner';
import { createVault } from '../../src/store/vault';
import { coi, person } from './coi-helpers';
import { FakeBrowser } from './fake-storage';

const draft = (name: string, organization?: string) =>
  makeDraft('row 1', { name, ...(organization ? { organization } : {}) }) as NonNullable<ReturnType<typeof makeDraft>>;

describe('the one duplicate rule', () => {
  const saved: [string, ReturnType<typeof person>][] = [
    ['anna', person('Anna Smith', 'potential', { organization: 'Harbor Law' })],
    ['zoe', person('Zoë Åberg', 'triage')],
    ['jo', person('Jo March', 'core', { organization: 'Plumfield' })],
  ];

  it.each([
    ['accents', 'Zoe Aberg', undefined, 'zoe', 'name-only'],
    ['case', 'ANNA SMITH', 'harbor LAW', 'anna', 'name'],
    ['reordered, with a comma', 'Smith, Anna', 'Harbor Law', 'anna', 'name'],
    ['reordered, accents and case', 'åberg ZOË', undefined, 'zoe', 'name-only'],
    ['no organization on the new entry', 'Smith Anna', undefined, 'anna', 'name-only'],
    ['an organization where the saved one has none', 'Zoë Åberg', 'Nordic Trust', 'zoe', 'name-only'],
    ['extra spaces and punctuation', '  March,   Jo. ', 'Plumfield', 'jo', 'name'],
  ])('matches names despite %s', (_what, name, organization, id, reason) => {
    expect(duplicateFinder(saved).check(draft(name, organization), 0)).toEqual({
      index: 0,
      match: { kind: 'saved', id },
      reason,
    });
  });

  it.each([
    ['another organization on both sides', 'Anna Smith', 'Other Firm'],
    ['another name', 'Anna Smithson', 'Harbor Law'],
    ['part of a name only', 'Anna', undefined],
  ])('does not match %s', (_what, name, organization) => {
    expect(duplicateFinder(saved).check(draft(name, organization), 0)).toBeNull();
  });

  it('keys names by their words in any order', () => {
    expect(personKey('Smith, Anna')).toBe(personKey('anna   SMITH'));
    expect(nameKey('Zoë Åberg', 'Nordic  Trust')).toBe(nameKey('Aberg, Zoe', 'nordic trust'));
  });

  it('finds the same look-alikes in an import file and among people already saved', () => {
    const inFile = findDuplicates([draft('Anna Smith'), draft('Smith, Anna', 'Harbor Law')], []);
    expect(inFile).toEqual([{ index: 1, match: { kind: 'file', index: 0 }, reason: 'name-only' }]);
    const people: [string, ReturnType<typeof person>][] = [
      ...saved,
      ['anna2', person('SMITH, Anna', 'triage')],
      ['zoe2', person('Zoe Aberg', 'triage', { notSameAs: ['zoe'] })],
      ['ada', person('Ada', 'triage', { email: 'ada@example.com' })],
      ['ada2', person('Countess Lovelace', 'triage', { email: 'ADA@example.com ' })],
    ];
    expect(possibleDuplicates(people)).toEqual([
      { a: 'anna', b: 'anna2', reason: 'name-only' },
      { a: 'ada', b: 'ada2', reason: 'email' },
    ]);
  });
});

describe('merging two people into one', () => {
  const a = person('Anna Smith', 'potential', {
    organization: 'Harbor Law',
    tags: ['law'],
    notes: 'Met at the chamber.',
    lastContact: '2026-01-10',
    tierSince: 5,
    coi: coi(2, 2, 1, { lunches: ['2025-12-01'] }),
    createdAt: 20,
  });
  const b = person('Smith, Anna', 'core', {
    organization: 'Harbor Legal',
    email: 'anna@example.com',
    tags: ['Law', 'golf'],
    notes: 'Plays golf.',
    lastContact: '2026-02-01',
    tierSince: 9,
    coi: coi(3, 3, 3, { lunches: ['2026-01-05', '2025-12-01'], offer: 'An intro' }),
    notSameAs: ['a', 'x'],
    createdAt: 10,
  });

  it('asks only where both hold different values, and offers the better list and the later date', () => {
    expect(mergeChoices(a, b)).toEqual(['name', 'organization', 'lastContact', 'tier']);
    expect(defaultPick(a, b)).toMatchObject({ name: 'a', organization: 'a', lastContact: 'b', tier: 'b', email: 'b' });
  });

  it('keeps each chosen value, fills the rest, joins tags, notes and lunches', () => {
    const merged = mergePeople(a, b, { ...defaultPick(a, b), organization: 'b' }, { a: 'a', b: 'b' });
    expect(merged).toEqual({
      name: 'Anna Smith',
      organization: 'Harbor Legal',
      email: 'anna@example.com',
      lastContact: '2026-02-01',
      tier: 'core',
      tierSince: 9,
      tags: ['law', 'golf'],
      notes: 'Met at the chamber.\n\nPlays golf.',
      coi: { reach: 3, likes: 3, willing: 3, lunches: ['2025-12-01', '2026-01-05'], offer: 'An intro' },
      notSameAs: ['x'],
      createdAt: 10,
    });
    expect(contactSchema.safeParse(merged).success).toBe(true);
  });
});

describe('the merge tool’s store', () => {
  /** One tab with people, the planner's records and the merge tool over fake storage. */
  function openTab() {
    const browser = new FakeBrowser();
    const storage = browser.tab();
    const vault = createVault({ storage, listen: storage.listen });
    const people = createCollection(vault, contactKind);
    let n = 0;
    const planner = createPlanner(vault, people, { newId: () => `r${n++}` });
    const stored = () => Object.fromEntries([...browser.data].map(([k, v]) => [k, JSON.parse(v).data]));
    return { people, planner, stored, tool: createDuplicates(people, planner) };
  }

  it('merges a pair with the planner’s records for either, and undo puts everything back exactly', async () => {
    const tab = openTab();
    tab.people.setMany([
      ['a', person('Anna Smith', 'potential', { organization: 'Harbor Law' })],
      ['b', person('Smith, Anna', 'core', { phone: '123' })],
      ['c', person('Ruth Jones', 'triage')],
    ]);
    tab.planner.ledger.setMany([['e1', { contactId: 'b', date: '2026-01-05', kind: 'help', note: '', createdAt: 1 }]]);
    tab.planner.plans.setMany([
      ['p1', { contactId: 'b', due: '2026-03-01', kind: 'resource', note: '', createdAt: 1 }],
    ]);
    tab.planner.intros.setMany([
      ['i1', { a: 'b', b: 'c', why: '', step: 'idea', reached: {}, createdAt: 1 }],
      ['i2', { a: 'a', b: 'b', why: '', step: 'idea', reached: {}, createdAt: 1 }],
    ]);
    expect(tab.tool.$pairs.get()).toEqual([{ a: 'a', b: 'b', reason: 'name-only' }]);
    const before = tab.stored();
    const a = tab.people.get('a') as Contact;
    const b = tab.people.get('b') as Contact;
    const r = await tab.tool.merge('a', 'b', defaultPick(a, b));
    expect(r.message).toBe(
      'Smith, Anna and Anna Smith are one person now: Anna Smith. The planner’s 3 records for Smith, Anna moved with them. Their introduction to each other was deleted.',
    );
    const after = tab.stored();
    expect(after['rf:contact:b']).toBeUndefined();
    expect(after['rf:contact:a']).toMatchObject({ tier: 'core', phone: '123', organization: 'Harbor Law' });
    expect([after['rf:ledger:e1'].contactId, after['rf:plan:p1'].contactId, after['rf:intro:i1'].a]).toEqual([
      'a',
      'a',
      'a',
    ]);
    // An introduction between the two copies would introduce the person to themselves: it goes with the copy merged away.
    expect(after['rf:intro:i2']).toBeUndefined();
    // Nothing is left naming the copy merged away.
    expect(JSON.stringify(after)).not.toMatch(/"(contactId|a|b)":"b"/);
    expect(tab.tool.$pairs.get()).toEqual([]);
    expect(r.undo?.()).toMatchObject({ ok: true });
    expect(tab.stored()).toEqual(before);
  });

  it('keeps both as different people, and undo lists them again', () => {
    const tab = openTab();
    tab.people.setMany([
      ['a', person('Ruth Jones', 'triage')],
      ['b', person('Ruth Jones', 'triage')],
    ]);
    const before = tab.stored();
    const r = tab.tool.keepBoth('a', 'b');
    expect(r.ok).toBe(true);
    expect(tab.tool.$pairs.get()).toEqual([]);
    expect(tab.stored()['rf:contact:b'].notSameAs).toEqual(['a']);
    expect(r.undo?.()).toMatchObject({ ok: true });
    expect(tab.stored()).toEqual(before);
    expect(tab.tool.$pairs.get()).toHaveLength(1);
  });
});
