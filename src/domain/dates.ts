/**
 * Calendar dates as the tools store them: `YYYY-MM-DD` strings with no time and no zone.
 * Arithmetic happens on whole days (days since 1970-01-01), so it never drifts with
 * daylight-saving changes. Weeks are ISO 8601 weeks: they start on Monday, and week 1 is
 * the week with the year's first Thursday.
 */

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` date (NaN if it is not one). */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date (2025-02-30 is not). */
export function isRealDate(iso: string): boolean {
  const n = dayNumber(iso);
  return Number.isFinite(n) && fromDayNumber(n) === iso;
}

/** The date `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  return fromDayNumber(dayNumber(iso) + n);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Today's date in the reader's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The later of two dates (either may be missing). */
export function laterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** Day of the week, ISO style: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  // 1970-01-01 was a Thursday (ISO day 4).
  return ((((dayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week of a date. */
export function weekStart(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

/** The ISO week of a date as `YYYY-Www` (the week-numbering year may differ from the calendar year). */
export function isoWeekId(iso: string): string {
  const thursday = addDays(iso, 4 - isoWeekday(iso));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week given as `YYYY-Www`. */
export function weekIdStart(id: string): string {
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

/** Whether `iso` falls in the ISO week that starts on `monday`. */
export function inWeek(iso: string, monday: string): boolean {
  const d = daysBetween(monday, iso);
  return d >= 0 && d < 7;
}

/** A short, readable date such as "Thu 16 Jan" (the year is added when it is not `today`'s). */
export function formatDay(iso: string, today?: string, locale?: string): string {
  const n = dayNumber(iso);
  if (!Number.isFinite(n)) return iso;
  const sameYear = today !== undefined && today.slice(0, 4) === iso.slice(0, 4);
  return new Date(n * DAY_MS).toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: 'UTC',
  });
}

/** A week's span for headings, such as "Mon 13 Jan – Sun 19 Jan". */
export function formatWeek(monday: string, today?: string, locale?: string): string {
  return `${formatDay(monday, today, locale)} – ${formatDay(addDays(monday, 6), today, locale)}`;
}

/** "today", "yesterday", "3 days ago", "in 2 days": how far `iso` is from `today`. */
export function relativeDays(iso: string, today: string): string {
  const d = daysBetween(today, iso);
  if (d === 0) return 'today';
  if (d === -1) return 'yesterday';
  if (d === 1) return 'tomorrow';
  return d < 0 ? `${-d} days ago` : `in ${d} days`;
}

/** A plural phrase: `plural(1, 'give')` → "1 give", `plural(3, 'give')` → "3 gives". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How far back a logged give or ask may be dated, in days (about fifty years). */
export const OLDEST_LOG_DAYS = 50 * 366;
/** How far ahead a plan may be due, in days (two years). */
export const FURTHEST_PLAN_DAYS = 2 * 366;

/** Checks the date of something that happened; returns a sentence saying what to fix, or null. */
export function checkLogDate(iso: string, today: string): string | null {
  if (!isRealDate(iso)) return 'Choose the date it happened.';
  if (iso > today) return 'That date is still to come. Log what has happened, or plan this instead.';
  if (daysBetween(iso, today) > OLDEST_LOG_DAYS) return 'That date is more than fifty years ago. Check the year.';
  return null;
}

/** Checks the due date of a plan; returns a sentence saying what to fix, or null. */
export function checkDueDate(iso: string, today: string): string | null {
  if (!isRealDate(iso)) return 'Choose the day you will do it.';
  if (iso < today) return 'That day has passed. Choose today or later, or log it if you did it.';
  if (daysBetween(today, iso) > FURTHEST_PLAN_DAYS) return 'That is more than two years away. Plan something nearer.';
  return null;
}
