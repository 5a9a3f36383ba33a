import { describe, expect, it } from 'vitest';
import { printSheet } from '../../src/domain/coi/print';
import {
  CRITERIA,
  coiScore,
  coreToReview,
  missingCriteria,
  passesAll,
  readyForCore,
} from '../../src/domain/coi/scoring';
import { coiProgressLine } from '../../src/domain/coi/summary';
import {
  CORE_MAX,
  checkMove,
  demoteTarget,
  fullListNote,
  overLimitMessages,
  POTENTIAL_MAX,
  promoteTarget,
  TIER_WORDS,
  tierCounts,
  withTier,
} from '../../src/domain/coi/tiers';
import { dueByPerson } from '../../src/domain/touch';
import { TIERS, type Tier } from '../../src/schemas/contact';
import { coi, entries, person } from './coi-helpers';

describe('tiers', () => {
  it('moves up triage → potential → core and back down', () => {
    expect(promoteTarget('triage')).toBe('potential');
    expect(promoteTarget('other')).toBe('potential');
    expect(promoteTarget('potential')).toBe('core');
    expect(promoteTarget('core')).toBeNull();
    expect(demoteTarget('core')).toBe('potential');
    expect(demoteTarget('potential')).toBe('triage');
    expect(demoteTarget('other')).toBe('triage');
    expect(demoteTarget('triage')).toBeNull();
  });

  it('holds 12 core at most and asks to move one back first', () => {
    expect(checkMove('potential', 'core', CORE_MAX - 1, 'Ada')).toEqual({ ok: true });
    const r = checkMove('potential', 'core', CORE_MAX, 'Ada');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('core-full');
      expect(r.message).toMatch(/already holds 12/);
      expect(r.message).toMatch(/Move one of them back to potential first/);
      expect(r.message).toContain('Ada');
    }
  });

  it('holds about 100 potential and explains why a longer list is worth less', () => {
    expect(checkMove('triage', 'potential', POTENTIAL_MAX - 1, 'Bo')).toEqual({ ok: true });
    const r = checkMove('triage', 'potential', POTENTIAL_MAX, 'Bo');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('potential-full');
      expect(r.message).toMatch(/A longer list is worth less/);
    }
    // Moving down from core to a full potential list is refused too.
    expect(checkMove('core', 'potential', POTENTIAL_MAX, 'Bo').ok).toBe(false);
  });

  it('never limits triage or other, and refuses a move to the same tier', () => {
    expect(checkMove('potential', 'triage', 10_000, 'X')).toEqual({ ok: true });
    expect(checkMove('triage', 'other', 10_000, 'X')).toEqual({ ok: true });
    expect(checkMove('core', 'core', 0, 'X').ok).toBe(false);
  });

  it('names every tier the same way in every tool, triage included', () => {
    const said = (t: Tier) => {
      const r = checkMove(t, t, 0, 'Ada');
      return r.ok ? '' : r.message;
    };
    expect(TIERS.map(said)).toEqual([
      'Ada is already in triage.',
      'Ada is already a potential COI.',
      'Ada is already a core COI.',
      'Ada is already one of your other relationships.',
    ]);
    expect(TIERS.map((t) => TIER_WORDS[t].list)).toEqual([
      'Triage',
      'Potential COIs',
      'Core COIs',
      'Other relationships',
    ]);
    expect(TIER_WORDS.triage.kind).toBe('Triage');
  });

  it('adds empty worksheet fields when someone joins the COI lists, and keeps existing ones', () => {
    expect(withTier(person('A'), 'potential', 1).coi).toEqual({ reach: 0, likes: 0, willing: 0, lunches: [] });
    expect(withTier(person('A'), 'other', 1).coi).toBeUndefined();
    const scored = person('B', 'potential', { coi: coi(3, 2, 1) });
    expect(withTier(scored, 'triage', 1).coi).toEqual(coi(3, 2, 1));
  });

  it('counts tiers and explains lists that hold too many', () => {
    const people = [
      ...Array.from({ length: 13 }, (_, i) => person(`c${i}`, 'core')),
      person('p', 'potential'),
      undefined,
    ];
    const counts = tierCounts(people);
    expect(counts).toEqual({ core: 13, potential: 1, triage: 0, other: 0 });
    expect(overLimitMessages(counts)).toEqual([
      expect.stringMatching(/holds 13 people.*Nothing was removed.*move 1 back/),
    ]);
    expect(overLimitMessages({ core: 12, potential: 100, triage: 5000, other: 0 })).toEqual([]);
  });
});

