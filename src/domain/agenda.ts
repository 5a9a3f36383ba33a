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
}

/** One row of the run of show. */
export interface AgendaRow {
  id: string;
  title: string;
  /** Minutes in effect (edited or planned). */
  minutes: number;
  /** Whether the facilitator changed the planned minutes. */
  edited: boolean;
  /** Start and end as minutes after midnight (0–1439). */
  start: number;
  end: number;
  /** "09:05" style labels. */
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
): Agenda {
  let clock = start;
  const rows = segments.map((s) => {
    const edit = edits[s.id];
    const minutes = edit !== undefined ? (cleanMinutes(edit) ?? s.minutes) : s.minutes;
    const row: AgendaRow = {
      id: s.id,
      title: s.title,
      minutes,
      edited: edit !== undefined && minutes !== s.minutes,
      start: ((clock % DAY) + DAY) % DAY,
      end: (((clock + minutes) % DAY) + DAY) % DAY,
      startLabel: formatClock(clock),
      endLabel: formatClock(clock + minutes),
      nextDay: clock >= DAY,
    };
    clock += minutes;
    return row;
  });
  const total = clock - start;
  return { rows, total, planned, over: Math.max(0, total - planned), endLabel: formatClock(clock) };
}

/** "1 h 30 min" style duration. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
