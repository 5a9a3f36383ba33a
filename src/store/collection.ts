import { atom, map } from 'nanostores';
import { type FieldPath, mergeThreeWay, sameValue, valueAt, withValueAt } from '../domain/merge';
import { inBatches, OPENING_SLICE_MS, pause } from '../domain/slices';
import type { Decoded, Overwrote } from './codec';
import type { RecordKind } from './kinds/define';
import { $opening } from './opening';
import type { Vault } from './vault';

/** Pause after the last keystroke before typed text is saved, in milliseconds. */
export const TYPING_DELAY = 400;

/** Keys storage may hold and still be read in one go as a page opens; with more, every kind is read in slices (see `open`). */
export const READ_AT_ONCE = 100;

/**
 * A collection is every record of one kind, as a nanostores map from id to data, kept in
 * step with storage: edits show at once and are saved (right away or after a short pause
 * while typing); other tabs' saves and deletions appear here as they happen.
 *
 * Two tabs editing one record merge field by field: each tab remembers the stored version
 * its edit started from, and a save that finds a newer one keeps the other tab's changes to
 * the fields this tab did not touch. Where both changed the same field, the later save
 * wins, and the tab whose text was replaced is told and offered it back.
 */
export interface Collection<T> {
  /** Id → data, for islands and scripts to read and subscribe to. */
  $items: ReturnType<typeof map<Record<string, T>>>;
  /** Ids whose latest edit is not saved yet (waiting, or refused by a full storage). */
  $unsaved: ReturnType<typeof atom<string[]>>;
  /**
   * False while a large kind is still being read in slices as the page opens; `$items` is
   * empty until then and gets every record in one update.
   */
  $loaded: ReturnType<typeof atom<boolean>>;
  /**
   * Every record (id → data), for actions that decide from the whole collection (limits,
   * duplicates, undo). Reads what is left at once if the collection is still loading, so no
   * decision is ever made from part of it.
   */
  all(): Record<string, T>;
  /** The current data of one record (reading what is left first, like `all`). */
  get(id: string): T | undefined;
  /**
   * Sets a record; saves now, or after `delay` ms of quiet (typing). Returns false if the
   * save was refused; data that does not fit the kind's schema is refused without changing
   * anything, and the reader is told.
   */
  set(id: string, data: T, delay?: number): boolean;
  /**
   * Sets many records at once (imports, undo): one update for subscribers; new records are
   * saved in one pass, known ones one by one with merging. Returns ids whose save was refused
   * (not fitting the schema: not shown; refused by storage: shown as unsaved).
   */
  setMany(entries: [string, T][]): string[];
  /** Deletes a record everywhere. */
  remove(id: string): void;
  /** Deletes many records at once (bulk actions): one update for subscribers, then each is deleted from storage. */
  removeMany(ids: readonly string[]): void;
  /** Drops an edit that is not saved (a refused import): the record shows as storage holds it again. */
  discard(id: string): void;
  /** Drops many edits that are not saved (the part of an import storage refused), with one update for subscribers. */
  discardMany(ids: readonly string[]): void;
  /** Saves every waiting edit now (called on pagehide). */
  flush(): void;
  /** Reads everything again from storage. */
  reload(): void;
}

/** Openings waiting for the page's next turn (see `open`), with the task that runs them all. */
let waiting: (() => void)[] | null = null;

/**
 * Runs `start` in the page's next turn, in one task with every other collection that asked
 * in this one: the page's scripts finish in a task of their own, and storage is listed
 * once for all of its collections (the listing is kept for a task) rather than once each.
 */
function inNextTurn(start: () => void) {
  if (!waiting) {
    const starts: (() => void)[] = [];
    waiting = starts;
    void pause().then(() => {
      waiting = null;
      for (const s of starts) s();
    });
  }
  waiting.push(start);
}

/** A first read under way: the ids to read (null until storage is listed), how many are read, and what they read as. */
interface Opening<T> {
  ids: string[] | null;
  done: number;
  next: Record<string, T>;
}

/** A stored version of a record as this tab last saw it. */
interface Seen<T> {
  rev: number;
  data: T;
}

/** A version this tab saved, and the version its edit started from. */
interface Saved<T> extends Seen<T> {
  base: T | undefined;
}

