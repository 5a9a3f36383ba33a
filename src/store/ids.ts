/** A new record id: time-ordered and random, safe in storage keys (`RECORD_ID`). Every kind with made-up ids uses it. */
export function newId(now = Date.now()): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${now.toString(36)}-${random}`;
}
