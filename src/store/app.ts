import { keyBatcher } from '../domain/key-batch';
import { BASE } from '../domain/paths';
import { type Collection, createCollection } from './collection';
import { lessonKind, metaKind, reflectionKind } from './kinds/course';
import type { RecordKind } from './kinds/define';
import { localKey, namespacedStorage, storageNamespace } from './namespace';
import { openRootOffer } from './root-copy';
import { createVault, MemoryStorage, probeStorage, type Vault } from './vault';

/**
 * The site's one vault over this browser's localStorage, and the collections every page
 * shares.
 *
 * Every store module follows one pattern: it creates its state when it is first imported,
 * over this vault (`collection(kind)` for stored records, nanostores atoms and `computed`
 * stores, all named with a `$`), and exports them with the actions that change them. Where
 * tests need an instance of their own over a fake storage, the module builds its state
 * with a `create…(vault, …)` factory and exports the site's instance beside it. A page
 * loads only the store modules its islands import, so it reads (and downloads the schemas
 * of) only the kinds it shows. During the server render the vault is an empty in-memory one.
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
    loadInSlices: true,
    listen(onChange) {
      // Events that arrive together (another tab's import writes thousands of keys) are taken in as one update.
      const batched = keyBatcher(onChange);
      const handler = (e: StorageEvent) => {
        if (e.storageArea !== null && e.storageArea !== sharedStorage) return;
        const key = namespace ? localKey(e.key, namespace) : e.key;
        if (key !== undefined) batched(key);
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
  });
}

/** The vault: saved in localStorage in a browser, in memory during the build. */
export const vault: Vault = inBrowser ? browserVault() : createVault({ storage: new MemoryStorage() });

/** Every collection created on this page, so edits waiting on a typing pause can be saved at once. */
const all: { flush(): void }[] = [];

/** Registers a collection for `flushAll` (factories call this for the collections they create). */
export function track<T extends { flush(): void }>(collection: T): T {
  all.push(collection);
  return collection;
}

/** The collection of every record of a kind in this browser, saved on leaving the page. */
export function collection<T>(kind: RecordKind<T>): Collection<T> {
  return track(createCollection(vault, kind));
}

/** Lesson progress by lesson id. */
export const lessons = collection(lessonKind);
/** Reflection answers by `<lessonId>:<promptId>`. */
export const reflections = collection(reflectionKind);
/** App metadata (one record, id "app"). */
export const meta = collection(metaKind);

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
