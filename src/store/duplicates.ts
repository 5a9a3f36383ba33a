import { computed } from 'nanostores';
import { type MergePick, mergePeople, type Repointed, repointed } from '../domain/coi/duplicates';
import { possibleDuplicates } from '../domain/coi/import/dedupe';
import { entriesOf } from '../domain/coi/list';
import { plural } from '../domain/dates';
import type { Contact } from '../schemas/contact';
import type { Intro, LedgerEntry, Plan } from '../schemas/planner';
import type { Collection } from './collection';
import { contacts } from './contacts';
import type { PlannerRecords } from './people-delete';
import { deleteLater, plannerRecords } from './planner-records';

/**
 * Possible duplicates among the people already saved, found by the one duplicate rule,
 * and the actions the merge tool offers: merge a pair into one person (with everything the
 * planner logged for either), or keep both as different people; each with undo.
 */

/** What the merge tool says after an action, and how to take it back. */
export interface PairResult {
  ok: boolean;
  message: string;
  /** Takes the action back; returns what to say. */
  undo?: () => { ok: boolean; message: string };
}

/** The merge tool's state and actions over a contacts collection and the planner's records. */
export function createDuplicates(people: Collection<Contact>, records: PlannerRecords) {
  const deletion = deleteLater(people, records);
  /** Pairs of saved people who look like one person, in the order they were saved. */
  const $pairs = computed(people.$items, (items) => possibleDuplicates(entriesOf(items)));

  const NOT_SAVED =
    'The browser refused to save the change, so nothing was changed; see the message at the top of the page for what to do.';
  const GONE =
    'One of the two is no longer saved (perhaps changed in another tab). The list has been brought up to date.';

  /**
   * Merges `b` into `a` with the reader's choice for each field; the planner's records for `b`
   * move to `a`. An introduction between the two would introduce the person to themselves:
   * it is deleted with `b`, by the rule every delete follows (`./people-delete.ts`).
   */
  async function merge(a: string, b: string, pick: MergePick): Promise<PairResult> {
    const d = await deletion();
    const x = people.get(a);
    const y = people.get(b);
    if (!x || !y) return { ok: false, message: GONE };
    const merged = mergePeople(x, y, pick, { a, b });
    const moved = {
      ledger: repointed(records.ledger.all(), ['contactId'], b, a),
      plans: repointed(records.plans.all(), ['contactId'], b, a),
      intros: repointed(records.intros.all(), ['a', 'b'], b, a),
    };
    if (!people.set(a, merged)) return { ok: false, message: NOT_SAVED };
    const refused = [
      ...records.ledger.setMany(moved.ledger.after),
      ...records.plans.setMany(moved.plans.after),
      ...records.intros.setMany(moved.intros.after),
    ];
    if (refused.length) {
      // Half a merge helps nobody: put back what was saved.
      putBack(moved);
      people.set(a, x);
      return { ok: false, message: NOT_SAVED };
    }
    const deleted = d.remove([b]);
    if (deleted.refused.length) {
      putBack(moved);
      people.set(a, x);
      return { ok: false, message: NOT_SAVED };
    }
    const logged = moved.ledger.after.length + moved.plans.after.length + moved.intros.after.length;
    const between = deleted.records.intros.length;
    return {
      ok: true,
      message: `${y.name} and ${x.name} are one person now: ${merged.name}.${logged ? ` The planner’s ${logged} ${logged === 1 ? 'record' : 'records'} for ${y.name} moved with them.` : ''}${between ? ` ${between === 1 ? 'Their introduction to each other was' : `Their ${plural(between, 'introduction')} to each other were`} deleted.` : ''}`,
      undo: () => {
        const ok = people.set(a, x) && !d.restore(deleted).refused.length && putBack(moved);
        return {
          ok,
          message: ok ? `${x.name} and ${y.name} are two people again, as before.` : NOT_SAVED,
        };
      },
    };
  }

  /** Puts the planner's records back as they were before a merge; false if the browser refused. */
  function putBack(moved: {
    ledger: Repointed<LedgerEntry>;
    plans: Repointed<Plan>;
    intros: Repointed<Intro>;
  }): boolean {
    const refused = [
      ...records.ledger.setMany(moved.ledger.before),
      ...records.plans.setMany(moved.plans.before),
      ...records.intros.setMany(moved.intros.before),
    ];
    return refused.length === 0;
  }

  /** Marks two look-alikes as different people, so they are no longer offered as duplicates. */
  function keepBoth(a: string, b: string): PairResult {
    const x = people.get(a);
    const y = people.get(b);
    if (!x || !y) return { ok: false, message: GONE };
    const notSameAs = [...(y.notSameAs ?? []).filter((id) => people.get(id)), a].slice(-100);
    if (!people.set(b, { ...y, notSameAs })) return { ok: false, message: NOT_SAVED };
    return {
      ok: true,
      message: `${x.name} and ${y.name} stay two people, and will not be offered as duplicates again.`,
      undo: () => {
        const now = people.get(b);
        const { notSameAs: _marked, ...rest } = now ?? y;
        const ok = !!now && people.set(b, y.notSameAs ? { ...rest, notSameAs: y.notSameAs } : rest);
        return { ok, message: ok ? `${x.name} and ${y.name} are listed as possible duplicates again.` : NOT_SAVED };
      },
    };
  }

  return { $pairs, merge, keepBoth };
}

/**
 * The merge tool over this browser's people and planner records (the collections every
 * tool shares, without the planner's store, whose code this page does not need).
 */
export const duplicates = createDuplicates(contacts, plannerRecords);
