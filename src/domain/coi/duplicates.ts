import type { CoiFields, Contact } from '../../schemas/contact';
import { sameValue } from '../merge';
import { DRAFT_FIELDS, type DraftField } from './import/draft';
import { TIER_ORDER } from './tiers';

/**
 * Merging two saved people who are one person (found by the duplicate rule in
 * `import/dedupe.ts`), field by field: where both hold a different value the reader picks
 * one; everything else is kept from whichever side has it.
 */

/** The fields the reader may have to choose between, in the order the merge tool shows them: what an import fills (notes are joined instead), and the list. */
export const MERGE_FIELDS = [...DRAFT_FIELDS.filter((f) => f !== 'notes'), 'tier'] as const;
/** A field the reader may choose. */
export type MergeField = Exclude<DraftField, 'notes'> | 'tier';

/** Which of the two records each field is taken from. */
export type MergePick = Record<MergeField, 'a' | 'b'>;

/** The fields where both records hold a value and the values differ: the reader's choices. */
export function mergeChoices(a: Contact, b: Contact): MergeField[] {
  return MERGE_FIELDS.filter((f) => a[f] !== undefined && b[f] !== undefined && !sameValue(a[f], b[f]));
}

/**
 * The choice offered first for each field: the value that is there, else the first
 * record's; for the list, the higher one (a merged person keeps the better place); for
 * the last contact, the later date.
 */
export function defaultPick(a: Contact, b: Contact): MergePick {
  const pick = {} as MergePick;
  for (const f of MERGE_FIELDS) pick[f] = a[f] === undefined && b[f] !== undefined ? 'b' : 'a';
  if (TIER_ORDER.indexOf(b.tier) < TIER_ORDER.indexOf(a.tier)) pick.tier = 'b';
  if ((b.lastContact ?? '') > (a.lastContact ?? '')) pick.lastContact = 'b';
  return pick;
}

/** Two texts as one: both when they differ, once when one holds the other. */
function joinText(x: string | undefined, y: string | undefined, max: number): string | undefined {
  if (!x || !y || x.includes(y)) return x || y;
  if (y.includes(x)) return y;
  return `${x}\n\n${y}`.slice(0, max);
}

/** Worksheet fields of one person from two: the kept side's scores and plans, every lunch of both. */
function joinCoi(keep: CoiFields | undefined, other: CoiFields | undefined): CoiFields | undefined {
  if (!keep || !other) return keep ?? other;
  const lunches = [...new Set([...keep.lunches, ...other.lunches])].sort().slice(-500);
  return { ...other, ...keep, lunches };
}

/**
 * The one person two records become, under the id of `a`: each chosen field from the side
 * picked, tags and notes of both, every lunch of both, the worksheet's and the planner's
 * fields of the side whose list is kept, and the earlier date added.
 */
export function mergePeople(a: Contact, b: Contact, pick: MergePick, ids: { a: string; b: string }): Contact {
  const side = (s: 'a' | 'b') => (s === 'a' ? a : b);
  const keep = side(pick.tier);
  const other = pick.tier === 'a' ? b : a;
  const out: Contact = { ...other, ...keep };
  for (const f of MERGE_FIELDS) {
    const v = side(pick[f])[f] ?? (pick[f] === 'a' ? b : a)[f];
    if (v === undefined) delete out[f];
    else (out as Record<string, unknown>)[f] = v;
  }
  const tags = [...a.tags];
  for (const t of b.tags) if (!tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
  out.tags = tags.slice(0, 30);
  const notes = joinText(a.notes, b.notes, 5000);
  if (notes) out.notes = notes;
  const coi = joinCoi(keep.coi, other.coi);
  if (coi) out.coi = coi;
  if (keep.tierSince === undefined) delete out.tierSince;
  out.createdAt = Math.min(a.createdAt, b.createdAt);
  const notSame = [...new Set([...(a.notSameAs ?? []), ...(b.notSameAs ?? [])])].filter(
    (id) => id !== ids.a && id !== ids.b,
  );
  if (notSame.length) out.notSameAs = notSame.slice(0, 100);
  else delete out.notSameAs;
  return out;
}

/** Records that pointed at one person, as they were and as they are once they point at the other. */
export interface Repointed<T> {
  before: [string, T][];
  after: [string, T][];
}

/**
 * The records (planner entries, plans, introductions) whose `keys` point at person `from`,
 * pointed at `to` instead, so that merging two people keeps everything logged for either.
 * A record that links the two people to each other is left as it is.
 */
export function repointed<T extends object>(
  items: Readonly<Record<string, T | undefined>>,
  keys: readonly (keyof T)[],
  from: string,
  to: string,
): Repointed<T> {
  const out: Repointed<T> = { before: [], after: [] };
  for (const id in items) {
    const r = items[id];
    if (!r || !keys.some((k) => r[k] === from) || keys.some((k) => r[k] === to)) continue;
    const next = { ...r };
    for (const k of keys) if (next[k] === from) (next as Record<keyof T, unknown>)[k] = to;
    out.before.push([id, r]);
    out.after.push([id, next]);
  }
  return out;
}
