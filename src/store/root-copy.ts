import { namespace, sharedStorage, vault } from './app';
import { KEY_PREFIX } from './kinds';
import { isQuotaError, type StorageLike } from './vault';

/**
 * A copy of the site moved from the root of its address to a sub-path finds its readers'
 * data under the root's keys (`rf:…`), outside its own namespace (see ./namespace.ts). It
 * never takes that data by itself: while it has no data of its own, it offers to copy the
 * root's keys into its namespace. Copying never moves or deletes anything, and never
 * overwrites a key the copy already has.
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

/** Marks a copy whose reader answered the offer (either way), so it is not made again. */
export const OFFER_ANSWERED_KEY = 'rf-copy:root-offer';

/**
 * Whether the copy with `namespace` should offer to copy the root copy's data: it is under
 * a sub-path, has no data of its own, the root copy has some, and the reader has not
 * answered the offer before.
 */
export function shouldOfferRootData(storage: StorageLike | null, namespace: string): boolean {
  if (!storage || !namespace) return false;
  try {
    if (storage.getItem(namespace + OFFER_ANSWERED_KEY)) return false;
    return siteKeys(storage, namespace).length === 0 && siteKeys(storage, '').length > 0;
  } catch {
    return false;
  }
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
    storage.setItem(namespace + OFFER_ANSWERED_KEY, 'copied');
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
    storage.setItem(namespace + OFFER_ANSWERED_KEY, 'declined');
    return true;
  } catch {
    return false;
  }
}

/** Whether to offer this copy (under a sub-path, with no data yet) the data of the copy at the origin's root. */
export function rootDataOffered(): boolean {
  return shouldOfferRootData(sharedStorage, namespace);
}

/** Copies the root copy's data into this copy (the originals stay) and shows it on this page. */
export function acceptRootData(): CopyResult {
  if (!sharedStorage) return { ok: false, reason: 'failed' };
  const result = copyRootData(sharedStorage, namespace);
  if (result.ok) vault.changedAll();
  return result;
}

/** Starts this copy without the root copy's data; the offer is not made again. */
export function refuseRootData(): boolean {
  return sharedStorage ? declineRootData(sharedStorage, namespace) : false;
}
