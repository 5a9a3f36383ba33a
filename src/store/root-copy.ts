import { KEY_PREFIX } from './kinds/define';
import { isQuotaError, type StorageLike } from './vault';

/**
 * A copy of the site moved from the root of its address to a sub-path finds its readers'
 * data under the root's keys (`rf:…`), outside its own namespace (see ./namespace.ts). It
 * never takes that data by itself: when it first opens with no data of its own, it offers to
 * copy the root's keys into its namespace, and the offer stays open until the reader answers.
 * Copying never moves or deletes anything, and never overwrites a key the copy already has
 * (a record the reader saved here while the offer was open is newer than the root's).
 */

/** The keys the site stores (`rf:…`) in `storage` under `namespace`, the probe key aside. */
function siteKeys(storage: StorageLike, namespace: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(namespace + KEY_PREFIX) && k !== `${namespace}${KEY_PREFIX}probe`) keys.push(k);
  }
  return keys;
}

/** Where a copy keeps the state of the offer: 'pending' while it is open, then 'copied' or 'declined'. */
export const OFFER_KEY = 'rf-copy:root-offer';

/**
 * Whether the copy with `namespace` has the offer open: it was opened before and not yet
 * answered, or the copy is under a sub-path, has no data of its own, and the root copy has some.
 */
export function shouldOfferRootData(storage: StorageLike | null, namespace: string): boolean {
  if (!storage || !namespace) return false;
  try {
    const state = storage.getItem(namespace + OFFER_KEY);
    if (state) return state === 'pending';
    return siteKeys(storage, namespace).length === 0 && siteKeys(storage, '').length > 0;
  } catch {
    return false;
  }
}

/**
 * Opens the offer when it applies, before the page saves anything, so that it stays open
 * (on every page) until the reader answers even once this copy starts saving. Returns
 * whether the offer is open.
 */
export function openRootOffer(storage: StorageLike | null, namespace: string): boolean {
  if (!storage || !shouldOfferRootData(storage, namespace)) return false;
  try {
    storage.setItem(namespace + OFFER_KEY, 'pending');
  } catch {
    // Not remembered: the offer still shows on this page.
  }
  return true;
}

/** Outcome of copying the root copy's data. */
export type CopyResult = { ok: true; copied: number } | { ok: false; reason: 'quota' | 'failed' };

/**
 * Copies every key of the root copy (`rf:…`) into `namespace`, leaving the originals where
 * they are and keeping any key the copy already has. If the browser refuses a write, the
 * keys copied so far are taken back out, so the copy is as it was.
 */
export function copyRootData(storage: StorageLike, namespace: string): CopyResult {
  if (!namespace) return { ok: true, copied: 0 };
  const written: string[] = [];
  try {
    for (const key of siteKeys(storage, '')) {
      const target = namespace + key;
      const value = storage.getItem(key);
      if (value === null || storage.getItem(target) !== null) continue;
      storage.setItem(target, value);
      written.push(target);
    }
    storage.setItem(namespace + OFFER_KEY, 'copied');
    return { ok: true, copied: written.length };
  } catch (e) {
    for (const k of written) {
      try {
        storage.removeItem(k);
      } catch {
        // Nothing more can be done; the originals are untouched either way.
      }
    }
    return { ok: false, reason: isQuotaError(e) ? 'quota' : 'failed' };
  }
}

/** Records that the reader chose to start this copy without the root copy's data. */
export function declineRootData(storage: StorageLike, namespace: string): boolean {
  try {
    storage.setItem(namespace + OFFER_KEY, 'declined');
    return true;
  } catch {
    return false;
  }
}
