import { BASE } from '../domain/paths';
import { createCollection } from './collection';
import { lessonKind, metaKind, reflectionKind } from './kinds';
import { localKey, namespacedStorage, storageNamespace } from './namespace';
import { openRootOffer } from './root-copy';
import { createVault, MemoryStorage, probeStorage, type Vault } from './vault';

/**
 * The site's one vault over this browser's localStorage, and the collections every page
 * shares. Created on first use; during the server render it is an empty in-memory vault.
 */

const inBrowser = typeof window !== 'undefined';

/**
 * This copy's storage namespace: '' at the root of its address, else its base path (see
 * ./namespace.ts). Tested on BASE_URL itself so that root builds drop the namespacing code.
 */
export const namespace: string = import.meta.env.BASE_URL === '/' ? '' : storageNamespace(BASE);

/** This browser's localStorage, shared by every copy on the origin (null when unusable or during the build). */
export const sharedStorage = inBrowser ? probeStorage(() => window.localStorage) : null;

/**
 * Whether this copy offers the data of a copy at the origin's root (see ./root-copy.ts).
 * Decided before anything on the page saves; while it is open, pages save nothing on their
 * own (a lesson does not note the visit), so copying finds nothing in its way.
 */
export const rootOfferOpen: boolean = import.meta.env.BASE_URL !== '/' && openRootOffer(sharedStorage, namespace);

function browserVault(): Vault {
  const storage = sharedStorage && (namespace ? namespacedStorage(sharedStorage, namespace) : sharedStorage);
  return createVault({
    storage,
    listen(onChange) {
      const handler = (e: StorageEvent) => {
        if (e.storageArea !== null && e.storageArea !== sharedStorage) return;
        const key = namespace ? localKey(e.key, namespace) : e.key;
        if (key !== undefined) onChange(key);
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
  });
}

/** The vault: saved in localStorage in a browser, in memory during the build. */
export const vault: Vault = inBrowser ? browserVault() : createVault({ storage: new MemoryStorage() });

/** Lesson progress by lesson id. */
export const lessons = createCollection(vault, lessonKind);
/** Reflection answers by `<lessonId>:<promptId>`. */
export const reflections = createCollection(vault, reflectionKind);
/** App metadata (one record, id "app"). */
export const meta = createCollection(vault, metaKind);

/** Every collection created on this page, so edits waiting on a typing pause can be saved at once. */
const all: { flush(): void }[] = [lessons, reflections, meta];

/** Registers a collection for `flushAll` (tools call this for the collections they create). */
export function track<T extends { flush(): void }>(collection: T): T {
  all.push(collection);
  return collection;
}

/** Saves every edit still waiting (typing pauses) right now. */
export function flushAll() {
  for (const c of all) c.flush();
}

if (inBrowser) {
  // Keep edits made just before leaving, reloading or going back/forward.
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
  // Back/forward cache: another tab may have changed things while this page was frozen.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) vault.changedAll();
  });
}

/**
 * Asks the browser to keep this site's data even when space runs low, once there is data
 * worth keeping. Records the answer so the data page can show it.
 */
export async function requestPersistence(): Promise<boolean | undefined> {
  if (!inBrowser || !navigator.storage?.persist) return undefined;
  try {
    const already = await navigator.storage.persisted();
    const granted = already || (await navigator.storage.persist());
    const current = meta.get('app') ?? {};
    if (current.persisted !== granted) meta.set('app', { ...current, persisted: granted });
    return granted;
  } catch {
    return undefined;
  }
}
