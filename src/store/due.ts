import { computed } from 'nanostores';
import { dueThisWeek } from '../domain/due-this-week';
import { dueByPerson, factsByPerson } from '../domain/touch';
import { contacts } from './contacts';
import { planner } from './planner';
import { $today } from './today';

/**
 * When everyone was last in touch and when they are due, by the one rule every tool shares
 * (`src/domain/touch.ts`), over this browser's contacts, ledger and plans: the worksheet,
 * the planner and My progress read the same stores, so they always agree.
 */

/** What the ledger and the plans say about each person (latest entry, open plans). */
export const $facts = computed([planner.ledger.$items, planner.plans.$items, $today], (ledger, plans, today) =>
  factsByPerson(ledger, plans, today),
);

/** Everyone's due status today, by id. */
export const $due = computed([contacts.$items, $facts, $today], (people, facts, today) =>
  dueByPerson(people, facts, today),
);

/** What is due this week across the tools (My progress). */
export const $dueThisWeek = computed(
  [contacts.$items, $due, planner.plans.$items, $today],
  (people, due, plans, today) => dueThisWeek(people, due, plans, today),
);

/** Everything planned from today on as one calendar file (its code loads when it is asked for). */
export async function plansCalendarFile() {
  const { plansCalendarFile: file } = await import('../domain/plans-calendar');
  return file(contacts.$items.get(), planner.plans.$items.get(), $today.get(), new Date());
}
