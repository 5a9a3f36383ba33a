/**
 * Run-of-show arithmetic: the clock time of every segment from a start time, with the
 * facilitator's edited minutes, across midnight; the total against the planned length.
 */

/** Minutes in a day. */
const DAY = 24 * 60;

/** A segment as the agenda needs it. */
export interface AgendaSegment {
  id: string;
  title: string;
  minutes: number;
  /** Whether the facilitator already changed it (title or minutes). */
  edited?: boolean;
}

/** One row of the run of show. */
export interface AgendaRow {
  id: string;
  title: string;
  /** Minutes in effect (edited or planned). */
  minutes: number;
  /** Whether the facilitator changed the planned minutes (or the segment). */
  edited: boolean;
  /** Start and end as minutes after midnight (0–1439). */
  start: number;
  end: number;
  /** Clock labels in the reader's locale ("9:05 AM", "09:05"); "09:05" when no locale is given. */
  startLabel: string;
  endLabel: string;
  /** True when this segment starts on a later day than the session. */
  nextDay: boolean;
}

/** The whole run of show. */
export interface Agenda {
  rows: AgendaRow[];
  total: number;
  planned: number;
  /** Minutes over the planned length (0 when within it). */
  over: number;
  endLabel: string;
}

/** Parses "HH:MM" (24-hour) into minutes after midnight, or null if it is not a time. */
export function parseClock(value: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Wraps any number of minutes into one day (0–1439). */
export function wrapDay(minutes: number): number {
  return ((Math.round(minutes) % DAY) + DAY) % DAY;
}

/**
 * Formats minutes after midnight (wrapped to one day) as the reader's locale writes a
 * time of day: "06:30 PM" in en-US, "18:30" in en-GB. The same formatter the browser's
 * time inputs follow, so the page never mixes styles.
 */
export function formatTime(minutes: number, locale?: string | readonly string[]): string {
  const m = wrapDay(minutes);
  return new Intl.DateTimeFormat(locale as string | string[] | undefined, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, Math.floor(m / 60), m % 60));
}

/** Formats minutes after midnight (any integer, wrapped to one day) as "HH:MM". */
export function formatClock(minutes: number): string {
  const m = ((Math.round(minutes) % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Clamps an edited minute count to 1–600, or returns null when it is not a number. */
export function cleanMinutes(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return null;
  return Math.min(600, Math.max(1, Math.round(n)));
}

/** Computes the run of show from a start time (minutes after midnight) and edited minutes. */
export function buildAgenda(
  segments: readonly AgendaSegment[],
  start: number,
  planned: number,
  edits: Readonly<Record<string, number>> = {},
  locale?: string | readonly string[],
): Agenda {
  const label = (m: number) => (locale === undefined ? formatClock(m) : formatTime(m, locale));
  let clock = start;
  const rows = segments.map((s) => {
    const edit = edits[s.id];
    const minutes = edit !== undefined ? (cleanMinutes(edit) ?? s.minutes) : s.minutes;
    const row: AgendaRow = {
      id: s.id,
      title: s.title,
      minutes,
      edited: (edit !== undefined && minutes !== s.minutes) || s.edited === true,
      start: ((clock % DAY) + DAY) % DAY,
      end: (((clock + minutes) % DAY) + DAY) % DAY,
      startLabel: label(clock),
      endLabel: label(clock + minutes),
      nextDay: clock >= DAY,
    };
    clock += minutes;
    return row;
  });
  const total = clock - start;
  return { rows, total, planned, over: Math.max(0, total - planned), endLabel: label(clock) };
}

/** "1 h 30 min" style duration. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
