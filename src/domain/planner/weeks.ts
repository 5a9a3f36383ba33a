import { addDays, type DateWording, dayNumber, daysBetween, formatDate, type IsoDate } from '../dates';

/**
 * The planner's weeks: ISO 8601 weeks, which start on Monday, week 1 being the week with
 * the year's first Thursday. Built on the day arithmetic of `src/domain/dates.ts`.
 */

/** Day of the week, ISO style: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO day 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week of a date. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO week of a date as `YYYY-Www` (the week-numbering year may differ from the calendar year). */
export function isoWeekId(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week given as `YYYY-Www` ('' when it is not one). */
export function weekIdStart(id: string): IsoDate {
  const m = /^(\d{4})-W(\d{2})$/.exec(id);
  if (!m) return '';
  // January 4th is always in week 1.
  const week1 = weekStart(`${m[1]}-01-04`);
  return addDays(week1, (Number(m[2]) - 1) * 7);
}

/** The ISO week before a given one. */
export function previousWeekId(id: string): string {
  return isoWeekId(addDays(weekIdStart(id), -7));
}

/** Whether `date` falls in the ISO week that starts on `monday`. */
export function inWeek(date: IsoDate, monday: IsoDate): boolean {
  return weekTest(monday)(date);
}

/**
 * A test for dates in the ISO week that starts on `monday`, for checking many: `YYYY-MM-DD`
 * dates compare as text, so thousands of entries (dates their schema has checked) are
 * tested without parsing one.
 */
export function weekTest(monday: IsoDate): (date: IsoDate) => boolean {
  const sunday = addDays(monday, 6);
  return (date) => date.length === 10 && date >= monday && date <= sunday;
}

/** A week's span for headings, such as "Mon, Jan 13 – Sun, Jan 19". */
export function formatWeek(monday: IsoDate, wording: DateWording = {}): string {
  return `${formatDate(monday, 'day', wording)} – ${formatDate(addDays(monday, 6), 'day', wording)}`;
}
