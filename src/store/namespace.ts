import { normalizeBase } from '../domain/paths';
import { KEY_PREFIX } from './kinds';
import { isQuotaError, type StorageLike } from './vault';

/**
 * Storage of several copies of the site on one origin (a copy at `name.github.io/` and one
 * at `name.github.io/workshop/` share one localStorage). Each copy keeps its keys under its
 * own namespace, so their data never mixes:
 *
 * - a copy at the root of its address keeps every key as it always was (`rf:…`);
 * - a copy under a sub-path puts its base path in front (`/workshop/rf:…`).
 *
 * A copy moved from the root to a sub-path finds its readers' data under the root's keys.
 * It never takes that data by itself: while it has no data of its own, it offers to copy
 * the root's keys into its namespace. Copying never moves or deletes anything, and never
 * overwrites a key the copy already has.
 */

/** The prefix a copy served under `base` puts before its storage keys ('' at the root). */
export function storageNamespace(base: string): string {
  const b = normalizeBase(base);
  return b === '/' ? '' : b;
}

/**
 * `storage` as one copy of the site sees it: keys are read and written as `namespace + key`,
 * and only keys of that namespace are listed (without the namespace). With the root's
 * namespace ('') it is `storage` itself.
 */
export function namespacedStorage(storage: StorageLike, namespace: string): StorageLike {
  if (!namespace) return storage;
  // The listing is computed once per task: a vault walks `key(0…length-1)` in one go.
  let listed: string[] | null = null;
  const list = (): string[] => {
    if (listed) return listed;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(namespace)) keys.push(k.slice(namespace.length));
    }
    listed = keys;
    queueMicrotask(() => {
      listed = null;
    });
    return keys;
  };
  return {
    get length() {
      return list().length;
    },
    key: (i) => list()[i] ?? null,
    getItem: (k) => storage.getItem(namespace + k),
    setItem: (k, v) => {
      listed = null;
      storage.setItem(namespace + k, v);
    },
    removeItem: (k) => {
      listed = null;
      storage.removeItem(namespace + k);
    },
  };
}

/**
 * The key of a storage event as the copy with `namespace` knows it: the key without the
 * namespace, null when storage was cleared, or undefined when the key is another copy's.
 */
export function localKey(key: string | null, namespace: string): string | null | undefined {
  if (key === null) return null;
  if (!namespace) return key;
  return key.startsWith(namespace) ? key.slice(namespace.length) : undefined;
}

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
