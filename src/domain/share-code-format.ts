import { DIMENSION_IDS, type DimensionId } from '../schemas/constants';

/**
 * Anonymous share codes: a short code that carries a self-assessment's eight scores and
 * nothing else (no name, no answers, no date), so a facilitator can combine a room's
 * codes into a profile. This module defines the format and writes codes;
 * `share-code.ts` reads them and is the one to import.
 *
 * Format, version 1 (for example `RF1-6PZ6-AJW0-QH4J`, which holds the scores 70, 55,
 * 40, 62, 85, 30, 48 and 66):
 *
 * - `RF` marks a Relationship First code; the digit after it is the format version.
 * - Then twelve symbols from Crockford's base-32 alphabet (`0-9` and `A-Z` without
 *   `I`, `L`, `O`, `U`), shown in three groups of four after a dash.
 * - The first eleven symbols are one number, most significant symbol first:
 *   `s1 × 101^7 + s2 × 101^6 + … + s8`, where s1…s8 are the scores 0–100 of the habits in
 *   chart order (giving first, interest, depth, time and channels, trust, centers of
 *   influence, long-term mindset, staying in touch). Every valid number is below 101^8.
 * - The twelfth symbol is a Luhn mod 32 check over the first eleven: it catches any one
 *   mistyped symbol and most swaps of two neighbours.
 *
 * Reading is forgiving: letter case, spaces and dashes do not matter, and `O`, `I` and
 * `L` are read as `0`, `1` and `1`. A new layout or a different set of habits gets a new
 * version digit; readers say plainly when a code is from a version they do not know.
 */

/** The format version this code writes. */
export const SHARE_CODE_VERSION = 1;

/** Symbols of a code, by value 0–31 (Crockford's base 32). */
export const SHARE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Symbols after the version: eleven for the scores, one check. */
export const BODY = 12;
/** Each score is a digit in base 101. */
export const BASE = 101n;
/** Every valid payload is below this. */
export const LIMIT = BASE ** 8n;

/** Scores carried by a code: habit id → 0–100. */
export type SharedScores = Record<DimensionId, number>;

/** Luhn mod 32 check symbol value over symbol values. */
export function check(values: readonly number[]): number {
  let factor = 2;
  let sum = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const addend = factor * (values[i] ?? 0);
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return (32 - (sum % 32)) % 32;
}

/**
 * The share code of a set of scores. Throws if a score is missing or not a whole number
 * from 0 to 100 (callers offer a code only for a fully scored attempt).
 */
export function encodeShareCode(scores: Readonly<Record<DimensionId, number | null>>): string {
  let n = 0n;
  for (const d of DIMENSION_IDS) {
    const s = scores[d];
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 100) {
      throw new RangeError(`A share code needs a whole-number score from 0 to 100 for "${d}".`);
    }
    n = n * BASE + BigInt(s);
  }
  const values: number[] = [];
  for (let i = 0; i < BODY - 1; i++) {
    values.unshift(Number(n % 32n));
    n /= 32n;
  }
  values.push(check(values));
  const body = values.map((v) => SHARE_ALPHABET[v]).join('');
  return `RF${SHARE_CODE_VERSION}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
}
