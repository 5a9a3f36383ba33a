import {
  countRecords,
  type DeletedPeople,
  deleteQuestion,
  describeOneBack,
  describeRecords,
  type LinkedRecords,
  linkedRecords,
  type PeopleBack,
  type PlannerItems,
  peopleNamed,
  peopleToRestore,
  type RecordCounts,
  recordsToRestore,
} from '../domain/person-records';
import type { Contact } from '../schemas/contact';
import type { Intro, LedgerEntry, Plan } from '../schemas/planner';
import type { Collection } from './collection';

/**
 * Deleting people, the one way every tool does it (the worksheet, its bulk delete, the
 * planner, the merge tool): the planner's ledger entries, plans and introductions that name
 * them are deleted in the same action, with one update of each collection however many
 * people go, and undo puts back exactly what went (the rule is `src/domain/person-records.ts`).
 * Most visits never delete anyone, so the tools load this module when first asked to
 * (`deleteLater` in `./planner-records.ts`).
 */

/** The planner's records that point at people. */
export interface PlannerRecords {
  ledger: Collection<LedgerEntry>;
  plans: Collection<Plan>;
  intros: Collection<Intro>;
}

/** What a deletion did: what went (for undo), and who stayed because the browser refused. */
export interface Deleted extends DeletedPeople {
  /** Ids of people the browser did not let go (a page that may not save), left with their records. */
  refused: string[];
}

/** What undoing a deletion did. */
export interface Restored extends PeopleBack {
  /** Ids of people the browser refused to save again (neither they nor their records came back). */
  refused: string[];
  /** The planner's records that came back. */
  records: RecordCounts;
  /** Planner records the browser refused to save again. */
  recordsRefused: number;
}

/** Deletes many records of one collection in one update; returns those now gone. */
function removeAll<T>(collection: Collection<T>, list: readonly [string, T][]): [string, T][] {
  if (list.length === 0) return [];
  collection.removeMany(list.map(([id]) => id));
  return list.filter(([id]) => collection.get(id) === undefined);
}

/** Saves many records of one collection in one update; drops what the browser refused and returns those ids. */
function saveAll<T>(collection: Collection<T>, list: [string, T][]): Set<string> {
  if (list.length === 0) return new Set();
  const refused = collection.setMany(list);
  if (refused.length) collection.discardMany(refused);
  return new Set(refused);
}

/** Deleting people with the planner's records over a contacts collection and the planner's (the page's own, or a test's). */
export function createPeopleDelete(people: Collection<Contact>, records: PlannerRecords) {
  const items = (): PlannerItems => ({
    ledger: records.ledger.all(),
    plans: records.plans.all(),
    intros: records.intros.all(),
  });

  /** The planner's records that deleting these people would delete with them. */
  function linked(ids: Iterable<string>): LinkedRecords {
    return linkedRecords(new Set(ids), items());
  }

  /** How many of the planner's records deleting these people would delete with them (to say so, or ask first). */
  function dependents(ids: Iterable<string>): RecordCounts {
    return countRecords(linked(ids));
  }

  /** Those of `ids` whom any of the planner's records names. */
  function named(ids: Iterable<string>): Set<string> {
    const chosen = new Set(ids);
    return new Set([...peopleNamed(linked(chosen))].filter((id) => chosen.has(id)));
  }

  /**
   * The question to ask before deleting these people ("Delete Ana Lima together with 2
   * ledger entries and 1 plan?", `where` added after the records), when the planner holds
   * records that would go with them; null when nothing else goes (then nobody is asked).
   */
  function question(ids: readonly string[], where = ''): string | null {
    const present = ids.filter((id) => people.get(id));
    const one = present.length === 1 ? people.get(present[0] as string) : undefined;
    return deleteQuestion(one ? one.name : `${present.length} people`, dependents(present), where);
  }

  /** What went with people besides them, in words ("2 ledger entries and 1 plan"; '' for nothing). */
  function describe(records: LinkedRecords): string {
    return describeRecords(countRecords(records));
  }

  /**
   * Deletes people with every ledger entry, plan and introduction that names them: one
   * update of each collection (the records first, so that no view shows a record whose
   * person has gone). Returns what went, as it was, for `restore`.
   */
  function remove(ids: Iterable<string>): Deleted {
    const chosen = new Map<string, Contact>();
    for (const id of ids) {
      const c = people.get(id);
      if (c) chosen.set(id, c);
    }
    const found = linked(chosen.keys());
    const gone: LinkedRecords = {
      entries: removeAll(records.ledger, found.entries),
      plans: removeAll(records.plans, found.plans),
      intros: removeAll(records.intros, found.intros),
    };
    const left = removeAll(people, [...chosen]);
    const removed = new Set(left.map(([id]) => id));
    return { people: left, records: gone, refused: [...chosen.keys()].filter((id) => !removed.has(id)) };
  }

  /**
   * Undoes `remove`: each person comes back unless saved again since, in their old list or
   * lower where it filled up meanwhile (the lists' limits hold); then each of their records
   * that is not saved again since and whose people are all there. One update of each
   * collection; what the browser refuses to save is dropped and counted.
   */
  function restore(deleted: DeletedPeople): Restored {
    const back = peopleToRestore(deleted.people, people.all());
    const refused = saveAll(people, back.writes);
    const plan = recordsToRestore(deleted.records, items(), (id) => people.get(id) !== undefined);
    const { entries, plans, intros } = plan.writes;
    const refusedRecords = [
      saveAll(records.ledger, entries),
      saveAll(records.plans, plans),
      saveAll(records.intros, intros),
    ];
    const [e, p, i] = refusedRecords.map((r) => r.size) as [number, number, number];
    return {
      ...back,
      lowered: back.lowered.filter((id) => !refused.has(id)),
      refused: [...refused],
      records: { entries: entries.length - e, plans: plans.length - p, intros: intros.length - i },
      recordsRefused: e + p + i,
    };
  }

  /** Undoes the deletion of one person (`restore`), with a sentence saying what happened. */
  function restoreOne(deleted: DeletedPeople): { ok: boolean; message: string } {
    const [, c] = deleted.people[0] ?? [];
    if (!c) return { ok: false, message: 'There was nobody to put back.' };
    const r = restore(deleted);
    if (r.refused.length)
      return {
        ok: false,
        message: `${c.name} could not be put back: the browser refused to save. See the message at the top of the page for what to do.`,
      };
    return { ok: !r.recordsRefused, message: describeOneBack(c.name, r, r.records, r.recordsRefused) };
  }

  return { linked, dependents, named, question, describe, remove, restore, restoreOne };
}

/** Deleting people with their planner records: the type of `createPeopleDelete`'s result. */
export type PeopleDelete = ReturnType<typeof createPeopleDelete>;
