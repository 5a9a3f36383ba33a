import type { Contact, Tier } from '../schemas/contact';
import type { Intro, LedgerEntry, Plan } from '../schemas/planner';
import { restoreTier, TIER_WORDS, withTier } from './coi/tiers';
import { plural } from './dates';

/**
 * The one rule for deleting people, whichever tool it is done from: the planner's records
 * that name them (ledger entries, plans, introductions where they are either side) go with
 * them, and undo puts back exactly what went. Pure planning here; `src/store/people-delete.ts`
 * carries it out.
 */

/** The planner's records that name people, by id, as the collections hold them. */
export interface PlannerItems {
  ledger: Readonly<Record<string, LedgerEntry | undefined>>;
  plans: Readonly<Record<string, Plan | undefined>>;
  intros: Readonly<Record<string, Intro | undefined>>;
}

/** Some of the planner's records, as `[id, record]` pairs. */
export interface LinkedRecords {
  /** Ledger entries (gives, asks, touches). */
  entries: [string, LedgerEntry][];
  /** Plans. */
  plans: [string, Plan][];
  /** Introductions (each once, even when both of its people are named). */
  intros: [string, Intro][];
}

/** How many of each kind of planner record. */
export interface RecordCounts {
  /** Ledger entries. */
  entries: number;
  /** Plans. */
  plans: number;
  /** Introductions. */
  intros: number;
}

/** People deleted and the planner's records deleted with them, as they were: what undo puts back. */
export interface DeletedPeople {
  /** The people, as they were. */
  people: [string, Contact][];
  /** Their ledger entries, plans and introductions, as they were. */
  records: LinkedRecords;
}

/** No records. */
export const NO_RECORDS: LinkedRecords = { entries: [], plans: [], intros: [] };

/** The people a record names: a ledger entry's or a plan's person, an introduction's two. */
const entryPeople = (e: LedgerEntry) => [e.contactId];
const planPeople = (p: Plan) => [p.contactId];
const introPeople = (i: Intro) => [i.a, i.b];

/** The records of one collection that name anyone in `ids`, in the collection's order. */
function naming<T>(
  items: Readonly<Record<string, T | undefined>>,
  names: (r: T) => string[],
  ids: ReadonlySet<string>,
): [string, T][] {
  const out: [string, T][] = [];
  for (const id in items) {
    const r = items[id];
    if (r !== undefined && names(r).some((p) => ids.has(p))) out.push([id, r]);
  }
  return out;
}

/**
 * Every ledger entry, plan and introduction that names any of `ids`: what deleting those
 * people deletes with them. One pass over each collection, however many people; an
 * introduction between two of them is listed once.
 */
export function linkedRecords(ids: ReadonlySet<string>, items: PlannerItems): LinkedRecords {
  if (ids.size === 0) return NO_RECORDS;
  return {
    entries: naming(items.ledger, entryPeople, ids),
    plans: naming(items.plans, planPeople, ids),
    intros: naming(items.intros, introPeople, ids),
  };
}

/** Everyone the records name (a ledger entry's or plan's person, both sides of an introduction). */
export function peopleNamed(r: LinkedRecords): Set<string> {
  const out = new Set<string>();
  for (const [, e] of r.entries) out.add(e.contactId);
  for (const [, p] of r.plans) out.add(p.contactId);
  for (const [, i] of r.intros) for (const id of introPeople(i)) out.add(id);
  return out;
}

/** How many records of each kind. */
export function countRecords(r: LinkedRecords): RecordCounts {
  return { entries: r.entries.length, plans: r.plans.length, intros: r.intros.length };
}

/** How many records in all. */
export function totalRecords(c: RecordCounts): number {
  return c.entries + c.plans + c.intros;
}

