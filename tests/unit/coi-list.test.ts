import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allTags, indexPeople, parseTags, queryFromSearch, queryPeople, safeHttpUrl } from '../../src/domain/coi/list';
import { fold } from '../../src/domain/contact';
import { coi, person } from './coi-helpers';

const items = {
  a: person('Zoë Adams', 'potential', {
    organization: 'Harbor Law',
    tags: ['Lawyers'],
    coi: coi(3, 2, 2),
    lastContact: '2026-01-02',
  }),
  b: person('bob Baker', 'core', {
    role: 'Pastor',
    tags: ['faith', 'lawyers'],
    coi: coi(3, 3, 3),
    lastContact: '2025-06-01',
  }),
  c: person('Cy Clark', 'triage', { email: 'cy@harbor.example', notes: 'Met at the harbor cleanup' }),
  d: undefined,
};
const index = indexPeople(items);
const q = (over: Partial<Parameters<typeof queryPeople>[1]>) =>
  queryPeople(index, { text: '', tier: 'all', tag: '', sort: 'name', ...over }).map((p) => p.contact.name);

describe('search, filter and sort', () => {
  it('skips deleted entries', () => {
    expect(index).toHaveLength(3);
  });

  it('finds every word anywhere, ignoring case and accents', () => {
    expect(q({ text: 'zoe' })).toEqual(['Zoë Adams']);
    expect(q({ text: 'HARBOR' })).toEqual(['Cy Clark', 'Zoë Adams']);
    expect(q({ text: 'harbor law' })).toEqual(['Zoë Adams']);
    expect(q({ text: 'pastor' })).toEqual(['bob Baker']);
    expect(q({ text: 'nobody' })).toEqual([]);
  });

  it('filters by tier and by tag (any case)', () => {
    expect(q({ tier: 'triage' })).toEqual(['Cy Clark']);
    expect(q({ tag: 'LAWYERS' })).toEqual(['bob Baker', 'Zoë Adams']);
    expect(q({ tag: 'lawyers', tier: 'core' })).toEqual(['bob Baker']);
  });

  it('sorts by name, score and last contact', () => {
    expect(q({ sort: 'name' })).toEqual(['bob Baker', 'Cy Clark', 'Zoë Adams']);
    expect(q({ sort: 'score' })).toEqual(['bob Baker', 'Zoë Adams', 'Cy Clark']);
    expect(q({ sort: 'lastContact' })).toEqual(['Zoë Adams', 'bob Baker', 'Cy Clark']);
  });

  it('lists tags once each', () => {
    expect(allTags(index)).toEqual(['faith', 'Lawyers']);
  });

  it('filters 5,000 people quickly enough for typing', () => {
    const many = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [
        `x${i}`,
        person(`Person ${i}`, 'triage', { organization: `Org ${i % 97}` }),
      ]),
    );
    const big = indexPeople(many);
    expect(queryPeople(big, { text: 'org 13', tier: 'triage', tag: '', sort: 'name' }).length).toBeGreaterThan(0);
  });
});

describe('small helpers', () => {
  it('folds accents', () => {
    expect(fold('Ångström Çà')).toBe('angstrom ca');
    // Marks outside the Latin range, and compatibility forms such as ligatures and full-width letters.
    expect(fold('Nguyễn ﬁnn ＡＢＣ')).toBe('nguyen finn abc');
  });

  it('folds plain ASCII by its shortcut exactly as any text', () => {
    const full = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (t) => {
        expect(fold(t)).toBe(full(t));
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (t) => {
        expect(fold(t)).toBe(full(t));
      }),
    );
    expect(fold('Ada LOVELACE, 1815\t')).toBe('ada lovelace, 1815\t');
  });

  it('parses typed tags', () => {
    expect(parseTags(' lawyers, golf;Lawyers,, \n x ')).toEqual(['lawyers', 'golf', 'x']);
    expect(parseTags(Array.from({ length: 40 }, (_, i) => `t${i}`).join(','))).toHaveLength(30);
  });

  it('links only http(s) profile URLs', () => {
    expect(safeHttpUrl('https://www.linkedin.com/in/ada')).toBe('https://www.linkedin.com/in/ada');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('linkedin.com/in/ada')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});

describe('links into the worksheet', () => {
  it('opens the list named in ?list=, and everything otherwise', () => {
    expect(queryFromSearch('?list=triage')).toEqual({ text: '', tier: 'triage', tag: '', sort: 'name' });
    expect(queryFromSearch('?list=core').tier).toBe('core');
    expect(queryFromSearch('?list=__proto__').tier).toBe('all');
    expect(queryFromSearch('').sort).toBe('score');
  });
});
