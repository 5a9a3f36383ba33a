import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLooseDate } from '../../src/domain/coi/import/csv';
import {
  addDays,
  addWeeks,
  DAY_MS,
  daysBetween,
  formatDate,
  isCalendarDate,
  localDate,
  monthOf,
  msUntilMidnight,
  relativeDate,
  relativeDays,
} from '../../src/domain/dates';
import { checkDueDate, checkLogDate } from '../../src/domain/planner/plan';
import {
  formatWeek,
  inWeek,
  isoWeekday,
  isoWeekId,
  previousWeekId,
  weekIdStart,
  weekStart,
} from '../../src/domain/planner/weeks';

describe('calendar dates', () => {
  it('knows real dates from impossible ones and look-alikes', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('25-01-01')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('adds days and weeks across months, years, leap days and daylight-saving changes', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(addWeeks('2026-01-31', 4)).toBe('2026-02-28');
    expect(addWeeks('2024-02-01', 4)).toBe('2024-02-29');
    expect(addWeeks('2026-12-10', 6)).toBe('2027-01-21');
    // Europe moves clocks on 29 March 2026, the US on 8 March and 1 November 2026.
    expect(addWeeks('2026-03-20', 1)).toBe('2026-03-27');
    expect(addWeeks('2026-03-27', 1)).toBe('2026-04-03');
    expect(addWeeks('2026-10-30', 1)).toBe('2026-11-06');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-25', '2026-11-02')).toBe(8);
  });

  it('adding weeks always lands on the same weekday, and daysBetween undoes addDays', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => {
          const day = d.toISOString().slice(0, 10);
          const later = addDays(day, n);
          const weekday = (x: string) => new Date(`${x}T00:00:00Z`).getUTCDay();
          return isCalendarDate(later) && daysBetween(day, later) === n && weekday(addWeeks(day, n)) === weekday(day);
        },
      ),
    );
  });

  it('finds the first and last day of any month', () => {
    expect(monthOf('2026-02-14')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthOf('2024-02-29')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthOf('2026-04-30')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
    expect(monthOf('2026-12-31')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
    expect(monthOf('2026-01-01')).toEqual({ first: '2026-01-01', last: '2026-01-31' });
  });
});

describe('today: the reader’s own calendar date', () => {
  it('comes from the local calendar, not UTC', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDate(new Date(2025, 0, 6, 0, 1))).toBe('2025-01-06');
    expect(localDate(new Date(2026, 2, 3, 0, 0).getTime())).toBe('2026-03-03');
  });

  it('follows the reader’s time zone', () => {
    // 2026-01-31 23:30 in New York is already 1 February in UTC and in Auckland.
    const instant = Date.UTC(2026, 1, 1, 4, 30);
    expect(localDate(instant, 'America/New_York')).toBe('2026-01-31');
    expect(localDate(instant, 'UTC')).toBe('2026-02-01');
    expect(localDate(instant, 'Pacific/Auckland')).toBe('2026-02-01');
    expect(localDate(Date.UTC(2026, 0, 31, 11, 30), 'Pacific/Auckland')).toBe('2026-02-01');
    expect(localDate(Date.UTC(2026, 0, 31, 11, 30), 'Pacific/Honolulu')).toBe('2026-01-31');
  });

  it('says what the device’s zone says, read the fast way, across a year and at midnight', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2026, 0, 1); at += 7 * 3_600_000 + 59_000) {
      expect(localDate(at)).toBe(localDate(at, zone));
      expect(msUntilMidnight(at)).toBe(msUntilMidnight(at, zone));
    }
  });

  it('falls back to the device’s zone for an unknown zone name', () => {
    expect(localDate(Date.now(), 'Not/AZone')).toBe(localDate(Date.now()));
  });

  it('knows how long until the next midnight, daylight-saving days included', () => {
    expect(msUntilMidnight(Date.UTC(2026, 0, 15, 23, 59, 30), 'UTC')).toBe(30_000);
    expect(msUntilMidnight(Date.UTC(2026, 0, 15, 0, 0, 0), 'UTC')).toBe(DAY_MS);
    // 22:00 in Auckland (UTC+13 in January).
    expect(msUntilMidnight(Date.UTC(2026, 0, 15, 9, 0), 'Pacific/Auckland')).toBe(2 * 3_600_000);
    // The night London's clocks go forward: at 03:00 (after the jump) 21 hours remain.
    expect(msUntilMidnight(Date.UTC(2026, 2, 29, 2, 0), 'Europe/London')).toBe(21 * 3_600_000);
  });
});

describe('ISO weeks (Monday to Sunday)', () => {
  it('start on Monday', () => {
    expect(isoWeekday('2025-01-13')).toBe(1); // a Monday
    expect(isoWeekday('2025-01-19')).toBe(7); // a Sunday
    expect(weekStart('2025-01-19')).toBe('2025-01-13');
    expect(weekStart('2025-01-13')).toBe('2025-01-13');
    expect(weekStart('2025-01-20')).toBe('2025-01-20');
  });

  it('treat Sunday as the last day of the week and Monday as the first', () => {
    expect(inWeek('2025-01-19', '2025-01-13')).toBe(true);
    expect(inWeek('2025-01-20', '2025-01-13')).toBe(false);
    expect(inWeek('2025-01-12', '2025-01-13')).toBe(false);
  });

  it('number weeks by the ISO rules at year boundaries', () => {
    expect(isoWeekId('2024-12-30')).toBe('2025-W01'); // Monday before New Year belongs to 2025
    expect(isoWeekId('2021-01-03')).toBe('2020-W53'); // Sunday after New Year belongs to 2020
    expect(isoWeekId('2020-12-31')).toBe('2020-W53');
    expect(isoWeekId('2026-01-01')).toBe('2026-W01');
    expect(isoWeekId('2027-01-03')).toBe('2026-W53');
    expect(isoWeekId('2025-06-15')).toBe('2025-W24');
  });

  it('find the Monday of a week id and the week before', () => {
    expect(weekIdStart('2025-W01')).toBe('2024-12-30');
    expect(weekIdStart('2020-W53')).toBe('2020-12-28');
    expect(previousWeekId('2025-W01')).toBe('2024-W52');
    expect(previousWeekId('2021-W01')).toBe('2020-W53');
    expect(weekIdStart('nonsense')).toBe('');
  });

  it('round-trip every day: its week starts on a Monday that holds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (n) => {
        const day = addDays('1970-01-01', n);
        const id = isoWeekId(day);
        const monday = weekIdStart(id);
        return isoWeekday(monday) === 1 && inWeek(day, monday) && monday === weekStart(day);
      }),
    );
  });
});

