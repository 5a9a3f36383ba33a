import { contacts } from './contacts';
import { plannerRecords } from './planner-records';

/**
 * Who this browser's planner records name, for a page that asks only now and then (undoing
 * an import): loaded with `import()` on its own, so that the page loads the planner's
 * collections only when it asks.
 */

/** Those of `ids` whom any of the planner's ledger entries, plans or introductions names. */
export async function namedByPlanner(ids: readonly string[]): Promise<Set<string>> {
  const { createPeopleDelete } = await import('./people-delete');
  return createPeopleDelete(contacts, plannerRecords).named(ids);
}
