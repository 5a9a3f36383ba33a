import { atom, map } from 'nanostores';
import type { RecordKind } from './kinds';
import type { Vault } from './vault';

/**
 * A collection is every record of one kind, as a nanostores map from id to data, kept in
 * step with storage: edits show at once and are saved (right away or after a short pause
 * while typing); other tabs' saves and deletions appear here as they happen.
 */
export interface Collection<T> {
  /** Id → data, for islands and scripts to read and subscribe to. */
  $items: ReturnType<typeof map<Record<string, T>>>;
  /** Ids whose latest edit is not saved yet (waiting, or refused by a full storage). */
  $unsaved: ReturnType<typeof atom<string[]>>;
  /** The current data of one record. */
  get(id: string): T | undefined;
  /** Sets a record; saves now, or after `delay` ms of quiet (typing). Returns false if a save was refused. */
  set(id: string, data: T, delay?: number): boolean;
  /** Sets many records at once (imports): one update for subscribers, then each is saved. Returns ids whose save was refused. */
  setMany(entries: [string, T][]): string[];
  /** Deletes a record everywhere. */
  remove(id: string): void;
  /** Saves every waiting edit now (called on pagehide). */
  flush(): void;
  /** Reads everything again from storage. */
  reload(): void;
}

/** Creates the collection of one kind over a vault. */
export function createCollection<T>(vault: Vault, kind: RecordKind<T>): Collection<T> {
  const $items = map<Record<string, T>>({});
  const $unsaved = atom<string[]>([]);
  /** Revision of each record as this tab last saw it (0: never saved). */
  const revs = new Map<string, number>();
  const pending = new Map<string, ReturnType<typeof setTimeout> | null>();

  const markUnsaved = () => $unsaved.set([...pending.keys()]);

  /** Sets or deletes one record in the map, or in `batch` when a whole reload is collected first. */
  const put = (id: string, data: T | undefined, batch?: Record<string, T>) => {
    if (!batch) $items.setKey(id, data as T);
    else if (data === undefined) delete batch[id];
    else batch[id] = data;
  };

  const loadOne = (id: string, batch?: Record<string, T>) => {
    const d = vault.read(kind, id);
    if (d.state === 'ok') {
      revs.set(id, d.rev);
      // An edit still waiting to be saved here is newer than what another tab saved.
      if (!pending.has(id)) put(id, d.data, batch);
    } else if (d.state === 'absent') {
      const wasKnown = (revs.get(id) ?? 0) > 0;
      revs.delete(id);
      if (wasKnown) {
        // Deleted in another tab: drop any stale local edit so it cannot bring it back.
        const t = pending.get(id);
        if (t) clearTimeout(t);
        pending.delete(id);
        markUnsaved();
      }
      if (!pending.has(id)) put(id, undefined, batch);
    }
  };

  // One update for the whole map: setting thousands of keys one by one copies the map each time.
  const reload = () => {
    const ids = new Set(vault.ids(kind));
    for (const id of Object.keys($items.get())) ids.add(id);
    for (const id of revs.keys()) ids.add(id);
    const next = { ...$items.get() };
    for (const id of ids) loadOne(id, next);
    $items.set(next);
  };

  const save = (id: string): boolean => {
    const t = pending.get(id);
    if (t) clearTimeout(t);
    const data = $items.get()[id];
    if (data === undefined) {
      pending.delete(id);
      markUnsaved();
      return true;
    }
    const result = vault.write(kind, id, data, revs.get(id) ?? 0);
    if (result.ok) {
      revs.set(id, result.rev);
      pending.delete(id);
    } else if (result.reason === 'deleted') {
      pending.delete(id);
      revs.delete(id);
      $items.setKey(id, undefined as unknown as T);
      vault.notify({
        id: `deleted:${kind.prefix}${id}`,
        kind: 'deleted-elsewhere',
        message: `${kind.label}: a record you were editing was deleted in another tab, so your last change to it was not saved.`,
      });
    } else {
      // Full or locked storage: keep the edit on screen and try again on the next save.
      pending.set(id, null);
    }
    markUnsaved();
    return result.ok;
  };

  vault.onChange((key) => {
    if (key === null) reload();
    else if (key.startsWith(kind.prefix)) loadOne(key.slice(kind.prefix.length));
  });
  reload();

  return {
    $items,
    $unsaved,
    get: (id) => $items.get()[id],
    set(id, data, delay = 0) {
      $items.setKey(id, data);
      const t = pending.get(id);
      if (t) clearTimeout(t);
      if (delay > 0) {
        pending.set(
          id,
          setTimeout(() => save(id), delay),
        );
        markUnsaved();
        return true;
      }
      pending.set(id, null);
      return save(id);
    },
    setMany(entries) {
      $items.set({ ...$items.get(), ...Object.fromEntries(entries) });
      const refused: string[] = [];
      for (const [id] of entries) {
        pending.set(id, null);
        if (!save(id)) refused.push(id);
      }
      return refused;
    },
    remove(id) {
      const t = pending.get(id);
      if (t) clearTimeout(t);
      pending.delete(id);
      markUnsaved();
      if (vault.remove(kind, id)) {
        revs.delete(id);
        $items.setKey(id, undefined as unknown as T);
      }
    },
    flush() {
      for (const id of [...pending.keys()]) save(id);
    },
    reload,
  };
}
