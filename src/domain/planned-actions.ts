import type { PlannedAction } from '../schemas/assessment-records';
import { type DateWording, formatDate } from './dates';

/** One chosen action as lists show it. */
export interface PlannedActionLine {
  id: string;
  text: string;
  dimension: string;
  done: boolean;
  /** "added 4 March 2026", plus "done 9 March 2026" once done. */
  when: string;
}

/** Chosen 30-day actions, open ones first, each group oldest first. */
export function plannedActionList(
  items: Readonly<Record<string, PlannedAction | undefined>>,
  wording: DateWording = {},
): PlannedActionLine[] {
  return Object.entries(items)
    .flatMap(([id, a]) => (a ? [{ id, a }] : []))
    .sort(
      (x, y) =>
        Number(x.a.doneAt !== undefined) - Number(y.a.doneAt !== undefined) ||
        x.a.createdAt - y.a.createdAt ||
        x.id.localeCompare(y.id),
    )
    .map(({ id, a }) => ({
      id,
      text: a.text,
      dimension: a.dimension,
      done: a.doneAt !== undefined,
      when:
        `added ${formatDate(a.createdAt, 'day', wording)}` +
        (a.doneAt === undefined ? '' : `, done ${formatDate(a.doneAt, 'day', wording)}`),
    }));
}
