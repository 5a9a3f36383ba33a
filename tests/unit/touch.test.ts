import { describe, expect, it } from 'vitest';
import {
  cadenceOf,
  DEFAULT_CADENCE_DAYS,
  describeDue,
  describeLast,
  dueByPerson,
  dueStatus,
  factsByPerson,
  lastTouch,
  type PersonFacts,
  soonThreshold,
} from '../../src/domain/touch';
import type { EntryKind, LedgerEntry, Plan } from '../../src/schemas/planner';
import { coi, person } from './coi-helpers';

/** Added on 2026-01-01 (noon UTC, the same calendar day in every zone the tests run in). */
const ADDED = Date.UTC(2026, 0, 1, 12);

const core = (extra: Parameters<typeof coi>[3] = {}, more = {}) =>
  person('Ana', 'core', { coi: coi(3, 3, 3, extra), createdAt: ADDED, ...more });

const entry = (contactId: string, kind: EntryKind, date: string): LedgerEntry => ({
  contactId,
  kind,
  date,
  note: '',
  createdAt: 1,
});

const plan = (contactId: string, due: string, extra: Partial<Plan> = {}): Plan => ({
  contactId,
  due,
  kind: 'resource',
  note: '',
  createdAt: 1,
  ...extra,
});

const ledgerOf = (...list: LedgerEntry[]) => Object.fromEntries(list.map((e, i) => [`e${i}`, e]));
const plansOf = (...list: Plan[]) => Object.fromEntries(list.map((p, i) => [`p${i}`, p]));
const facts = (ledger: LedgerEntry[], plans: Plan[], today: string): PersonFacts | undefined =>
  factsByPerson(ledgerOf(...ledger), plansOf(...plans), today).get('a');

describe('the cadence', () => {
  it('is the window set in the planner, else a core COI’s lunch cadence, else the tier’s default', () => {
    expect(cadenceOf(core({ cadenceWeeks: 4 }, { planner: { keepInTouchDays: 10 } }))).toEqual({
      days: 10,
      source: 'set',
    });
    expect(cadenceOf(core({ cadenceWeeks: 8 }))).toEqual({ days: 56, source: 'lunch' });
    expect(cadenceOf(core())).toEqual({ days: 42, source: 'tier' });
    expect(cadenceOf(person('P', 'potential', { coi: coi(3, 3, 3, { cadenceWeeks: 4 }) })).days).toBe(90);
    expect(cadenceOf(person('O', 'other')).days).toBe(DEFAULT_CADENCE_DAYS.other);
  });

  it('counts a person as due soon in the last fifth of the cadence, at least 3 days and at most half', () => {
    expect(soonThreshold(42)).toBe(9);
    expect(soonThreshold(10)).toBe(3);
    expect(soonThreshold(4)).toBe(2);
  });
});

describe('what counts as a touch', () => {
  it('takes the latest of lunches held, gives, asks and touches in the ledger, and the last-contact date', () => {
    const today = '2026-03-01';
    const c = core({ lunches: ['2026-01-05', '2026-01-20'] }, { lastContact: '2026-01-25' });
    expect(lastTouch(c, undefined, today)).toEqual({ date: '2026-01-25', kind: 'contact' });
    for (const [kind, as] of [
      ['gift', 'give'],
      ['ask-referral', 'ask'],
      ['touch', 'touch'],
    ] as const)
      expect(lastTouch(c, facts([entry('a', kind, '2026-02-10')], [], today), today)).toEqual({
        date: '2026-02-10',
        kind: as,
      });
    expect(
      lastTouch(core({ lunches: ['2026-02-20'] }), facts([entry('a', 'gift', '2026-02-10')], [], today), today),
    ).toEqual({ date: '2026-02-20', kind: 'lunch' });
  });

  it('never counts a day still to come, and knows nothing of a person with no touch', () => {
    const today = '2026-02-01';
    const c = core({ lunches: ['2026-03-01'] }, { lastContact: '2026-04-01' });
    expect(lastTouch(c, facts([entry('a', 'gift', '2026-02-02')], [], today), today)).toBeUndefined();
    expect(lastTouch(core(), undefined, today)).toBeUndefined();
  });

  it('keeps other people’s entries apart and leaves done plans out', () => {
    const all = factsByPerson(
      ledgerOf(entry('a', 'gift', '2026-01-10'), entry('b', 'touch', '2026-01-20')),
      plansOf(plan('a', '2026-02-01'), plan('a', '2026-01-25', { done: '2026-01-24' }), plan('b', '2026-01-30')),
      '2026-01-31',
    );
    expect(all.get('a')).toEqual({
      last: { date: '2026-01-10', kind: 'give' },
      plans: [{ date: '2026-02-01', kind: 'give' }],
    });
    expect(all.get('b')?.plans).toEqual([{ date: '2026-01-30', kind: 'give' }]);
  });
});

