import { computed } from 'nanostores';
import { dueByPerson, factsByPerson } from '../domain/touch';
import { contacts } from './contacts';
import { ledger, plans } from './ledger';
import { $today } from './today';

/**
 * When everyone was last in touch and when they are due, by the one rule every tool shares
 * (`src/domain/touch.ts`), over this browser's contacts, ledger and plans: the worksheet,
 * the planner and My progress read the same stores, so they always agree. What is due this
 * week (My progress) is `$dueThisWeek` in `./due-this-week.ts`.
 */

/** What the ledger and the plans say about each person (latest entry, open plans). */
export const $facts = computed([ledger.$items, plans.$items, $today], (entries, planned, today) =>
  factsByPerson(entries, planned, today),
);

/** Everyone's due status today, by id. */
export const $due = computed([contacts.$items, $facts, $today], (people, facts, today) =>
  dueByPerson(people, facts, today),
);

/** Everything planned from today on as one calendar file (its code loads when it is asked for). */
export async function plansCalendarFile() {
  const { plansCalendarFile: file } = await import('../domain/plans-calendar');
  return file(contacts.all(), plans.all(), $today.get(), new Date());
}
