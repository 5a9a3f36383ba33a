import type { CoiFields, Contact, Tier } from '../../schemas/contact';

/**
 * The three lists of module 3 and the triage inbox of module 4: where a person stands, how
 * they move up and down, and the limits that keep the lists worth having.
 */

/** Most people the core list holds. */
export const CORE_MAX = 12;
/** Most people the potential list holds (the course's "about 100", held as a limit of 100). */
export const POTENTIAL_MAX = 100;

/** Tiers with a limit, and the limit. */
export const TIER_LIMITS: Partial<Record<Tier, number>> = { core: CORE_MAX, potential: POTENTIAL_MAX };

/** Tiers in the order the worksheet shows them. */
export const TIER_ORDER: readonly Tier[] = ['core', 'potential', 'triage', 'other'];

/**
 * The words for each tier, the same in every tool: its list ("Core COIs"), the kind of
 * relationship a person on it is ("Core COI", as the planner asks), a person on it in
 * a sentence ("Ada is already a core COI") and where a move or an addition takes them ("Ada
 * moved to your core list"). New and imported people wait in triage, the
 * course's word (module 4) for contacts not yet sorted.
 */
export const TIER_WORDS: Record<Tier, { list: string; kind: string; one: string; to: string }> = {
  core: { list: 'Core COIs', kind: 'Core COI', one: 'a core COI', to: 'your core list' },
  potential: { list: 'Potential COIs', kind: 'Potential COI', one: 'a potential COI', to: 'your potential list' },
  triage: { list: 'Triage', kind: 'Triage', one: 'in triage', to: 'triage' },
  other: {
    list: 'Other relationships',
    kind: 'Other relationship',
    one: 'one of your other relationships',
    to: 'your other relationships',
  },
};

/** The tier a person is promoted to, or null at the top. */
export function promoteTarget(tier: Tier): Tier | null {
  return tier === 'core' ? null : tier === 'potential' ? 'core' : 'potential';
}

/** The tier a person is moved back to, or null at the bottom. */
export function demoteTarget(tier: Tier): Tier | null {
  return tier === 'core' ? 'potential' : tier === 'potential' ? 'triage' : tier === 'other' ? 'triage' : null;
}

/** How many people stand in each tier. */
export function tierCounts(people: Iterable<Contact | undefined>): Record<Tier, number> {
  const counts: Record<Tier, number> = { core: 0, potential: 0, triage: 0, other: 0 };
  for (const c of people) if (c) counts[c.tier]++;
  return counts;
}

/** Whether a move is allowed, and if not, a sentence saying why and what to do. */
export type MoveCheck =
  | { ok: true }
  | { ok: false; reason: 'core-full' | 'potential-full' | 'same-tier'; message: string };

/** The sentence shown when the core list is full. */
export function coreFullMessage(name: string): string {
  return `Your core list already holds ${CORE_MAX} people, the most it can. Move one of them back to potential first, then bring ${name} in. Twelve is about as many people as you can take to lunch regularly and really keep up with.`;
}

/** The sentence shown when the potential list is full: why a longer list is worth less. */
export function potentialFullMessage(name: string): string {
  return `Your potential list already holds ${POTENTIAL_MAX} people, so ${name} was not added. A longer list is worth less, not more: past about a hundred names you can no longer score, meet and give to each one, and the list slides back into an address book. Move someone who no longer fits back to triage first.`;
}

/** What the worksheet says under its counts once a list has reached its limit, or null while it has room. */
export function fullListNote(tier: Tier, count: number): string | null {
  const limit = TIER_LIMITS[tier];
  if (limit === undefined || count < limit) return null;
  return tier === 'core'
    ? `Your core list is full: it holds up to ${CORE_MAX} people. To bring someone else in, move one of them back to potential first.`
    : `Your potential list is full: it holds up to ${POTENTIAL_MAX} people. To add anyone else to it, move someone who no longer fits back to triage first.`;
}

