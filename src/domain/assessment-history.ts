import type { Attempt } from '../schemas/assessment-records';
import { DIMENSION_IDS } from '../schemas/constants';
import {
  type Answers,
  type AssessmentData,
  type DraftProgress,
  draftProgress,
  overallScore,
  type Scores,
  scoreAnswers,
} from './assessment';
import { addDays, type DateWording, daysBetween, formatDate, type IsoDate, localDate, plural } from './dates';

/**
 * Attempts over time: which attempt is unfinished, the completed ones in order, their
 * scores, when to retake, and what the assessment page and My progress show about them.
 */

/** Days between attempts before the result page suggests taking it again. */
export const RETAKE_DAYS = 30;

/** Stored attempts by id (a collection's items; deleted ids may read as undefined). */
export type AttemptItems = Readonly<Record<string, Attempt | undefined>>;

/** An attempt with its id. */
export interface AttemptEntry {
  id: string;
  attempt: Attempt;
}

/** Completed attempts, oldest first. */
export function completedAttempts(items: AttemptItems): AttemptEntry[] {
  return Object.entries(items)
    .flatMap(([id, attempt]) => (attempt?.completedAt === undefined ? [] : [{ id, attempt }]))
    .sort((a, b) => (a.attempt.completedAt ?? 0) - (b.attempt.completedAt ?? 0) || a.id.localeCompare(b.id));
}

/** The unfinished attempt to carry on with (the most recently started), or null. */
export function currentDraft(items: AttemptItems): AttemptEntry | null {
  let found: AttemptEntry | null = null;
  for (const [id, attempt] of Object.entries(items)) {
    if (!attempt || attempt.completedAt !== undefined) continue;
    if (!found || attempt.startedAt > found.attempt.startedAt) found = { id, attempt };
  }
  return found;
}

/** Scores of an attempt: rescored from its answers; a habit its answers cannot score keeps the score saved with it. */
export function attemptScores(statements: AssessmentData['statements'], attempt: Attempt): Scores {
  const scores = scoreAnswers(statements, attempt.answers);
  for (const d of DIMENSION_IDS) {
    const saved = attempt.scores?.[d];
    if (scores[d] === null && typeof saved === 'number') scores[d] = saved;
  }
  return scores;
}

/** Whether it is time to take the assessment again on `today`, and a sentence saying so. */
export function retakeNudge(
  lastCompletedAt: number,
  today: IsoDate,
  wording: DateWording = {},
): { due: boolean; text: string } {
  const taken = localDate(lastCompletedAt, wording.timeZone);
  const days = Math.max(0, daysBetween(taken, today));
  if (days >= RETAKE_DAYS) {
    return {
      due: true,
      text: `It has been ${days} days since you last took the assessment. Take it again to see what has changed.`,
    };
  }
  return {
    due: false,
    text: `Take it again from ${formatDate(addDays(taken, RETAKE_DAYS), 'day', { today, ...wording })}. A month gives new habits time to show.`,
  };
}

/** The self-assessment's line on My progress, on `today`. */
export function assessmentSummary(items: AttemptItems, today: IsoDate, wording: DateWording = {}): string {
  const done = completedAttempts(items);
  const draft = currentDraft(items);
  const latest = done.at(-1);
  const answered = draft ? Object.keys(draft.attempt.answers).length : 0;
  if (!latest) return draft ? `Unfinished: ${plural(answered, 'answer')} saved` : 'Not taken yet';
  const parts = [
    `Overall ${overallScore(latest.attempt.scores ?? {}) ?? '—'} of 100`,
    `${plural(done.length, 'attempt')}, last on ${formatDate(latest.attempt.completedAt ?? 0, 'day', { today, ...wording })}`,
  ];
  if (draft) parts.push('one unfinished');
  else if (retakeNudge(latest.attempt.completedAt ?? 0, today, wording).due) parts.push('time to take it again');
  return parts.join(' · ');
}

/** What the assessment page needs to know about the reader's attempts. */
export interface TakerView {
  /** Answers of the unfinished attempt (empty when there is none). */
  answers: Answers;
  /** Whether an unfinished attempt exists. */
  hasDraft: boolean;
  /** When the unfinished attempt was started, in words. */
  draftDate: string | null;
  progress: DraftProgress;
  /** The latest completed attempt's date and whether it is time to retake. */
  last: { date: string; nudge: { due: boolean; text: string } } | null;
}

/** The assessment page's view of the stored attempts, on `today`. */
export function takerView(
  order: readonly string[],
  items: AttemptItems,
  today: IsoDate,
  wording: DateWording = {},
): TakerView {
  const draft = currentDraft(items);
  const answers = draft?.attempt.answers ?? {};
  const last = completedAttempts(items).at(-1);
  const at = last?.attempt.completedAt ?? 0;
  return {
    answers,
    hasDraft: draft !== null,
    draftDate: draft ? formatDate(draft.attempt.startedAt, 'day', { today, ...wording }) : null,
    progress: draftProgress(order, answers),
    last: last ? { date: formatDate(at, 'day', { today, ...wording }), nudge: retakeNudge(at, today, wording) } : null,
  };
}
