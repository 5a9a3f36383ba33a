import { formatDuration } from './agenda';
import { addDays, type IsoDate, localDate } from './dates';

/**
 * The presenter view's clock arithmetic: when the session runs on the wall clock, where
 * the current segment should end, how far ahead of or behind the plan the room is, and
 * what comes next. Pure functions of a clock reading (`now`, ms since 1970), so they are
 * tested with a controlled clock.
 */

const MINUTE = 60_000;

/** A segment as the schedule needs it: its id, title and minutes, in running order. */
export interface TimedSegment {
  id: string;
  title: string;
  minutes: number;
}

/** Where the deck is: before the first segment, after the last, or a part of a segment. */
export type DeckPlace =
  | { at: 'start' }
  | { at: 'end' }
  /** `offset` minutes into segment `segment`, a part planned to last `minutes`. */
  | { at: 'segment'; segment: string; offset: number; minutes: number };

/** How the room stands against the plan. */
export interface Drift {
  /** `not-started`: before the planned start; otherwise ahead, behind or on time. */
  state: 'not-started' | 'on-time' | 'ahead' | 'behind';
  /** Whole minutes ahead, behind, or until the start (0 when on time). */
  minutes: number;
}

/** What the presenter view shows about the time. */
export interface PresenterStatus {
  /** When the session starts and ends on the wall clock (ms). */
  startAt: number;
  endAt: number;
  /** The current segment and when it is planned to end. */
  current?: { id: string; title: string; endAt: number; leftMinutes: number } | undefined;
  /** The next segment and when it is planned to start. */
  next?: { id: string; title: string; startAt: number } | undefined;
  drift: Drift;
}

/** The instant `minutes` after midnight on a calendar date, on the reader's wall clock. */
export function atLocal(date: IsoDate, minutes: number): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, minutes).getTime();
}

/** When a session starts on the wall clock, and whether that is a rehearsal away from its date. */
export interface ScheduleAnchor {
  /** Start of the session (ms). */
  at: number;
  /** True when the session has a date and `now` is not near it: times are shown as if it ran today. */
  rehearsal: boolean;
}

/**
 * Places a session on the wall clock. On its date (from 12 hours before it starts to 12
 * hours after it ends) it starts on that date; on any other day, or without a date, it
 * starts today, or yesterday when a session that began before midnight is still running.
 */
export function anchorSession(date: string | undefined, start: number, total: number, now: number): ScheduleAnchor {
  const slack = 12 * 60 * MINUTE;
  if (date) {
    const at = atLocal(date, start);
    if (now >= at - slack && now <= at + total * MINUTE + slack) return { at, rehearsal: false };
  }
  const today = localDate(now);
  const yesterday = atLocal(addDays(today, -1), start);
  const at = now <= yesterday + total * MINUTE ? yesterday : atLocal(today, start);
  return { at, rehearsal: date !== undefined };
}

/** Minutes between two clock readings, rounded towards zero. */
function wholeMinutes(ms: number): number {
  return Math.floor(Math.abs(ms) / MINUTE);
}

/** The drift of a planned window [from, to] at `now`: ahead before it, behind after it. */
function windowDrift(from: number, to: number, now: number): Drift {
  if (now < from) {
    const minutes = wholeMinutes(from - now);
    return minutes ? { state: 'ahead', minutes } : { state: 'on-time', minutes: 0 };
  }
  if (now > to) {
    const minutes = wholeMinutes(now - to);
    return minutes ? { state: 'behind', minutes } : { state: 'on-time', minutes: 0 };
  }
  return { state: 'on-time', minutes: 0 };
}

/**
 * The presenter's view of the time: the current segment's planned end, the next segment,
 * and the drift. A part of a segment is on time while the clock is inside its planned
 * window; before the window the room is ahead, after it behind.
 */
export function presenterStatus(
  segments: readonly TimedSegment[],
  startAt: number,
  place: DeckPlace,
  now: number,
): PresenterStatus {
  const starts: number[] = [];
  let clock = startAt;
  for (const s of segments) {
    starts.push(clock);
    clock += s.minutes * MINUTE;
  }
  const endAt = clock;
  const nextOf = (i: number) => {
    const s = segments[i];
    return s ? { id: s.id, title: s.title, startAt: starts[i] ?? endAt } : undefined;
  };
  if (place.at === 'start') {
    const drift: Drift =
      now < startAt
        ? { state: 'not-started', minutes: Math.ceil((startAt - now) / MINUTE) }
        : windowDrift(startAt, startAt, now);
    return { startAt, endAt, next: nextOf(0), drift };
  }
  if (place.at === 'end') return { startAt, endAt, drift: windowDrift(endAt, endAt, now) };
  const i = segments.findIndex((s) => s.id === place.segment);
  const seg = segments[i];
  if (!seg) return { startAt, endAt, drift: { state: 'on-time', minutes: 0 } };
  const segStart = starts[i] ?? startAt;
  const segEnd = segStart + seg.minutes * MINUTE;
  const from = segStart + place.offset * MINUTE;
  const to = from + place.minutes * MINUTE;
  const left = segEnd - now;
  return {
    startAt,
    endAt,
    current: {
      id: seg.id,
      title: seg.title,
      endAt: segEnd,
      leftMinutes: left >= 0 ? Math.ceil(left / MINUTE) : -wholeMinutes(left),
    },
    next: nextOf(i + 1),
    drift: windowDrift(from, to, now),
  };
}

/** The drift as a phrase: "On time", "4 min behind", "2 min ahead", "Starts in 12 min". */
export function driftText(drift: Drift): string {
  switch (drift.state) {
    case 'not-started':
      return `Starts in ${formatDuration(drift.minutes)}`;
    case 'ahead':
      return `${formatDuration(drift.minutes)} ahead`;
    case 'behind':
      return `${formatDuration(drift.minutes)} behind`;
    default:
      return 'On time';
  }
}

/** Time left in the current segment as a phrase: "13 min left", "ended 2 min ago", "ends now". */
export function leftText(leftMinutes: number): string {
  if (leftMinutes > 0) return `${formatDuration(leftMinutes)} left`;
  if (leftMinutes < 0) return `ended ${formatDuration(-leftMinutes)} ago`;
  return 'ends now';
}

/** A wall-clock reading as the reader's locale writes a time of day ("10:42 AM", "14:05"). */
export function formatWallClock(at: number, locale?: string | readonly string[]): string {
  return new Intl.DateTimeFormat(locale as string | string[] | undefined, {
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
