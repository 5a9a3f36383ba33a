import { type Contact, RUNGS, type Rung } from '../../schemas/contact';
import type { LedgerEntry } from '../../schemas/planner';
import type { DueStatus } from '../touch';
import { isAsk } from './ledger';

/**
 * The channel ladder (module 5): comment, email, phone, face to face. A relationship has
 * stalled when it sits below face to face and either has gone quiet (past its
 * keep-in-touch window) or has had several exchanges on its rung without a step up. For
 * each, the planner suggests one step up, never a leap.
 */

/** What each rung is called. */
export const RUNG_LABELS: Record<Rung, string> = {
  comment: 'Comment',
  email: 'Email',
  phone: 'Phone call',
  face: 'Face to face',
};

/** Exchanges on one rung after which the planner suggests the next. */
export const PLATEAU_EXCHANGES = 3;

/** Days a "not now" puts off a suggestion. */
export const LADDER_PAUSE_DAYS = 30;

/** The rung above, or null at the top. */
export function nextRung(r: Rung): Rung | null {
  return RUNGS[RUNGS.indexOf(r) + 1] ?? null;
}

/** Whether `to` is higher on the ladder than `from` (anything is higher than no rung). */
export function isHigher(to: Rung, from: Rung | undefined): boolean {
  return from === undefined || RUNGS.indexOf(to) > RUNGS.indexOf(from);
}

/** Gives and touches on a person's current rung since they reached it (entries with no channel count as on it). */
export function exchangesOnRung(c: Contact, entries: Iterable<LedgerEntry>): number {
  const rung = c.planner?.rung;
  if (!rung) return 0;
  const since = c.planner?.rungSince ?? '';
  let n = 0;
  for (const e of entries) {
    if (isAsk(e.kind) || e.date < since) continue;
    if (!e.channel || e.channel === rung) n++;
  }
  return n;
}

/** A suggested step up for a stalled relationship. */
export interface LadderSuggestion {
  id: string;
  rung: Rung;
  next: Rung;
  reason: 'quiet' | 'plateau';
  /** Exchanges on the current rung (for plateau). */
  exchanges: number;
  /** Days since the last touch (for quiet). */
  elapsed: number;
  /** What to do, in a sentence. */
  advice: string;
}

/** What a step up to each rung looks like. */
const STEP_ADVICE: Record<Exclude<Rung, 'comment'>, string> = {
  email: 'Send a short personal email about something they said, and offer something useful.',
  phone: 'Suggest a 10 to 20 minute call to hear what they are working on this year.',
  face: 'Suggest a coffee or lunch, and bring them something: an idea or an introduction.',
};

/** Whether a relationship has stalled, and if so the step up to suggest. */
export function ladderSuggestion(
  id: string,
  c: Contact,
  entries: Iterable<LedgerEntry>,
  status: DueStatus,
  today: string,
): LadderSuggestion | null {
  const rung = c.planner?.rung;
  if (!rung) return null;
  const next = nextRung(rung);
  if (!next) return null;
  const paused = c.planner?.ladderPausedUntil;
  if (paused && paused > today) return null;
  const exchanges = exchangesOnRung(c, entries);
  const quiet = status.state === 'overdue';
  if (!quiet && exchanges < PLATEAU_EXCHANGES) return null;
  const why = quiet
    ? `No give or touch for ${status.elapsed} days.`
    : `${exchanges} exchanges by ${RUNG_LABELS[rung].toLowerCase()} without a step up.`;
  return {
    id,
    rung,
    next,
    reason: quiet ? 'quiet' : 'plateau',
    exchanges,
    elapsed: status.elapsed,
    advice: `${why} ${STEP_ADVICE[next as Exclude<Rung, 'comment'>]}`,
  };
}

/** Stalled relationships, quiet ones first (longest quiet first), then plateaus (most exchanges first). */
export function sortSuggestions(list: LadderSuggestion[]): LadderSuggestion[] {
  return list.sort((x, y) =>
    x.reason !== y.reason
      ? x.reason === 'quiet'
        ? -1
        : 1
      : x.reason === 'quiet'
        ? y.elapsed - x.elapsed || (x.id < y.id ? -1 : 1)
        : y.exchanges - x.exchanges || (x.id < y.id ? -1 : 1),
  );
}

/**
 * The planner fields after a change of rung: `rungSince` restarts when the rung changes;
 * a logged give on a higher channel moves the person up (never down).
 */
export function withRung(c: Contact, rung: Rung | undefined, today: string): NonNullable<Contact['planner']> {
  const planner = { ...c.planner };
  if (rung === planner.rung) return planner;
  if (rung === undefined) {
    delete planner.rung;
    delete planner.rungSince;
    return planner;
  }
  planner.rung = rung;
  planner.rungSince = today;
  delete planner.ladderPausedUntil;
  return planner;
}