describe('scoring and suggestions', () => {
  it('uses the lesson’s words for the three criteria', () => {
    expect(CRITERIA.map((c) => c.label)).toEqual([
      'Sees or knows many people in your target market',
      'Likes you',
      'Is willing to help you succeed',
    ]);
  });

  it('adds the three scores and passes someone only when all three are 2 or more', () => {
    expect(coiScore(undefined)).toBe(0);
    expect(coiScore(coi(3, 3, 3))).toBe(9);
    expect(passesAll(coi(2, 2, 2))).toBe(true);
    expect(passesAll(coi(3, 3, 1))).toBe(false);
    expect(missingCriteria(coi(3, 1, 0))).toEqual(['Likes you', 'Is willing to help you succeed']);
  });

  it('suggests potentials who pass all three, best first, within the free core places', () => {
    const list = entries([
      person('Reach only', 'potential', { coi: coi(3, 0, 0) }),
      person('Good', 'potential', { coi: coi(2, 2, 3) }),
      person('Best', 'potential', { coi: coi(3, 3, 3) }),
      person('Also good', 'potential', { coi: coi(2, 2, 3) }),
      person('Triage high', 'triage', { coi: coi(3, 3, 3) }),
    ]);
    expect(readyForCore(list).map(([, c]) => c.name)).toEqual(['Best', 'Also good', 'Good']);
    const full = [
      ...list,
      ...entries(Array.from({ length: 11 }, (_, i) => person(`core${i}`, 'core', { coi: coi(3, 3, 3) }))).map(
        ([id, c]): [string, typeof c] => [`c${id}`, c],
      ),
    ];
    expect(readyForCore(full, true).map(([, c]) => c.name)).toEqual(['Best']);
  });

  it('flags core COIs who no longer pass every test', () => {
    const list = entries([
      person('Drifting', 'core', { coi: coi(3, 1, 2) }),
      person('Solid', 'core', { coi: coi(3, 3, 3) }),
    ]);
    expect(coreToReview(list).map(([, c]) => c.name)).toEqual(['Drifting']);
  });
});

describe('My progress line', () => {
  it('counts core, potential and overdue lunches', () => {
    const people = [
      person('A', 'core', { coi: coi(3, 3, 3, { lunches: ['2026-01-01'], cadenceWeeks: 4 }) }),
      person('B', 'core', { coi: coi(3, 3, 3, { lunches: ['2026-02-20'] }) }),
      person('C', 'potential'),
      person('D', 'triage'),
    ];
    const list = entries(people);
    const due = dueByPerson(Object.fromEntries(list), new Map(), '2026-03-01');
    expect(coiProgressLine(Object.fromEntries(list), due)).toBe('2 of 12 core · 1 of 100 potential · 1 lunch overdue');
    expect(coiProgressLine({}, new Map())).toBe('0 of 12 core · 0 of 100 potential · no lunches overdue');
  });
});

describe('printed worksheet', () => {
  it('has 12 core rows and 100 potential rows when blank', () => {
    const sheet = printSheet([], '2026-01-10');
    expect(sheet.core.map((r) => r.n)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(sheet.potential).toHaveLength(100);
    expect(sheet.potential[99]).toMatchObject({ n: 100, name: '', total: '' });
  });

  it('fills the reader’s people first, best score first, with the lunch plan', () => {
    const sheet = printSheet(
      entries([
        person('Low', 'potential', { coi: coi(1, 0, 0) }),
        person('High', 'potential', { coi: coi(3, 3, 2), reach: 'Runs the walking club' }),
        person('Core', 'core', {
          organization: 'Law',
          coi: coi(3, 3, 3, { cadenceWeeks: 8, lunches: ['2026-01-05'], offer: 'An intro' }),
        }),
        person('Triage', 'triage'),
      ]),
      '2026-01-10',
      'en-GB',
    );
    expect(sheet.core[0]).toEqual({
      n: 1,
      name: 'Core',
      organization: 'Law',
      scores: ['3', '3', '3'],
      total: '9',
      cadence: '8',
      nextLunch: 'Mon, 2 Mar 2026',
      offer: 'An intro',
    });
    expect(sheet.core).toHaveLength(12);
    expect(sheet.potential.slice(0, 2).map((r) => [r.name, r.total, r.reach])).toEqual([
      ['High', '8', 'Runs the walking club'],
      ['Low', '1', ''],
    ]);
    expect(sheet.potential).toHaveLength(100);
  });
});

describe('a full list says so', () => {
  it.each([
    ['core', 11, null],
    ['core', 12, /core list is full: it holds up to 12 people/],
    ['potential', 99, null],
    ['potential', 100, /potential list is full: it holds up to 100 people/],
    ['triage', 500, null],
  ] as const)('%s with %i people', (tier, n, note) => {
    const got = fullListNote(tier, n);
    if (note === null) expect(got).toBeNull();
    else expect(got).toMatch(note);
  });

  it('names each list in a sentence without changing its case', () => {
    expect(TIER_WORDS.core.to).toBe('your core list');
    expect(TIER_WORDS.potential.to).toBe('your potential list');
  });
});