/** "12 ledger entries, 1 plan and 1 introduction" (the planner's words for them); '' for none. */
export function describeRecords(c: RecordCounts): string {
  const parts = [
    c.entries ? plural(c.entries, 'ledger entry', 'ledger entries') : '',
    c.plans ? plural(c.plans, 'plan') : '',
    c.intros ? plural(c.intros, 'introduction') : '',
  ].filter(Boolean);
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The sentence for planner records an undo could not put back because the browser refused to save them. */
export function recordsNotRestored(n: number): string {
  return `${plural(n, 'planner record')} could not be put back: the browser refused to save. See the message at the top of the page for what to do.`;
}

/**
 * The question to ask before deleting `who` (a name, or "20 people"), when the planner holds
 * records that would go with them (`where` names the planner when asked from another tool);
 * null when nothing else goes, and then nobody is asked.
 */
export function deleteQuestion(who: string, c: RecordCounts, where = ''): string | null {
  if (totalRecords(c) === 0) return null;
  return `Delete ${who} together with ${describeRecords(c)}${where}?`;
}

/** People put back by an undo, each in the list they come back to. */
export interface PlacedBack {
  /** The records to save, in the order given (a person who went lower carries their new list). */
  writes: [string, Contact][];
  /** Ids of those who went one list lower (or more), because their old list is full now. */
  lowered: string[];
}

/**
 * Places people coming back (an undo) in their lists as the lists stand `now` (anyone of
 * them still there is not counted): each in their old list, or lower where it has filled up
 * since (`restoreTier`), one after the other, so that together they never take a list over
 * its limit. Straight after the action undone, everyone comes back exactly.
 */
export function placeBack(
  back: readonly (readonly [string, Contact])[],
  now: Readonly<Record<string, Contact | undefined>>,
): PlacedBack {
  const coming = new Set(back.map(([id]) => id));
  const counts: Record<Tier, number> = { core: 0, potential: 0, triage: 0, other: 0 };
  for (const id in now) {
    const c = now[id];
    if (c && !coming.has(id)) counts[c.tier]++;
  }
  const writes: [string, Contact][] = [];
  const lowered: string[] = [];
  for (const [id, was] of back) {
    const to = restoreTier(was.tier, (t) => counts[t]);
    counts[to]++;
    if (to !== was.tier) lowered.push(id);
    writes.push([id, to === was.tier ? was : withTier(was, to, was.tierSince ?? 0)]);
  }
  return { writes, lowered };
}

/** What undoing a deletion writes now: the people to put back (each in the list they come back to), and who is left. */
export interface PeopleBack extends PlacedBack {
  /** People saved again since the deletion (another tab, an import): left as they are now. */
  kept: number;
}

/**
 * Plans putting deleted people back over the people `now`: each comes back unless saved
 * again since (then left as they are), in their old list or lower where it filled up
 * meanwhile (`placeBack`).
 */
export function peopleToRestore(
  deleted: readonly (readonly [string, Contact])[],
  now: Readonly<Record<string, Contact | undefined>>,
): PeopleBack {
  const back = deleted.filter(([id]) => now[id] === undefined);
  return { ...placeBack(back, now), kept: deleted.length - back.length };
}

/**
 * The planner's records to put back after their people came back: each one that is not
 * saved now (one saved again since is left as it is, and counted in `kept`) and whose
 * people are all there (`present`), so that undo never leaves a record naming nobody.
 */
export function recordsToRestore(
  deleted: LinkedRecords,
  now: PlannerItems,
  present: (id: string) => boolean,
): { writes: LinkedRecords; kept: number } {
  let kept = 0;
  const pick = <T>(list: [string, T][], items: Readonly<Record<string, T | undefined>>, names: (r: T) => string[]) =>
    list.filter(([id, r]) => {
      if (items[id] !== undefined) {
        kept++;
        return false;
      }
      return names(r).every(present);
    });
  return {
    writes: {
      entries: pick(deleted.entries, now.ledger, entryPeople),
      plans: pick(deleted.plans, now.plans, planPeople),
      intros: pick(deleted.intros, now.intros, introPeople),
    },
    kept,
  };
}

/**
 * What undoing the deletion of one person did, in a sentence (the worksheet's undo and the
 * planner's): back, with the records that came back with them, in which list.
 */
export function describeOneBack(name: string, back: PeopleBack, records: RecordCounts, recordsRefused = 0): string {
  const refused = recordsRefused ? ` ${recordsNotRestored(recordsRefused)}` : '';
  if (back.kept)
    return `${name} was saved again meanwhile (perhaps in another tab), so they were left as they are.${refused}`;
  const also = describeRecords(records);
  const now = back.writes[0]?.[1];
  const moved =
    back.lowered.length && now
      ? ` Their old list is full now, so they went to ${TIER_WORDS[now.tier].to} instead.`
      : '';
  return `${name} is back${also ? `, with ${also}` : ''}.${moved}${refused}`;
}
