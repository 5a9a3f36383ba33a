import type { CoiFields, Contact } from '../../schemas/contact';
import { CORE_MAX } from './tiers';

/**
 * The three tests of module 3, scored 0–3 each, and the suggestions that follow from them.
 */

/** A criterion's key in `contact.coi`. */
export type CriterionKey = 'reach' | 'likes' | 'willing';

/** The three criteria, in the lesson's words. */
export const CRITERIA: readonly { key: CriterionKey; label: string; short: string }[] = [
  { key: 'reach', label: 'Sees or knows many people in your target market', short: 'Sees or knows many' },
  { key: 'likes', label: 'Likes you', short: 'Likes you' },
  { key: 'willing', label: 'Is willing to help you succeed', short: 'Willing to help' },
];

/** What each score means. */
export const SCORE_MEANINGS = ['not yet, or you cannot tell', 'a little', 'mostly', 'clearly'] as const;

/** Highest total score. */
export const MAX_SCORE = 9;

/** A criterion passes at this score or above. */
export const PASS_SCORE = 2;

/** Total of the three scores (0–9); 0 for someone not scored. */
export function coiScore(coi: CoiFields | undefined): number {
  return coi ? coi.reach + coi.likes + coi.willing : 0;
}

/** True when the person passes all three tests today (each scored 2 or more). */
export function passesAll(coi: CoiFields | undefined): boolean {
  return !!coi && coi.reach >= PASS_SCORE && coi.likes >= PASS_SCORE && coi.willing >= PASS_SCORE;
}

/** Criteria a person does not pass yet, in the lesson's words. */
export function missingCriteria(coi: CoiFields | undefined): string[] {
  return CRITERIA.filter((c) => (coi?.[c.key] ?? 0) < PASS_SCORE).map((c) => c.label);
}

const byScoreThenName = (a: [string, Contact], b: [string, Contact]) =>
  coiScore(b[1].coi) - coiScore(a[1].coi) || a[1].name.localeCompare(b[1].name);

/**
 * Potential COIs ready for core: they pass all three tests. Highest score first; at most as
 * many as there are free core places (all of them when `freeOnly` is false).
 */
export function readyForCore(people: [string, Contact][], freeOnly = false): [string, Contact][] {
  const ready = people.filter(([, c]) => c.tier === 'potential' && passesAll(c.coi)).sort(byScoreThenName);
  if (!freeOnly) return ready;
  const core = people.filter(([, c]) => c.tier === 'core').length;
  return ready.slice(0, Math.max(0, CORE_MAX - core));
}

/** Core COIs who no longer pass every test: worth a conversation, or a move back to potential. */
export function coreToReview(people: [string, Contact][]): [string, Contact][] {
  return people.filter(([, c]) => c.tier === 'core' && !passesAll(c.coi)).sort(byScoreThenName);
}
