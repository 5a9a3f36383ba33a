import type { DueStatus } from '../touch';

/**
 * Keep in touch: every relationship has a cadence, and the one rule in `src/domain/touch.ts`
 * says when each person was last in touch and when they are due. Here: the window a reader
 * may type, and the slipping list, which shows people overdue or due soon, worst first.
 */

/** Shortest and longest window the planner accepts, in days (as the contact schema allows). */
export const WINDOW_MIN = 1;
export const WINDOW_MAX = 730;

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

/** One line of the slipping list. */
export interface Slipping {
  id: string;
  status: DueStatus;
}

/**
 * Who is slipping, worst first: overdue before due today or soon, and within each group
 * by how far through their cadence they are (then by days elapsed, then by id for a stable order).
 */
export function slippingList(statuses: Iterable<[string, DueStatus]>): Slipping[] {
  const out: Slipping[] = [];
  for (const [id, status] of statuses) if (status.state !== 'later') out.push({ id, status });
  const rank = (s: DueStatus) => (s.state === 'overdue' ? 1 : 0);
  return out.sort(
    (x, y) =>
      rank(y.status) - rank(x.status) ||
      y.status.elapsed / y.status.cadence.days - x.status.elapsed / x.status.cadence.days ||
      y.status.elapsed - x.status.elapsed ||
      (x.id < y.id ? -1 : 1),
  );
}
