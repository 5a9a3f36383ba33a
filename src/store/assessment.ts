import { type AssessmentData, scoreAnswers } from '../domain/assessment';
import { currentDraft } from '../domain/assessment-history';
import type { PlannedAction } from '../schemas/assessment-records';
import type { DimensionId } from '../schemas/constants';
import { collection } from './app';
import { newId } from './ids';
import { actionKind, attemptKind } from './kinds/assessment';

/**
 * The self-assessment's stored data: attempts (one of them possibly unfinished) and the
 * actions the reader chose for the next 30 days, with the actions that change them.
 * Every answer is saved at once, so closing the tab half-way loses nothing.
 */

/** Attempts by id. */
export const attempts = collection(attemptKind);
/** Chosen 30-day actions by `<habit id>:<action id>`. */
export const actions = collection(actionKind);

/** Saves an answer (1–5) to the unfinished attempt, starting one if there is none. False if the save was refused. */
export function answer(statementId: string, value: number, now = Date.now()): boolean {
  const draft = currentDraft(attempts.all());
  if (draft) {
    return attempts.set(draft.id, { ...draft.attempt, answers: { ...draft.attempt.answers, [statementId]: value } });
  }
  return attempts.set(newId(now), { startedAt: now, answers: { [statementId]: value } });
}

/** Throws away the unfinished attempt's answers. */
export function discardDraft(): void {
  const draft = currentDraft(attempts.all());
  if (draft) attempts.remove(draft.id);
}

/**
 * Completes the unfinished attempt: records the time and the scores as shown now.
 * Returns its id, or null if there is nothing to complete or the save was refused.
 */
export function completeDraft(data: Pick<AssessmentData, 'statements'>, now = Date.now()): string | null {
  const draft = currentDraft(attempts.all());
  if (!draft) return null;
  const scores: Record<string, number> = {};
  for (const [d, s] of Object.entries(scoreAnswers(data.statements, draft.attempt.answers))) {
    if (s !== null) scores[d] = s;
  }
  return attempts.set(draft.id, { ...draft.attempt, completedAt: now, scores }) ? draft.id : null;
}

/** The id a chosen action is saved under. */
export function actionId(dimension: DimensionId, action: string): string {
  return `${dimension}:${action}`;
}

/** Adds an action to the 30-day plan (once). False if the save was refused. */
export function addAction(dimension: DimensionId, action: { id: string; text: string }, now = Date.now()): boolean {
  const id = actionId(dimension, action.id);
  if (actions.get(id)) return true;
  const record: PlannedAction = { text: action.text, dimension, createdAt: now, source: 'assessment' };
  return actions.set(id, record);
}

/** Marks an action done, or open again. */
export function setActionDone(id: string, done: boolean, now = Date.now()): boolean {
  const current = actions.get(id);
  if (!current) return false;
  const { doneAt: _was, ...rest } = current;
  return actions.set(id, done ? { ...rest, doneAt: now } : rest);
}

/** Takes an action off the plan. */
export function removeAction(id: string): void {
  actions.remove(id);
}
