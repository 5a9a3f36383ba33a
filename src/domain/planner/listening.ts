import type { Contact } from '../../schemas/contact';
import { LISTEN_ROLES, type ListenRole, type ListenWeek } from '../../schemas/planner';
import { previousWeekId } from './weeks';

/**
 * The weekly listening routine (module 6): a short list of people to listen to, reply to
 * and give back to. Each ISO week keeps its own ticks. A week is kept when every item on
 * that week's list was ticked; the streak counts kept weeks in a row up to this one (the
 * current week does not break a streak until it is over).
 */

/** What each role is called, as a heading and as a verb. */
export const ROLE_LABELS: Record<ListenRole, { heading: string; hint: string }> = {
  listen: { heading: 'Listen to', hint: 'Read what they have posted or said this week.' },
  reply: { heading: 'Reply to', hint: 'Answer one thing they said, using their name and a real question.' },
  reciprocate: {
    heading: 'Give back to',
    hint: 'Return the attention of someone who shared, answered or thanked you.',
  },
};

/** Roles whose tick also logs a give (a reply or a give-back is a deposit; listening alone is not). */
export const GIVING_ROLES: readonly ListenRole[] = ['reply', 'reciprocate'];

/** One item of the routine. */
export interface RoutineItem {
  /** `<role>:<contactId>`, the key used in a week's ticks. */
  key: string;
  role: ListenRole;
  contactId: string;
}

/** The routine's items from the people's `planner.listen` roles, by role then name. */
export function routineItems(people: Iterable<[string, Contact]>): RoutineItem[] {
  const items: (RoutineItem & { name: string })[] = [];
  for (const [id, c] of people)
    for (const role of c.planner?.listen ?? []) items.push({ key: `${role}:${id}`, role, contactId: id, name: c.name });
  return items
    .sort(
      (x, y) =>
        LISTEN_ROLES.indexOf(x.role) - LISTEN_ROLES.indexOf(y.role) ||
        x.name.localeCompare(y.name) ||
        (x.contactId < y.contactId ? -1 : 1),
    )
    .map(({ key, role, contactId }) => ({ key, role, contactId }));
}

/** How far one week got: ticked items on its list, out of how many. */
export function weekProgress(list: readonly string[], week: ListenWeek | undefined): { done: number; total: number } {
  const ticks = week?.ticks ?? {};
  return { done: list.filter((k) => k in ticks).length, total: list.length };
}

/** Whether a week was kept: it had a list and every item on it was ticked. */
export function weekKept(week: ListenWeek | undefined, list: readonly string[] = week?.list ?? []): boolean {
  const p = weekProgress(list, week);
  return p.total > 0 && p.done === p.total;
}

/**
 * Weeks kept in a row, ending with this week when it is kept already, or else with last
 * week. `currentList` is this week's live list (past weeks use the list they stored).
 */
export function listeningStreak(
  weeks: Readonly<Record<string, ListenWeek | undefined>>,
  thisWeek: string,
  currentList: readonly string[],
): number {
  let n = 0;
  let id = thisWeek;
  if (weekKept(weeks[id], currentList)) n++;
  for (let guard = 0; guard < 1000; guard++) {
    id = previousWeekId(id);
    if (!weekKept(weeks[id])) break;
    n++;
  }
  return n;
}

/** The week after a tick or untick: the live list is stored, so past weeks keep the list they had. */
export function tickWeek(
  week: ListenWeek | undefined,
  list: readonly string[],
  key: string,
  on: boolean,
  entryId = '',
): ListenWeek {
  const ticks = { ...(week?.ticks ?? {}) };
  if (on) ticks[key] = entryId;
  else delete ticks[key];
  return { list: [...list], ticks };
}
