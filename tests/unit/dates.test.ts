import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkDueDate,
  checkLogDate,
  daysBetween,
  formatDay,
  formatWeek,
  inWeek,
  isoWeekday,
  isoWeekId,
  isRealDate,
  previousWeekId,
  relativeDays,
  todayIso,
  weekIdStart,
  weekStart,
} from '../../src/domain/dates';

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-13-01')).toBe(false);
    expect(isRealDate('25-01-01')).toBe(false);
    expect(isRealDate('')).toBe(false);
  });

  it('adds days across months, years and daylight-saving changes', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(todayIso(new Date(2025, 0, 6, 0, 1))).toBe('2025-01-06');
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

describe('date wording and checks', () => {
  it('formats days, adding the year only when it differs', () => {
    expect(formatDay('2025-01-16', '2025-03-01', 'en-GB')).toBe('Thu 16 Jan');
    expect(formatDay('2024-01-16', '2025-03-01', 'en-GB')).toBe('Tue, 16 Jan 2024');
    expect(formatWeek('2025-01-13', '2025-01-15', 'en-GB')).toBe('Mon 13 Jan – Sun 19 Jan');
    expect(relativeDays('2025-01-14', '2025-01-16')).toBe('2 days ago');
    expect(relativeDays('2025-01-17', '2025-01-16')).toBe('tomorrow');
  });

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