describe('date wording', () => {
  it('writes a date in each style, in the reader’s language', () => {
    expect(formatDate('2025-01-16', 'day', { today: '2025-03-01', locale: 'en-GB' })).toBe('Thu 16 Jan');
    expect(formatDate('2024-01-16', 'day', { today: '2025-03-01', locale: 'en-GB' })).toBe('Tue, 16 Jan 2024');
    expect(formatDate('2024-01-16', 'day', { locale: 'en-GB' })).toBe('Tue, 16 Jan 2024');
    expect(formatDate('2026-01-01', 'day', { locale: 'en-US' })).toBe('Thu, Jan 1, 2026');
    expect(formatDate('2026-12-31', 'day', { locale: 'en-GB' })).toBe('Thu, 31 Dec 2026');
    // One way for every date in the tools: the day style is the default.
    expect(formatDate('2026-01-01', undefined, { locale: 'en-US' })).toBe('Thu, Jan 1, 2026');
    expect(formatDate('2026-03-03', 'long', { locale: 'en-US' })).toBe('Tuesday, March 3, 2026');
    expect(formatDate('2026-01-15', 'month', { locale: 'en-GB' })).toBe('January 2026');
    expect(formatWeek('2025-01-13', { today: '2025-01-15', locale: 'en-GB' })).toBe('Mon 13 Jan – Sun 19 Jan');
  });

  it('writes a calendar date as it is in every time zone, and an instant as the date where the reader is', () => {
    for (const timeZone of ['Pacific/Auckland', 'Pacific/Honolulu', 'UTC'])
      expect(formatDate('2026-12-31', 'day', { locale: 'en-GB', timeZone })).toBe('Thu, 31 Dec 2026');
    const instant = Date.UTC(2026, 1, 1, 4, 30);
    expect(formatDate(instant, 'day', { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('Sat, 31 Jan 2026');
    expect(formatDate(instant, 'day', { locale: 'en-GB', timeZone: 'Pacific/Auckland' })).toBe('Sun, 1 Feb 2026');
    expect(formatDate(instant, 'time', { locale: 'en-GB', timeZone: 'UTC' })).toBe('Sun, 1 Feb 2026, 04:30');
    // The year of an instant's date is the reader's.
    expect(
      formatDate(Date.UTC(2026, 0, 1, 4), 'day', {
        locale: 'en-GB',
        timeZone: 'America/New_York',
        today: '2026-01-05',
      }),
    ).toBe('Wed, 31 Dec 2025');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('not a date', 'day', { locale: 'en-GB' })).toBe('not a date');
    expect(formatDate('', 'day')).toBe('');
  });

  it('says how far away a day is', () => {
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(1)).toBe('tomorrow');
    expect(relativeDays(-1)).toBe('yesterday');
    expect(relativeDays(9)).toBe('in 9 days');
    expect(relativeDays(-3)).toBe('3 days ago');
    expect(relativeDate('2025-01-14', '2025-01-16')).toBe('2 days ago');
    expect(relativeDate('2025-01-17', '2025-01-16')).toBe('tomorrow');
  });

  it('reads the clear date styles of exports and refuses ambiguous ones', () => {
    expect(parseLooseDate('15 Mar 2024')).toBe('2024-03-15');
    expect(parseLooseDate('2024-03-15')).toBe('2024-03-15');
    expect(parseLooseDate('2024-3-5T10:00:00Z')).toBe('2024-03-05');
    expect(parseLooseDate('March 5, 2024')).toBe('2024-03-05');
    expect(parseLooseDate('31 Feb 2024')).toBeUndefined();
    expect(parseLooseDate('03/04/2024')).toBeUndefined();
    expect(parseLooseDate('soon')).toBeUndefined();
  });
});

describe('date checks', () => {
  it('refuses logged dates in the future, impossible or absurdly old, with a reason', () => {
    const today = '2025-01-16';
    expect(checkLogDate('2025-01-16', today)).toBeNull();
    expect(checkLogDate('2010-05-01', today)).toBeNull();
    expect(checkLogDate('2025-01-17', today)).toMatch(/still to come/);
    expect(checkLogDate('1900-01-01', today)).toMatch(/fifty years/);
    expect(checkLogDate('2025-02-30', today)).toMatch(/Choose the date/);
    expect(checkLogDate('', today)).toMatch(/Choose/);
  });

  it('refuses due dates in the past or more than two years ahead, with a reason', () => {
    const today = '2025-01-16';
    expect(checkDueDate('2025-01-16', today)).toBeNull();
    expect(checkDueDate('2026-12-31', today)).toBeNull();
    expect(checkDueDate('2025-01-15', today)).toMatch(/has passed/);
    expect(checkDueDate('', today)).toMatch(/Choose the day/);
    expect(checkDueDate('2099-01-01', today)).toMatch(/two years/);
  });
});
