import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWeeks,
  daysBetween,
  formatDate,
  isIsoDate,
  monthOf,
  parseLooseDate,
  relativeDays,
  todayIn,
} from '../../src/domain/coi/dates';

describe('calendar dates', () => {
  it('knows real dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('adds weeks across month ends, year ends and leap days', () => {
    expect(addWeeks('2026-01-31', 4)).toBe('2026-02-28');
    expect(addWeeks('2024-02-01', 4)).toBe('2024-02-29');
    expect(addWeeks('2026-12-10', 6)).toBe('2027-01-21');
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('keeps the weekday and the date across daylight-saving changes', () => {
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
          return isIsoDate(later) && daysBetween(day, later) === n && weekday(addWeeks(day, n)) === weekday(day);
        },
      ),
    );
  });

  it('finds the first and last day of any month', () => {
    expect(monthOf('2026-02-14')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthOf('2024-02-29')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthOf('2026-04-30')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
    expect(monthOf('2026-12-31')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });

  it('takes "today" from the reader’s time zone, not from UTC', () => {
    // 2026-01-31 23:30 in New York is already 1 February in UTC and in Auckland.
    const instant = Date.UTC(2026, 1, 1, 4, 30);
    expect(todayIn(instant, 'America/New_York')).toBe('2026-01-31');
    expect(todayIn(instant, 'UTC')).toBe('2026-02-01');
    expect(todayIn(instant, 'Pacific/Auckland')).toBe('2026-02-01');
    expect(todayIn(Date.UTC(2026, 0, 31, 11, 30), 'Pacific/Auckland')).toBe('2026-02-01');
    expect(todayIn(Date.UTC(2026, 0, 31, 11, 30), 'Pacific/Honolulu')).toBe('2026-01-31');
  });

  it('falls back to the device’s zone for an unknown zone name', () => {
    expect(isIsoDate(todayIn(Date.now(), 'Not/AZone'))).toBe(true);
  });

  it('formats dates without shifting them by the time zone', () => {
    expect(formatDate('2026-01-01', 'en-US')).toBe('Thu, Jan 1, 2026');
    expect(formatDate('2026-12-31', 'en-GB')).toBe('Thu, 31 Dec 2026');
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
  });

  it('says how far away a day is', () => {
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(1)).toBe('tomorrow');
    expect(relativeDays(-1)).toBe('yesterday');
    expect(relativeDays(9)).toBe('in 9 days');
    expect(relativeDays(-3)).toBe('3 days ago');
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
