/**
 * Dates, the one way the site reckons with them. A calendar date is a `YYYY-MM-DD` string
 * with no time and no zone (the tools store them so); an instant is milliseconds since
 * 1970 (when something was saved, taken or exported).
 *
 * - **Today** is the reader's own calendar date: the date on their device's clock in their
 *   time zone (`localDate`), and an instant's date is its date there too. `src/store/today.ts`
 *   keeps it as the `$today` store, which rolls over at midnight.
 * - **Day arithmetic** runs on whole days counted in UTC (day numbers), so daylight-saving
 *   changes and the reader's time zone never shift a date. The planner's weeks build on it
 *   (`src/domain/planner/weeks.ts`).
 * - **Wording** comes from one formatter, `formatDate`, in a few styles, in the reader's
 *   language unless a locale is given.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Milliseconds in a day of 24 hours. */
export const DAY_MS = 86_400_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days since 1970-01-01 of a calendar date (NaN if it is not one). */
export function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date written `YYYY-MM-DD` (2025-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const n = dayNumber(value);
  return Number.isFinite(n) && fromDayNumber(n) === value;
}

/** The date `n` days after `date` (before it when `n` is negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n);
}

/** The date `weeks` weeks after `date`: always the same weekday. */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The later of two dates (either may be missing). */
export function laterDate(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** First and last day of the month a date falls in (28, 29, 30 or 31 days). */
export function monthOf(date: IsoDate): { first: IsoDate; last: IsoDate } {
  const first = `${date.slice(0, 7)}-01`;
  const last = addDays(`${fromDayNumber(dayNumber(first) + 31).slice(0, 7)}-01`, -1);
  return { first, last };
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock at an instant in a time zone (the device's own when absent or unknown): [month, day, year, hour, minute, second]. */
function wallClock(at: number, timeZone = ''): number[] {
  if (!timeZone) {
    // The device's own zone: what Intl would say, read from Date's local fields (much faster,
    // and the tools ask this of every saved record).
    const d = new Date(at);
    return [d.getMonth() + 1, d.getDate(), d.getFullYear(), d.getHours(), d.getMinutes(), d.getSeconds()];
  }
  let clock = clocks.get(timeZone);
  if (!clock) {
    const numeric = 'numeric' as const;
    const options = { year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric, second: numeric };
    try {
      clock = new Intl.DateTimeFormat('en-US', { ...options, hourCycle: 'h23', timeZone: timeZone || undefined });
    } catch {
      clock = new Intl.DateTimeFormat('en-US', { ...options, hourCycle: 'h23' });
    }
    clocks.set(timeZone, clock);
  }
  // "1/31/2026, 23:30:05"
  return (clock.format(at).match(/\d+/g) ?? []).map(Number);
}

/**
 * The reader's calendar date at an instant: the date on the wall clock of their time zone
 * (the device's own, or `timeZone`). With no instant, today.
 */
export function localDate(at: number | Date = Date.now(), timeZone?: string): IsoDate {
  const [month = 1, day = 1, year = 1970] = wallClock(+at, timeZone);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(year, 4)}-${p(month)}-${p(day)}`;
}

/** Milliseconds from an instant until the wall clock of a time zone next reaches midnight (at most a day). */
export function msUntilMidnight(at: number, timeZone?: string): number {
  const [, , , h = 0, m = 0, s = 0] = wallClock(at, timeZone);
  return Math.max(1, DAY_MS - ((h * 60 + m) * 60 + s) * 1000 - (((at % 1000) + 1000) % 1000));
}

/**
 * The ways the site writes a date (shown here as en-US writes them; each reader sees their
 * own language's order and names):
 * - `day`: "Thu, Jan 16", with the year when it is not `today`'s or no `today` is given
 *   ("Thu, Jan 16, 2025"): every date in the tools, in lists, sentences and print alike;
 * - `long`: "Thursday, January 16, 2025": a session's day in headings;
 * - `month`: "January 2025";
 * - `time`: "Thu, Jan 16, 2025, 03:30 PM": the date and the time of an instant.
 */
export type DateStyle = 'day' | 'long' | 'month' | 'time';

/** How to write a date: the reader's language and time zone unless given; `today` for the `day` style. */
export interface DateWording {
  locale?: string | readonly string[];
  timeZone?: string;
  today?: IsoDate;
}

const SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: SHORT,
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  time: { ...SHORT, year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

const formats = new Map<string, Intl.DateTimeFormat>();
/** Dates already written, by format and date: the tools write the same few hundred dates over and over. */
const written = new Map<string, string>();

/**
 * A calendar date, or the date of an instant, in words (see `DateStyle`). A calendar date
 * is written as it is, whatever the time zone; text that is not a date is returned as it is.
 */
export function formatDate(
  date: IsoDate | number,
  style: DateStyle = 'day',
  { locale, timeZone, today }: DateWording = {},
): string {
  const instant = typeof date === 'number';
  if (!instant && !isCalendarDate(date)) return date;
  const zone = instant ? timeZone : 'UTC';
  const year =
    style === 'day' && (!today || (instant ? localDate(date, timeZone) : date).slice(0, 4) !== today.slice(0, 4));
  const key = `${locale},${style},${year},${zone}`;
  const done = written.get(`${key}|${date}`);
  if (done !== undefined) return done;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { ...STYLES[style], timeZone: zone };
    if (year) options.year = 'numeric';
    format = new Intl.DateTimeFormat(locale as string | string[] | undefined, options);
    formats.set(key, format);
  }
  const text = format.format(instant ? date : dayNumber(date) * DAY_MS + DAY_MS / 2);
  if (written.size > 10_000) written.clear();
  written.set(`${key}|${date}`, text);
  return text;
}

/** How far away a number of days is, in words: "today", "tomorrow", "in 3 days", "yesterday", "5 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** How far `date` is from `today`, in words (see `relativeDays`). */
export function relativeDate(date: IsoDate, today: IsoDate): string {
  return relativeDays(daysBetween(today, date));
}

/** A count with its noun: `plural(1, 'give')` → "1 give", `plural(3, 'person', 'people')` → "3 people". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
