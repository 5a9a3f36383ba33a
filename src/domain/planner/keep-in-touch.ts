import type { Contact, Tier } from '../../schemas/contact';
import { daysBetween, laterDate, localDate } from '../dates';
import type { Account } from './ledger';

/**
 * Keep in touch: every relationship has a window of days; any give or logged touch
 * restarts it (so do a lunch logged in the COI worksheet and the contact's "last contact"
 * date). People near the end of their window are "near" (amber), people past it are
 * "past" (red), and the slipping list shows the worst first.
 */

/** Default window by tier, in days: core COIs about monthly, potential COIs about quarterly. */
export const DEFAULT_WINDOW: Record<Tier, number> = { core: 30, potential: 90, other: 60, triage: 90 };

/** Shortest and longest window the planner accepts, in days (as the contact schema allows). */
export const WINDOW_MIN = 1;
export const WINDOW_MAX = 730;

/** A person's window and where it comes from. */
export interface TouchWindow {
  days: number;
  /** set: chosen by the reader; cadence: the COI worksheet's lunch cadence; tier: the tier's default. */
  source: 'set' | 'cadence' | 'tier';
}

/** The keep-in-touch window of a person. */
export function touchWindow(c: Contact): TouchWindow {
  if (c.planner?.keepInTouchDays) return { days: c.planner.keepInTouchDays, source: 'set' };
  if (c.tier === 'core' && c.coi?.cadenceWeeks) return { days: c.coi.cadenceWeeks * 7, source: 'cadence' };
  return { days: DEFAULT_WINDOW[c.tier], source: 'tier' };
}

/** Checks a typed window; returns the number of days, or a sentence saying what to fix. */
export function parseWindow(text: string): { ok: true; days: number | undefined } | { ok: false; message: string } {
  const t = text.trim();
  if (t === '') return { ok: true, days: undefined };
  const n = Number(t);
  if (!Number.isInteger(n) || n < WINDOW_MIN || n > WINDOW_MAX)
    return {
      ok: false,
      message: `Enter whole days from ${WINDOW_MIN} to ${WINDOW_MAX}, or leave it empty for the default.`,
    };
  return { ok: true, days: n };
}

/** The latest touch of a person: a give or touch in the ledger, a COI lunch, or "last contact". */
export function lastTouch(c: Contact, account: Account | undefined): string | undefined {
  let latest = laterDate(account?.lastTouch, c.lastContact);
  for (const lunch of c.coi?.lunches ?? []) latest = laterDate(latest, lunch);
  return latest;
}

/** Where a person stands in their window. */
export interface TouchStatus {
  /** The window. */
  window: TouchWindow;
  /** The date the window counts from: the last touch, or the day they were added. */
  since: string;
  /** Whether `since` is a real touch (false: nothing logged yet, counting from when they were added). */
  touched: boolean;
  /** Days since `since` (never negative). */
  elapsed: number;
  /** Days left in the window (negative once past). */
  left: number;
  /** ok, near the end (amber) or past it (red). */
  level: 'ok' | 'near' | 'past';
}

/** Days before the end of a window at which a person counts as "near": a fifth of it, at least 3, at most half. */
export function nearThreshold(days: number): number {
  return Math.min(Math.max(3, Math.ceil(days * 0.2)), Math.floor(days / 2));
}

/** A person's keep-in-touch status on `today`. */
export function touchStatus(c: Contact, account: Account | undefined, today: string): TouchStatus {
  const window = touchWindow(c);
  const last = lastTouch(c, account);
  const since = last ?? localDate(c.createdAt);
  const elapsed = Math.max(0, daysBetween(since, today));
  const left = window.days - elapsed;
  const level = left < 0 ? 'past' : left <= nearThreshold(window.days) ? 'near' : 'ok';
  return { window, since, touched: last !== undefined, elapsed, left, level };
}

/** One line of the slipping list. */
export interface Slipping {
  id: string;
  status: TouchStatus;
}

/**
 * Who is slipping, worst first: past their window before near it, and within each group
 * by how far through their window they are (then by days elapsed, then by id for a stable order).
 */
export function slippingList(statuses: Iterable<[string, TouchStatus]>): Slipping[] {
  const out: Slipping[] = [];
  for (const [id, status] of statuses) if (status.level !== 'ok') out.push({ id, status });
  const rank = (s: TouchStatus) => (s.level === 'past' ? 1 : 0);
  return out.sort(
    (x, y) =>
      rank(y.status) - rank(x.status) ||
      y.status.elapsed / y.status.window.days - x.status.elapsed / x.status.window.days ||
      y.status.elapsed - x.status.elapsed ||
      (x.id < y.id ? -1 : 1),
  );
}

/** The status in words: "12 days left", "due today", "9 days past their 30-day window". */
export function describeStatus(s: TouchStatus): string {
  if (s.left > 1) return `${s.left} days left of ${s.window.days}`;
  if (s.left === 1) return `1 day left of ${s.window.days}`;
  if (s.left === 0) return 'Due today';
  return `${-s.left} day${s.left === -1 ? '' : 's'} past the ${s.window.days}-day window`;
}