describe('when someone is due', () => {
  it('is one cadence after the last touch, on the same weekday for whole weeks', () => {
    const s = dueStatus(core({ cadenceWeeks: 6, lunches: ['2026-01-05', '2025-11-10'] }), undefined, '2026-01-20');
    expect(s).toMatchObject({
      last: { date: '2026-01-05', kind: 'lunch' },
      due: '2026-02-16',
      days: 27,
      state: 'later',
    });
    expect(dueStatus(core({ lunches: ['2026-01-05'] }), undefined, '2026-01-06').due).toBe('2026-02-16');
  });

  it('crosses month ends and leap days on the calendar', () => {
    expect(dueStatus(core({ cadenceWeeks: 4, lunches: ['2026-01-31'] }), undefined, '2026-02-01').due).toBe(
      '2026-02-28',
    );
    expect(dueStatus(core({ cadenceWeeks: 4, lunches: ['2024-02-01'] }), undefined, '2024-02-02').due).toBe(
      '2024-02-29',
    );
    expect(dueStatus(core({ cadenceWeeks: 12, lunches: ['2026-11-30'] }), undefined, '2026-12-01').due).toBe(
      '2027-02-22',
    );
  });

  it('is overdue from the day after, "today" on the day, "soon" in the last fifth of the cadence', () => {
    const c = core({ cadenceWeeks: 4, lunches: ['2026-03-02'] }); // due 2026-03-30, soon from 6 days before
    expect(dueStatus(c, undefined, '2026-03-31')).toMatchObject({ state: 'overdue', days: -1 });
    expect(dueStatus(c, undefined, '2026-03-30')).toMatchObject({ state: 'today', days: 0 });
    expect(dueStatus(c, undefined, '2026-03-24')).toMatchObject({ state: 'soon', days: 6 });
    expect(dueStatus(c, undefined, '2026-03-23')).toMatchObject({ state: 'later', days: 7 });
  });

  it('counts from the day a person was added until a first touch', () => {
    expect(dueStatus(core(), undefined, '2026-01-10')).toMatchObject({
      since: '2026-01-01',
      elapsed: 9,
      due: '2026-02-12',
      state: 'later',
    });
    expect(dueStatus(core(), undefined, '2026-01-10').last).toBeUndefined();
  });

  it('is the next thing planned on or after the last touch: a planned lunch or an open plan, the soonest', () => {
    const today = '2026-01-10';
    const c = core({ lunches: ['2026-01-05'], plannedLunch: '2026-01-28' });
    expect(dueStatus(c, undefined, today)).toMatchObject({
      due: '2026-01-28',
      planned: { date: '2026-01-28', kind: 'lunch' },
      days: 18,
    });
    const withGive = facts([], [plan('a', '2026-01-20'), plan('a', '2026-01-25', { kind: 'ask-favor' })], today);
    expect(dueStatus(c, withGive, today)).toMatchObject({ due: '2026-01-20', planned: { kind: 'give' } });
  });

  it('forgets a plan passed over by a later touch, but keeps an open plan that is overdue', () => {
    const today = '2026-01-20';
    expect(dueStatus(core({ lunches: ['2026-01-05'], plannedLunch: '2026-01-02' }), undefined, today)).toMatchObject({
      due: '2026-02-16',
    });
    expect(
      dueStatus(core(), facts([entry('a', 'gift', '2026-01-12')], [plan('a', '2026-01-10')], today), today),
    ).toMatchObject({ due: '2026-02-23' });
    const late = dueStatus(core(), facts([entry('a', 'gift', '2026-01-12')], [plan('a', '2026-01-15')], today), today);
    expect(late).toMatchObject({ due: '2026-01-15', state: 'overdue', days: -5, planned: { kind: 'give' } });
  });

  it('gives one answer for one person whichever tool asks: a recent give restarts a core COI’s lunch cadence', () => {
    // The defect: the worksheet counted lunches only (overdue by 19 days), the planner any give (30 days left).
    const today = '2026-03-01';
    const c = core({ cadenceWeeks: 6, lunches: ['2026-01-06'] }); // a lunch-only rule: due 02-17, overdue by 12
    const f = facts([entry('a', 'gift', '2026-02-20')], [], today);
    const s = dueStatus(c, f, today);
    expect(s).toMatchObject({
      last: { date: '2026-02-20', kind: 'give' },
      due: '2026-04-03',
      days: 33,
      state: 'later',
    });
    expect(dueByPerson({ a: c }, new Map([['a', f as PersonFacts]]), today).get('a')).toEqual(s);
  });
});

describe('due in words', () => {
  const c = core({ cadenceWeeks: 4, lunches: ['2026-03-02'] }); // due Mon 30 March 2026
  const say = (today: string, contact = c, f?: PersonFacts) => describeDue(dueStatus(contact, f, today), 'en-GB');

  it('says overdue, today or due, with the date', () => {
    expect(say('2026-04-02')).toBe('Overdue by 3 days (was due Mon, 30 Mar 2026)');
    expect(say('2026-03-31')).toBe('Overdue by 1 day (was due Mon, 30 Mar 2026)');
    expect(say('2026-03-30')).toBe('Due today, Mon, 30 Mar 2026');
    expect(say('2026-03-29')).toBe('Due tomorrow: Mon, 30 Mar 2026');
  });

  it('names what was planned', () => {
    const planned = core({ cadenceWeeks: 4, lunches: ['2026-03-02'], plannedLunch: '2026-03-20' });
    expect(say('2026-03-10', planned)).toBe('Planned lunch in 10 days: Fri, 20 Mar 2026');
    expect(say('2026-03-22', planned)).toBe('Planned lunch overdue by 2 days (was due Fri, 20 Mar 2026)');
    expect(say('2026-03-10', c, facts([], [plan('a', '2026-03-10')], '2026-03-10'))).toBe(
      'Planned give today, Tue, 10 Mar 2026',
    );
  });

  it('says when they were last in touch, or since when nothing was logged', () => {
    expect(describeLast(dueStatus(c, undefined, '2026-03-10'), 'en-GB')).toBe('Last in touch Mon, 2 Mar 2026 (lunch)');
    expect(describeLast(dueStatus(core(), undefined, '2026-03-10'), 'en-GB')).toBe(
      'Nothing logged since they were added on Thu, 1 Jan 2026',
    );
  });
});
