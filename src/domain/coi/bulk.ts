import type { Contact, Tier } from '../../schemas/contact';
import { sameValue } from '../merge';
import {
  countRecords,
  describeRecords,
  type LinkedRecords,
  type PeopleBack,
  peopleToRestore,
  placeBack,
  type RecordCounts,
  recordsNotRestored,
} from '../person-records';
import { parseTags } from './list';
import { TIER_LIMITS, TIER_WORDS, withTier } from './tiers';

/**
 * Actions on many people at once (sorting a long import): move to a list, add or remove a
 * tag, or delete. Each is planned here as one batch of writes and deletions, with the
 * records as they were, so that the store saves it in one step and undo can put every
 * list back exactly as it was.
 */

/** What to do with the selected people. */
export type BulkAction =
  | { kind: 'move'; to: Tier }
  | { kind: 'tag'; tags: string }
  | { kind: 'untag'; tags: string }
  | { kind: 'delete' };

/** One batch of changes, and what undo needs. */
export interface BulkPlan {
  /** What was asked. */
  action: BulkAction;
  /** Records to save, by id. */
  writes: [string, Contact][];
  /** Ids to delete. */
  removes: string[];
  /** Every record the batch changes or deletes, as it was before. */
  before: [string, Contact][];
  /** Selected people the action leaves as they are (already on that list, already tagged, gone). */
  unchanged: number;
  /** Selected people left where they are because their new list is full (only with `partial`). */
  notMoved: string[];
  /** For a delete: the planner's records deleted with the people, as they were (the store fills it in as it deletes). */
  records?: LinkedRecords;
}

/** A planned batch, or a sentence saying why nothing will change. */
export type BulkResult =
  | { ok: true; plan: BulkPlan }
  | {
      ok: false;
      message: string;
      /** For a move over a list's limit: how many of the selected people fit. */
      fits?: number;
    };