/**
 * Checks moving a person from `from` to `to` when `inTarget` people (not counting them)
 * already stand in `to`.
 */
export function checkMove(from: Tier, to: Tier, inTarget: number, name: string): MoveCheck {
  if (from === to) return { ok: false, reason: 'same-tier', message: `${name} is already ${TIER_WORDS[to].one}.` };
  if (to === 'core' && inTarget >= CORE_MAX) return { ok: false, reason: 'core-full', message: coreFullMessage(name) };
  if (to === 'potential' && inTarget >= POTENTIAL_MAX)
    return { ok: false, reason: 'potential-full', message: potentialFullMessage(name) };
  return { ok: true };
}

/**
 * The list a person comes back to on undo: their old one, or one lower for each list that
 * is full now (`inTier` counts who stands in a list, not counting them).
 */
export function restoreTier(tier: Tier, inTier: (t: Tier) => number): Tier {
  let t: Tier | null = tier;
  while (t && !checkMove(t === 'triage' ? 'other' : 'triage', t, inTier(t), '').ok) t = demoteTarget(t);
  return t ?? 'triage';
}

/** Empty worksheet fields for a person who has none yet. */
export function emptyCoi(): CoiFields {
  return { reach: 0, likes: 0, willing: 0, lunches: [] };
}

/**
 * The person in a new tier, with worksheet fields added when they join the COI lists and
 * the time they joined it (which decides who keeps a place when two tabs fill the last one).
 */
export function withTier(c: Contact, to: Tier, at: number): Contact {
  if (c.tier === to) return c;
  const needsCoi = (to === 'core' || to === 'potential') && !c.coi;
  return { ...c, tier: to, tierSince: at, ...(needsCoi ? { coi: emptyCoi() } : {}) };
}

/** One move that brings a list back within its limit. */
export interface LimitMove {
  id: string;
  from: Tier;
  to: Tier;
}

/**
 * The moves that bring core and potential back within their limits. People earlier in
 * `ordered` keep their places; the rest go one list down (core to potential, potential to
 * triage), and people moved out of a full core list to a full potential list go to triage.
 */
export function overLimitMoves(ordered: readonly (readonly [string, Contact])[]): LimitMove[] {
  const moves: LimitMove[] = [];
  let core = 0;
  const toPotential: string[] = [];
  for (const [id, c] of ordered) {
    if (c.tier !== 'core') continue;
    if (++core > CORE_MAX) toPotential.push(id);
  }
  let potential = 0;
  for (const [id, c] of ordered) {
    if (c.tier !== 'potential') continue;
    if (++potential > POTENTIAL_MAX) moves.push({ id, from: 'potential', to: 'triage' });
  }
  for (const id of toPotential) {
    moves.push({ id, from: 'core', to: ++potential > POTENTIAL_MAX ? 'triage' : 'potential' });
  }
  return moves;
}

/** People in the order that decides who keeps a place: earliest into their list first, then by id. */
export function byTierSince<T extends readonly [string, Contact]>(people: readonly T[]): T[] {
  return [...people].sort(([a, x], [b, y]) => (x.tierSince ?? 0) - (y.tierSince ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Sentences about lists that hold more than their limit (after a backup import or two tabs at once). */
export function overLimitMessages(counts: Record<Tier, number>): string[] {
  const out: string[] = [];
  if (counts.core > CORE_MAX)
    out.push(
      `Your core list holds ${counts.core} people, more than ${CORE_MAX}. Nothing was removed; move ${counts.core - CORE_MAX} back to potential when you can.`,
    );
  if (counts.potential > POTENTIAL_MAX)
    out.push(
      `Your potential list holds ${counts.potential} people, more than ${POTENTIAL_MAX}. Nothing was removed; move ${counts.potential - POTENTIAL_MAX} back to triage when you can.`,
    );
  return out;
}
