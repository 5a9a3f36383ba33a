import type { StorageLike } from './vault';

/**
 * Storage of several copies of the site on one origin (a copy at `name.github.io/` and one
 * at `name.github.io/workshop/` share one localStorage). Each copy keeps its keys under its
 * own namespace, so their data never mixes:
 *
 * - a copy at the root of its address keeps every key as it always was (`rf:…`);
 * - a copy under a sub-path puts its base path in front (`/workshop/rf:…`).
 *
 * A copy moved from the root to a sub-path finds its readers' data under the root's keys;
 * ./root-copy.ts offers to copy it over. This module stays free of other imports: the
 * theme script of every page uses it.
 */

/** The prefix a copy served under `base` (normalized: '/' or '/a/b/') puts before its storage keys ('' at the root). */
export function storageNamespace(base: string): string {
  return base === '/' ? '' : base;
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
