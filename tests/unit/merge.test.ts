import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeThreeWay, sameValue, valueAt, withValueAt } from '../../src/domain/merge';

describe('three-way merge', () => {
  it.each([
    {
      case: 'different fields: both changes kept',
      base: { name: 'Ada', notes: '', org: 'A' },
      mine: { name: 'Ada', notes: 'met at the fair', org: 'A' },
      theirs: { name: 'Ada', notes: '', org: 'Analytical Engines' },
      value: { name: 'Ada', notes: 'met at the fair', org: 'Analytical Engines' },
      conflicts: [],
    },
    {
      case: 'same field, same value: no conflict',
      base: { notes: '' },
      mine: { notes: 'x' },
      theirs: { notes: 'x' },
      value: { notes: 'x' },
      conflicts: [],
    },
    {
      case: 'same field, different values: mine kept, conflict reported',
      base: { notes: 'a' },
      mine: { notes: 'mine' },
      theirs: { notes: 'theirs' },
      value: { notes: 'mine' },
      conflicts: [['notes']],
    },
    {
      case: 'nested fields merge key by key',
      base: { coi: { reach: 1, offer: 'x' } },
      mine: { coi: { reach: 3, offer: 'x' } },
      theirs: { coi: { reach: 1, offer: 'a book' } },
      value: { coi: { reach: 3, offer: 'a book' } },
      conflicts: [],
    },
    {
      case: 'a field removed on one side stays removed',
      base: { notes: 'old', org: 'A' },
      mine: { org: 'A' },
      theirs: { notes: 'old', org: 'B' },
      value: { org: 'B' },
      conflicts: [],
    },
    {
      case: 'arrays are one value',
      base: { tags: ['a'] },
      mine: { tags: ['a', 'b'] },
      theirs: { tags: ['c'] },
      value: { tags: ['a', 'b'] },
      conflicts: [['tags']],
    },
    {
      case: 'no common base: every differing field is a conflict',
      base: undefined,
      mine: { text: 'A', same: 1 },
      theirs: { text: 'B', same: 1 },
      value: { text: 'A', same: 1 },
      conflicts: [['text']],
    },
  ])('$case', ({ base, mine, theirs, value, conflicts }) => {
    const merged = mergeThreeWay<Record<string, unknown>>(base, mine, theirs);
    expect(merged.value).toEqual(value);
    expect(merged.conflicts).toEqual(conflicts);
  });

  const record = fc.record(
    {
      a: fc.string({ maxLength: 3 }),
      b: fc.integer({ min: 0, max: 3 }),
      n: fc.record({ x: fc.string({ maxLength: 2 }), y: fc.boolean() }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

  it('property: a side that changed nothing takes the other side whole', () => {
    fc.assert(
      fc.property(record, record, (base, other) => {
        expect(sameValue(mergeThreeWay(base, base, other).value, other)).toBe(true);
        expect(sameValue(mergeThreeWay(base, other, base).value, other)).toBe(true);
      }),
    );
  });

  it('property: every field either side changed alone is kept; conflicts are exactly the fields both changed', () => {
    fc.assert(
      fc.property(record, record, record, (base, mine, theirs) => {
        const { value, conflicts } = mergeThreeWay(base, mine, theirs);
        for (const path of [['a'], ['b'], ['n', 'x'], ['n', 'y']]) {
          const [b, m, t, v] = [base, mine, theirs, value].map((r) => valueAt(r, path));
          // Inside a conflict (one side removed a group the other edited), mine is kept whole.
          const inConflict = conflicts.some((c) => c.every((k, i) => path[i] === k));
          if (sameValue(m, b) && !inConflict) expect(sameValue(v, t)).toBe(true);
          else expect(sameValue(v, m)).toBe(true);
        }
        for (const path of conflicts) {
          expect(sameValue(valueAt(mine, path), valueAt(base, path))).toBe(false);
          expect(sameValue(valueAt(theirs, path), valueAt(base, path))).toBe(false);
          expect(sameValue(valueAt(mine, path), valueAt(theirs, path))).toBe(false);
        }
      }),
    );
  });

  it('reads and replaces a value at a path', () => {
    const r = { coi: { offer: 'x', reach: 1 }, name: 'A' };
    expect(valueAt(r, ['coi', 'offer'])).toBe('x');
    expect(withValueAt(r, ['coi', 'offer'], 'y')).toEqual({ coi: { offer: 'y', reach: 1 }, name: 'A' });
    expect(withValueAt(r, ['coi', 'offer'], undefined)).toEqual({ coi: { reach: 1 }, name: 'A' });
    expect(r.coi.offer).toBe('x');
  });
});