/** "1 person", "20 people". */
export function people(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

/** Whether a person has a tag, whatever its case. */
const hasTag = (c: Contact, tag: string) => c.tags.some((t) => t.toLowerCase() === tag.toLowerCase());

/** Where people already are, for "already …": on a list, in triage, among the others. */
const ON_LIST: Record<Tier, string> = {
  core: `on ${TIER_WORDS.core.to}`,
  potential: `on ${TIER_WORDS.potential.to}`,
  triage: 'in triage',
  other: `among ${TIER_WORDS.other.to}`,
};

/** The sentence for a move that would take a list over its limit. */
function overLimit(to: Tier, placed: number, wanted: number): string {
  const limit = TIER_LIMITS[to] ?? 0;
  const fits = Math.max(0, limit - placed);
  const list = TIER_WORDS[to].to;
  const room =
    fits === 0 ? `it is full (${placed} of ${limit})` : `it holds ${placed} of ${limit}, so ${fits} more fit`;
  const next = fits ? `Choose “Move the first ${fits}” to move them and keep the rest selected, or move` : 'Move';
  return `Nobody was moved: you chose ${people(wanted)} for ${list}, and ${room}. ${next} people out of ${list} first.`;
}

/**
 * Plans an action over the selected ids (in the order shown), given every person and, for
 * a move, how many people stand in the target list now (`placed`, as storage holds it). A
 * move that would take core or potential over its limit is refused with how many fit;
 * with `partial` the first that fit move and the rest are reported, never dropped.
 */
export function planBulk(
  all: Readonly<Record<string, Contact | undefined>>,
  ids: readonly string[],
  action: BulkAction,
  opts: { now: number; placed?: number; partial?: boolean },
): BulkResult {
  const selected = [...new Set(ids)].flatMap((id) => {
    const c = all[id];
    return c ? [[id, c] as [string, Contact]] : [];
  });
  if (selected.length === 0) return { ok: false, message: 'Select one or more people first.' };
  const writes: [string, Contact][] = [];
  const removes: string[] = [];
  const before: [string, Contact][] = [];
  const notMoved: string[] = [];
  const change = (id: string, was: Contact, next: Contact) => {
    before.push([id, was]);
    writes.push([id, next]);
  };
  if (action.kind === 'delete') {
    for (const [id, c] of selected) {
      before.push([id, c]);
      removes.push(id);
    }
  } else if (action.kind === 'move') {
    const movers = selected.filter(([, c]) => c.tier !== action.to);
    const limit = TIER_LIMITS[action.to];
    const placed = opts.placed ?? 0;
    const fits = limit === undefined ? movers.length : Math.max(0, limit - placed);
    if (movers.length > fits && !(opts.partial && fits > 0))
      return { ok: false, message: overLimit(action.to, placed, movers.length), fits };
    movers.forEach(([id, c], i) => {
      if (i < fits) change(id, c, withTier(c, action.to, opts.now));
      else notMoved.push(id);
    });
  } else {
    const tags = parseTags(action.tags);
    if (tags.length === 0) return { ok: false, message: 'Type a tag first (for example “golf” or “lawyers”).' };
    for (const [id, c] of selected) {
      const next =
        action.kind === 'tag'
          ? [...c.tags, ...tags.filter((t) => !hasTag(c, t))].slice(0, 30)
          : c.tags.filter((t) => !tags.some((x) => x.toLowerCase() === t.toLowerCase()));
      if (next.length !== c.tags.length) change(id, c, { ...c, tags: next });
    }
  }
  const unchanged = selected.length - before.length - notMoved.length;
  return { ok: true, plan: { action, writes, removes, before, unchanged, notMoved } };
}

/** A sentence saying what a batch did (`counts`: the lists after it; `refused`: saves the browser refused). */
export function describeBulk(plan: BulkPlan, counts?: Record<Tier, number>, refused = 0): string {
  if (!refused) return describeDone(plan, counts);
  const why = 'the browser refused to save the change. See the message at the top of the page for what to do.';
  if (plan.before.length === 0) return `Nobody was changed: ${why}`;
  return `${describeDone(plan, counts)} ${people(refused)} stayed as before: ${why}`;
}

/** ", with 12 ledger entries and 1 plan from the planner" for records deleted with people; '' for none. */
function withRecords(records: LinkedRecords | undefined): string {
  const words = records ? describeRecords(countRecords(records)) : '';
  return words ? `, with ${words} from the planner` : '';
}

/** What a batch did, in a sentence. */
function describeDone(plan: BulkPlan, counts?: Record<Tier, number>): string {
  const { action } = plan;
  const n = plan.before.length;
  const all = plan.unchanged === 1 ? 'The one selected' : `All ${plan.unchanged} selected`;
  if (n === 0 && plan.notMoved.length === 0) {
    if (action.kind === 'move') return `${all} ${plan.unchanged === 1 ? 'is' : 'are'} already ${ON_LIST[action.to]}.`;
    if (action.kind === 'tag') return `${all} already ${plan.unchanged === 1 ? 'has' : 'have'} that tag.`;
    if (action.kind === 'untag') return `None of the selected ${plan.unchanged === 1 ? 'has' : 'have'} that tag.`;
  }
  const also = (many: number, what: string) => (many ? ` ${people(many)} ${what}.` : '');
  if (action.kind === 'delete') return `${people(n)} removed from the worksheet${withRecords(plan.records)}.`;
  if (action.kind === 'move') {
    const list = TIER_WORDS[action.to].to;
    const limit = TIER_LIMITS[action.to];
    const count = counts ? ` (${counts[action.to]}${limit ? ` of ${limit}` : ''})` : '';
    return `${people(n)} moved to ${list}${count}.${also(plan.unchanged, plan.unchanged === 1 ? 'was already there' : 'were already there')}${plan.notMoved.length ? ` ${people(plan.notMoved.length)} did not fit and ${plan.notMoved.length === 1 ? 'stays' : 'stay'} selected, where ${plan.notMoved.length === 1 ? 'it was' : 'they were'}.` : ''}`;
  }
  const tags = parseTags(action.tags)
    .map((t) => `“${t}”`)
    .join(', ');
  const word = parseTags(action.tags).length === 1 ? 'Tag' : 'Tags';
  return action.kind === 'tag'
    ? `${word} ${tags} added to ${people(n)}.${also(plan.unchanged, 'had it already')}`
    : `${word} ${tags} taken off ${people(n)}.${also(plan.unchanged, 'did not have it')}`;
}

/**
 * What undoing a batch does now: the records to put back (people deleted come back), how
 * many were left as changed since, and who went one list lower because their old list filled up.
 */
export type BulkUndo = PeopleBack;

/**
 * A sentence saying what an undo did (`refused`: saves the browser refused; `records`: the
 * planner's records put back with people a delete took, and how many of those it refused).
 */
export function describeUndo(undo: BulkUndo, refused = 0, records?: { back: RecordCounts; refused: number }): string {
  const back = undo.writes.length - refused;
  const also = records ? describeRecords(records.back) : '';
  const parts = [`${people(back)} ${back === 1 ? 'is' : 'are'} back as before${also ? `, with ${also}` : ''}.`];
  if (undo.kept)
    parts.push(`${people(undo.kept)} changed since and ${undo.kept === 1 ? 'was' : 'were'} left as changed.`);
  if (undo.lowered.length)
    parts.push(`${people(undo.lowered.length)} went one list lower, because their old list filled up meanwhile.`);
  if (refused)
    parts.push(
      `${people(refused)} could not be put back: the browser refused to save. See the message at the top of the page for what to do.`,
    );
  if (records?.refused) parts.push(recordsNotRestored(records.refused));
  return parts.join(' ');
}

/**
 * Plans the undo of a batch over the records as they are now: each person the batch wrote
 * gets their old record back, each person it deleted comes back, unless they changed since.
 * Someone whose old list has filled up meanwhile comes back one list lower (`restoreTier`); straight after the batch, every list comes back exactly.
 */
export function planBulkUndo(plan: BulkPlan, now: Readonly<Record<string, Contact | undefined>>): BulkUndo {
  if (plan.action.kind === 'delete') return peopleToRestore(plan.before, now);
  const wrote = new Map(plan.writes);
  const back = plan.before.filter(([id]) => sameValue(now[id], wrote.get(id)));
  return { ...placeBack(back, now), kept: plan.before.length - back.length };
}