/** A readable name for a field path ("Notes", "Offer"). */
function fieldLabel(kind: Pick<RecordKind<unknown>, 'fieldLabels'>, path: FieldPath): string {
  const last = path[path.length - 1] ?? '';
  const named = kind.fieldLabels?.[last];
  if (named) return named;
  const spaced = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A field's value as text the reader can copy. */
function asText(v: unknown): string {
  if (v === undefined || v === null) return '(empty)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Adds paths to a list without repeats. */
function addPaths(into: FieldPath[], more: readonly FieldPath[]): FieldPath[] {
  const out = [...into];
  for (const p of more) if (!out.some((q) => q.join('\u0000') === p.join('\u0000'))) out.push(p);
  return out;
}

/** Creates the collection of one kind over a vault. */
export function createCollection<T>(vault: Vault, kind: RecordKind<T>): Collection<T> {
  const $items = map<Record<string, T>>({});
  const $unsaved = atom<string[]>([]);
  const $loaded = atom(true);
  /** A load in slices under way. */
  let opening: Opening<T> | null = null;
  /** The stored version of each record as this tab last saw it (absent: never saved). */
  const seen = new Map<string, Seen<T>>();
  /** What this tab itself last saved, to recognise when another tab replaced it. */
  const mine = new Map<string, Saved<T>>();
  /** Fields of another tab's save that this tab's waiting edit will replace. */
  const overwriting = new Map<string, Overwrote>();
  const pending = new Map<string, ReturnType<typeof setTimeout> | null>();

  const markUnsaved = () => $unsaved.set([...pending.keys()]);

  /** Sets or deletes one record in the map, or in `batch` when a whole reload is collected first. */
  const put = (id: string, data: T | undefined, batch?: Record<string, T>) => {
    if (!batch) $items.setKey(id, data as T);
    else if (data === undefined) delete batch[id];
    else batch[id] = data;
  };

  const name = (data: T | undefined) => {
    const described = data === undefined ? '' : (kind.describe?.(data) ?? '');
    return described ? `${kind.label} (${described})` : kind.label;
  };

  /** Tells the reader that another tab's save replaced fields of this tab's, and offers them back. */
  const offerBack = (id: string, data: T, lost: { path: FieldPath; value: unknown }[]) => {
    if (lost.length === 0) return;
    const noticeId = `conflict:${kind.prefix}${id}`;
    vault.notify({
      id: noticeId,
      kind: 'conflict',
      message: `${name(data)}: another tab changed ${lost.map((l) => fieldLabel(kind, l.path).toLowerCase()).join(', ')} at the same time as this one, and its later change was kept. What you had saved here is below: copy it, or put it back.`,
      lost: lost.map((l) => ({ label: fieldLabel(kind, l.path), text: asText(l.value) })),
      restore: () => {
        const current = $items.get()[id];
        if (current === undefined) return;
        let next: T = current;
        for (const l of lost) next = withValueAt<T>(next, l.path, l.value);
        // Putting it back replaces the other tab's text in turn: that tab is offered it back.
        const was = seen.get(id);
        if (was) overwriting.set(id, { rev: was.rev, fields: lost.map((l) => [...l.path]) });
        if (setRecord(id, next)) vault.dismiss(noticeId);
      },
    });
  };

  /** Tells the reader when a save from another tab replaced text this tab had saved. */
  const noticeOverwritten = (id: string, d: { rev: number; data: T; over?: Overwrote }) => {
    const own = mine.get(id);
    if (!d.over || !own || own.rev !== d.over.rev) return;
    mine.delete(id);
    const lost = d.over.fields
      .filter((path) => !sameValue(valueAt(own.data, path), valueAt(d.data, path)))
      .map((path) => ({ path, value: valueAt(own.data, path) }));
    offerBack(id, d.data, lost);
  };

  /**
   * Another tab saved the same revision as this tab at the same moment, and its write landed
   * last: this tab's changes to fields it alone edited are saved again on top; where both
   * edited a field, the other tab's stays and this tab's text is offered back.
   */
  const raceLost = (id: string, own: Saved<T>, d: Seen<T>) => {
    mine.delete(id);
    const merged = mergeThreeWay<T>(own.base, d.data, own.data);
    offerBack(
      id,
      d.data,
      merged.conflicts.map((path) => ({ path, value: valueAt(own.data, path) })),
    );
    if (!sameValue(merged.value, d.data) && !pending.has(id)) setRecord(id, merged.value);
  };

  /** Takes in a stored version: merges it with a waiting edit, or shows it. */
  const takeStored = (id: string, d: Seen<T> & { over?: Overwrote }, batch?: Record<string, T>) => {
    const before = seen.get(id);
    // Nothing new: this tab's own save, or a reload of what it already shows.
    if (before?.rev === d.rev && sameValue(before.data, d.data)) return;
    seen.set(id, { rev: d.rev, data: d.data });
    const own = mine.get(id);
    const lostRace = own?.rev === d.rev && !sameValue(own.data, d.data) ? own : undefined;
    if (pending.has(id)) {
      // A waiting edit here: keep it, and take the other tab's changes to every other field.
      const local = $items.get()[id];
      if (local !== undefined) {
        const merged = mergeThreeWay(before?.data, local, d.data);
        if (merged.conflicts.length) {
          const prior = overwriting.get(id);
          overwriting.set(id, { rev: d.rev, fields: addPaths(prior?.fields ?? [], merged.conflicts) as string[][] });
        }
        if (!sameValue(merged.value, local)) put(id, merged.value, batch);
      }
    } else {
      put(id, d.data, batch);
    }
    // After the update in hand is applied (a reload sets the whole map at once).
    if (lostRace) queueMicrotask(() => raceLost(id, lostRace, d));
    else noticeOverwritten(id, d);
  };

  const loadOne = (id: string, batch?: Record<string, T>) => {
    const d = vault.read(kind, id);
    if (d.state === 'ok') {
      takeStored(id, d, batch);
    } else if (d.state === 'absent') {
      const wasKnown = seen.has(id);
      seen.delete(id);
      overwriting.delete(id);
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
  const loadMany = (ids: Iterable<string>) => {
    const next = { ...$items.get() };
    for (const id of ids) loadOne(id, next);
    $items.set(next);
  };
  /**
   * Ends a load in slices: reads what is left now, then shows every record in one update.
   * Everything that reads or changes the collection calls this first, so edits, limits
   * and merges always start from all of it.
   */
  const finishOpening = () => {
    const o = opening;
    if (!o) return;
    opening = null;
    const ids = o.ids ?? vault.ids(kind);
    for (let i = o.done; i < ids.length; i++) loadOne(ids[i] as string, o.next);
    $items.set(o.next);
    $loaded.set(true);
    $opening.set($opening.get() - 1);
  };

  const reload = () => {
    finishOpening();
    loadMany(new Set([...vault.ids(kind), ...Object.keys($items.get()), ...seen.keys()]));
  };

  /** Reads the rest of an opening in slices of a few milliseconds, each in a task of its own. */
  const readInSlices = (o: Opening<T>, ids: string[]) =>
    inBatches(
      ids.length,
      (from, to) => {
        if (opening !== o) return false;
        for (let i = from; i < to; i++) loadOne(ids[i] as string, o.next);
        o.done = to;
      },
      undefined,
      50,
      OPENING_SLICE_MS,
    );

  /**
   * The first read. With little in storage, everything is read at once. With a long saved
   * history (thousands of planner entries) the page's scripts run first, in a task of their
   * own; in the next turn every collection lists storage (once for all of them); then each
   * kind is read in slices of a few milliseconds (a small kind in one), so the page answers
   * taps and paints while it is read.
   */
  const open = () => {
    if (!vault.loadInSlices || vault.size() <= READ_AT_ONCE) return loadMany(vault.ids(kind));
    const o: Opening<T> = { ids: null, done: 0, next: {} };
    opening = o;
    $loaded.set(false);
    $opening.set($opening.get() + 1);
    inNextTurn(() => {
      if (opening !== o) return;
      try {
        const ids = vault.ids(kind);
        o.ids = ids;
        // Reading waits a turn too, so the listing makes a task of its own and each kind is
        // read in tasks of its own (a small kind in one).
        void pause()
          .then(() => readInSlices(o, ids))
          .then(
            () => {
              if (opening === o) finishOpening();
            },
            () => {
              // A slice failed: the rest is read at once, so nothing waits for a read that stopped.
              if (opening === o) finishOpening();
            },
          );
      } catch {
        if (opening === o) finishOpening();
      }
    });
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
    const base = seen.get(id);
    let toWrite: T = data;
    let over = overwriting.get(id);
    const current: Decoded<T> = vault.read(kind, id);
    if (current.state === 'ok' && current.rev !== base?.rev) {
      // Another tab saved since this tab last looked (its event has not arrived yet).
      const merged = mergeThreeWay<T>(base?.data, data, current.data);
      toWrite = merged.value;
      if (merged.conflicts.length)
        over = { rev: current.rev, fields: addPaths(over?.fields ?? [], merged.conflicts) as string[][] };
      seen.set(id, { rev: current.rev, data: current.data });
      noticeOverwritten(id, current);
    }
    const baseRev = current.state === 'ok' ? current.rev : (base?.rev ?? 0);
    const startedFrom = seen.get(id)?.data;
    const result = vault.write(kind, id, toWrite, baseRev, over);
    if (result.ok) {
      seen.set(id, { rev: result.rev, data: toWrite });
      mine.set(id, { rev: result.rev, data: toWrite, base: startedFrom });
      overwriting.delete(id);
      pending.delete(id);
      if (toWrite !== data) $items.setKey(id, toWrite);
    } else if (result.reason === 'deleted') {
      pending.delete(id);
      seen.delete(id);
      overwriting.delete(id);
      $items.setKey(id, undefined as unknown as T);
      vault.notify({
        id: `deleted:${kind.prefix}${id}`,
        kind: 'deleted-elsewhere',
        message: `${kind.label}: a record you were editing was deleted in another tab, so your last change to it was not saved.`,
      });
    } else {
      // Full or locked storage: keep the edit on screen and try again on the next save.
      if (toWrite !== data) $items.setKey(id, toWrite);
      pending.set(id, null);
    }
    markUnsaved();
    return result.ok;
  };

  function setRecord(id: string, data: T, delay = 0): boolean {
    finishOpening();
    if (!vault.accepts(kind, data)) return false;
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
  }

  /** Deletes a record from storage (the caller updates the map); returns what the page should show for it now (undefined: nothing). */
  const drop = (id: string): T | undefined => {
    const t = pending.get(id);
    if (t) clearTimeout(t);
    pending.delete(id);
    overwriting.delete(id);
    if (vault.remove(kind, id) || !seen.has(id)) {
      // Deleted; or never stored (an edit a read-only page kept on screen), so nothing to keep.
      seen.delete(id);
      mine.delete(id);
      return undefined;
    }
    // A read-only page cannot delete: show the stored record again.
    return seen.get(id)?.data;
  };

  /** Drops unsaved edits: each record shows as storage holds it again, with one update. */
  const discardMany = (ids: readonly string[]) => {
    finishOpening();
    const next = { ...$items.get() };
    for (const id of ids) {
      const t = pending.get(id);
      if (t) clearTimeout(t);
      pending.delete(id);
      overwriting.delete(id);
      const stored = seen.get(id)?.data;
      if (stored === undefined) delete next[id];
      else next[id] = stored;
    }
    markUnsaved();
    $items.set(next);
  };

  vault.onChange((keys) => {
    if (keys === null) return reload();
    const ids = new Set(keys.filter((k) => k.startsWith(kind.prefix)).map((k) => k.slice(kind.prefix.length)));
    if (opening) {
      // Still reading: take other tabs' changes into what will be shown (ids not read yet are
      // read as storage holds them when their turn comes).
      for (const id of ids) loadOne(id, opening.next);
      return;
    }
    // Many at once (another tab's import): one update of the map, as a reload makes.
    if (ids.size > 1) loadMany(ids);
    else for (const id of ids) loadOne(id);
  });
  open();

  return {
    $items,
    $unsaved,
    $loaded,
    all() {
      finishOpening();
      return $items.get();
    },
    get(id) {
      finishOpening();
      return $items.get()[id];
    },
    set: setRecord,
    setMany(entries) {
      finishOpening();
      // Records this tab has never seen are saved in one pass (an import's new people): no
      // merge is needed, and one check and one write each is all they cost. Ids another tab
      // stored meanwhile, and records already known here, are saved one by one with merging.
      const known = (id: string) => seen.has(id) || pending.has(id) || $items.get()[id] !== undefined;
      const fresh = entries.filter(([id]) => !known(id));
      const batch = vault.writeNew(kind, fresh);
      const taken = new Set(batch.taken);
      const refused: string[] = [...batch.invalid];
      const rest = entries.filter(
        ([id, data]) => (known(id) || taken.has(id)) && (vault.accepts(kind, data) || !refused.push(id)),
      );
      const data = new Map(fresh);
      const next = { ...$items.get() };
      for (const [id, rev] of batch.written) {
        const record = data.get(id) as T;
        next[id] = record;
        seen.set(id, { rev, data: record });
        mine.set(id, { rev, data: record, base: undefined });
      }
      for (const id of batch.refused) {
        // Kept on screen as unsaved, like any edit storage refused.
        next[id] = data.get(id) as T;
        pending.set(id, null);
        refused.push(id);
      }
      for (const [id, record] of rest) {
        next[id] = record;
        pending.set(id, null);
      }
      $items.set(next);
      for (const [id] of rest) if (!save(id)) refused.push(id);
      markUnsaved();
      return refused;
    },
    remove(id) {
      finishOpening();
      const stays = drop(id);
      markUnsaved();
      $items.setKey(id, stays as T);
    },
    removeMany(ids) {
      finishOpening();
      const next = { ...$items.get() };
      for (const id of ids) {
        const stays = drop(id);
        if (stays === undefined) delete next[id];
        else next[id] = stays;
      }
      markUnsaved();
      $items.set(next);
    },
    discard: (id) => discardMany([id]),
    discardMany,
    flush() {
      for (const id of [...pending.keys()]) save(id);
    },
    reload,
  };
}
