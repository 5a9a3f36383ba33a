/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Random bytes per id (12 hex digits). */
const RANDOM_BYTES = 6;

/** The most bytes `crypto.getRandomValues` fills in one call. */
const MAX_RANDOM = 65_536;

/** A new record id: time-ordered and random, safe in storage keys (`RECORD_ID`). Every kind with made-up ids uses it. */
export function newId(now = Date.now()): string {
  return newIds(1, now)[0] as string;
}

/** `count` new ids made at `now`, as `newId` makes them, with the random bytes drawn in a few large calls (imports). */
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
