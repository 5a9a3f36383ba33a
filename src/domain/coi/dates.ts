/**
 * Calendar dates as `YYYY-MM-DD` strings, with no time and no time zone. All arithmetic
 * runs on whole days counted in UTC, so daylight-saving changes and the reader's time zone
 * never shift a date; only "today" depends on where the reader is.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so 2026-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The date `weeks` weeks after `date`: always the same weekday. */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The reader's calendar date at an instant, in a time zone (default: the device's own). */
export function todayIn(now: Date | number = Date.now(), timeZone?: string): IsoDate {
  const at = typeof now === 'number' ? new Date(now) : now;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(at);
  } catch {
    // An unknown time zone name: fall back to the device's own.
    parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** First and last day of the month a date falls in (28, 29, 30 or 31 days). */
export function monthOf(date: IsoDate): { first: IsoDate; last: IsoDate } {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const first = `${date.slice(0, 7)}-01`;
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { first, last };
}

/** A date as a reader would write it, e.g. "Tue, 20 Jan 2026" (in the given locale). */
export function formatDate(date: IsoDate, locale?: string): string {
  if (!isIsoDate(date)) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(dayNumber(date) * DAY_MS));
}

/** The name of a date's month and year, e.g. "January 2026". */
export function formatMonth(date: IsoDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(dayNumber(date) * DAY_MS),
  );
}

/** How far a date is from today, in words: "today", "tomorrow", "in 3 days", "yesterday", "5 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date written in a common export style: `2024-03-15`, `15 Mar 2024` (LinkedIn),
 * `March 15, 2024` or `15/03/2024`-style dates are not guessed (day and month order is
 * ambiguous). Returns undefined when the text is not one of the clear forms.
 */
export function parseLooseDate(text: string): IsoDate | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  const make = (y: number, m: number, d: number) => {
    const out = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
    return isIsoDate(out) ? out : undefined;
  };
  if (iso) return make(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (dmy) {
    const m = MONTHS.indexOf((dmy[2] ?? '').slice(0, 3).toLowerCase());
    return m < 0 ? undefined : make(Number(dmy[3]), m + 1, Number(dmy[1]));
  }
  const mdy = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (mdy) {
    const m = MONTHS.indexOf((mdy[1] ?? '').slice(0, 3).toLowerCase());
    return m < 0 ? undefined : make(Number(mdy[3]), m + 1, Number(mdy[2]));
  }
  return undefined;
}
