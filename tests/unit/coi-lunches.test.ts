import { describe, expect, it } from 'vitest';
import {
  describeLunch,
  lunchStatus,
  monthView,
  overdueCount,
  withLunch,
  withoutLunch,
} from '../../src/domain/coi/lunches';
import { coi, entries, person } from './coi-helpers';

describe('lunch cadence and due dates', () => {
  it('is due one cadence after the last lunch', () => {
    const s = lunchStatus(coi(3, 3, 3, { cadenceWeeks: 6, lunches: ['2026-01-05', '2025-11-10'] }), '2026-01-20');
    expect(s).toMatchObject({ cadence: 6, last: '2026-01-05', due: '2026-02-16', days: 27, state: 'later' });
  });

  it('uses six weeks until a cadence is picked', () => {
    expect(lunchStatus(coi(3, 3, 3, { lunches: ['2026-01-05'] }), '2026-01-06').due).toBe('2026-02-16');
  });

  it('crosses month ends and leap days on the calendar', () => {
    expect(lunchStatus(coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-01-31'] }), '2026-02-01').due).toBe(
      '2026-02-28',
    );
    expect(lunchStatus(coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2024-02-01'] }), '2024-02-02').due).toBe(
      '2024-02-29',
    );
    expect(lunchStatus(coi(3, 3, 3, { cadenceWeeks: 12, lunches: ['2026-11-30'] }), '2026-12-01').due).toBe(
      '2027-02-22',
    );
  });

  it('is overdue from the day after it was due, "today" on the day, "soon" within two weeks', () => {
    const f = coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-03-02'] }); // due 2026-03-30
    expect(lunchStatus(f, '2026-03-31')).toMatchObject({ state: 'overdue', days: -1 });
    expect(lunchStatus(f, '2026-03-30')).toMatchObject({ state: 'today', days: 0 });
    expect(lunchStatus(f, '2026-03-16')).toMatchObject({ state: 'soon', days: 14 });
    expect(lunchStatus(f, '2026-03-15')).toMatchObject({ state: 'later' });
  });

  it('prefers a planned date after the last lunch, and ignores a plan already passed by a lunch', () => {
    expect(
      lunchStatus(coi(3, 3, 3, { lunches: ['2026-01-05'], plannedLunch: '2026-01-28' }), '2026-01-10'),
    ).toMatchObject({ due: '2026-01-28', planned: true });
    expect(
      lunchStatus(coi(3, 3, 3, { lunches: ['2026-01-05'], plannedLunch: '2026-01-02' }), '2026-01-10'),
    ).toMatchObject({ due: '2026-02-16', planned: false });
  });

  it('has no due date before the first lunch is planned', () => {
    expect(lunchStatus(coi(3, 3, 3), '2026-01-10').state).toBe('unplanned');
    expect(lunchStatus(coi(3, 3, 3), '2026-01-10').due).toBeUndefined();
    expect(lunchStatus(undefined, '2026-01-10').state).toBe('unplanned');
  });

  it('logs a lunch once per day, sorted, and clears a plan it fulfils', () => {
    const f = coi(3, 3, 3, { lunches: ['2026-02-01'], plannedLunch: '2026-03-01' });
    const after = withLunch(f, '2026-03-01');
    expect(after.lunches).toEqual(['2026-02-01', '2026-03-01']);
    expect(after.plannedLunch).toBeUndefined();
    expect(withLunch(after, '2026-01-01').lunches).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(withLunch(after, '2026-03-01').lunches).toHaveLength(2);
    expect(withLunch(f, '2026-02-15').plannedLunch).toBe('2026-03-01');
    expect(withoutLunch(after, '2026-03-01').lunches).toEqual(['2026-02-01']);
  });
});

describe('this month', () => {
  const people = entries([
    person('Overdue', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-01-10'] }) }), // due 02-07
    person('Late Feb', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-01-31'] }) }), // due 02-28
    person('March', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-02-02'] }) }), // due 03-02
    person('No plan', 'core', { coi: coi(3, 3, 3) }),
    person('Held', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 8, lunches: ['2026-02-03'] }) }),
    person('Potential', 'potential', { coi: coi(3, 3, 3, { lunches: ['2025-01-01'] }) }),
  ]);

  it('lists overdue lunches, lunches due by the month’s last day, plans missing and lunches held', () => {
    const v = monthView(people, '2026-02-10');
    expect(v.first).toBe('2026-02-01');
    expect(v.last).toBe('2026-02-28');
    expect(v.overdue.map((i) => i.contact.name)).toEqual(['Overdue']);
    expect(v.due.map((i) => i.contact.name)).toEqual(['Late Feb']);
    expect(v.unplanned.map((i) => i.contact.name)).toEqual(['No plan']);
    expect(v.held.map((i) => i.contact.name)).toEqual(['March', 'Held']);
  });

  it('counts only core COIs as overdue', () => {
    expect(
      overdueCount(
        people.map(([, c]) => c),
        '2026-02-10',
      ),
    ).toBe(1);
    expect(
      overdueCount(
        people.map(([, c]) => c),
        '2026-03-03',
      ),
    ).toBe(3);
  });
});

describe('lunch plan in words', () => {
  it('says overdue, today, planned or due, with the date', () => {
    const f = coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-03-02'] }); // due Mon 30 March 2026
    expect(describeLunch(lunchStatus(f, '2026-04-02'), 'en-GB')).toBe('Overdue by 3 days (was due Mon, 30 Mar 2026)');
    expect(describeLunch(lunchStatus(f, '2026-03-31'), 'en-GB')).toBe('Overdue by 1 day (was due Mon, 30 Mar 2026)');
    expect(describeLunch(lunchStatus(f, '2026-03-30'), 'en-GB')).toBe('Due today, Mon, 30 Mar 2026');
    expect(describeLunch(lunchStatus(f, '2026-03-29'), 'en-GB')).toBe('Due tomorrow: Mon, 30 Mar 2026');
    expect(describeLunch(lunchStatus({ ...f, plannedLunch: '2026-03-20' }, '2026-03-10'), 'en-GB')).toBe(
      'Planned in 10 days: Fri, 20 Mar 2026',
    );
    expect(describeLunch(lunchStatus(coi(3, 3, 3), '2026-03-10'))).toBe('No lunch yet: plan the first one');
  });
});
