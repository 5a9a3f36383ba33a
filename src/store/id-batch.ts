/**
 * Many record ids at once (an import's new people), in `newId`'s form (see ./ids.ts), with
 * the random bytes drawn in a few large calls rather than one per id. Kept apart from
 * `newId`, which every tool loads, so only the import page carries it.
 */

/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Random bytes per id (12 hex digits), as `newId` draws. */
const RANDOM_BYTES = 6;

/** The most bytes `crypto.getRandomValues` fills in one call. */
const MAX_RANDOM = 65_536;

/** `count` new ids made at `now`: time-ordered and random, as `newId` makes them. */
export function newIds(count: number, now = Date.now()): string[] {
  const time = now.toString(36);
  const out: string[] = [];
  const perCall = Math.floor(MAX_RANDOM / RANDOM_BYTES);
  for (let start = 0; start < count; start += perCall) {
    const n = Math.min(perCall, count - start);
    const bytes = crypto.getRandomValues(new Uint8Array(n * RANDOM_BYTES));
    for (let i = 0; i < n; i++) {
      let random = '';
      for (let j = i * RANDOM_BYTES; j < (i + 1) * RANDOM_BYTES; j++) random += HEX[bytes[j] as number];
      out.push(`${time}-${random}`);
    }
  }
  return out;
}
