import type { Contact } from '../schemas/contact';
import { collection } from './app';
import type { Collection } from './collection';
import { introKind } from './kinds/planner';
import { ledger, plans } from './ledger';
import type { PeopleDelete, PlannerRecords } from './people-delete';

/**
 * The planner's records that name people, over this browser's data: the ledger and plans
 * that every page asking when someone is due shares (`./ledger.ts`), and the introductions.
 * The pages that delete, merge or plan people load this module (My progress does without the
 * introductions), and with it the way they load the code that deletes people.
 */
export const plannerRecords: PlannerRecords = { ledger, plans, intros: collection(introKind) };

/**
 * Deleting people with their planner records over these collections (`./people-delete.ts`),
 * its code loaded when first asked for: most visits never delete anyone. A load that failed
 * (offline before it was kept) is tried again the next time.
 */
export function deleteLater(people: Collection<Contact>, records: PlannerRecords): () => Promise<PeopleDelete> {
  let loading: Promise<PeopleDelete> | undefined;
  return () => {
    loading ??= import('./people-delete').then(
      (m) => m.createPeopleDelete(people, records),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
}
