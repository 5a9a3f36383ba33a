import { atom } from 'nanostores';
import { type Decoded, decodeRecord, encodeRecord, type Overwrote } from './codec';
import { KEY_PREFIX, QUARANTINE_PREFIX, type RecordKind } from './kinds/define';

/**
 * The vault is the only code that calls localStorage. It reads records through the codec
 * (never throwing), quarantines values it cannot read, refuses to overwrite a newer
 * revision's deletion or a newer schema, survives a full or missing storage, and tells
 * every listener when another tab changed something.
 */

/** The part of the Storage API the vault uses (a fake in tests, localStorage in browsers). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** How the vault is keeping data. */
export type VaultMode =
  /** Saved in this browser's storage. */
  | 'saved'
  /** Storage is missing or blocked: kept in memory for this page only. */
  | 'memory'
  /** Some data came from a newer version of the site: nothing is written until reload. */
  | 'locked'
  /** The browser's storage for the site is full: the last change was refused. */
  | 'full';

/** Something the reader should know about their data. */
export interface Notice {
  /** Stable id, so the same notice is not shown twice. */
  id: string;
  kind: 'quarantined' | 'memory' | 'locked' | 'quota' | 'deleted-elsewhere' | 'invalid' | 'conflict';
  /** A sentence that says what happened and what to do. */
  message: string;
  /** For quarantined values: the key the raw value is kept under. */
  quarantineKey?: string;
  /** For conflicts: the text this tab had saved, field by field, and how to put it back. */
  lost?: { label: string; text: string }[];
  /** For conflicts: puts this tab's text back (a new save, which the other tab then hears about). */
  restore?: () => void;
}

/** Outcome of a write. */
export type WriteResult =
  | { ok: true; rev: number }
  | { ok: false; reason: 'quota' | 'locked' | 'deleted' | 'failed' | 'invalid' };

/** Outcome of `writeNew`, by record id. */
export interface NewWrites {
  /** Saved, each with its revision. */
  written: [string, number][];
  /** Already stored: not written. */
  taken: string[];
  /** Not fitting the kind's schema: not written (the reader is told). */
  invalid: string[];
  /** Refused by storage (full, locked or failing): not written. */
  refused: string[];
}

/** Where the vault gets its storage, clock and other-tab events. */
export interface VaultEnv {
  /** localStorage, or null when the browser has none (or it throws on access). */
  storage: StorageLike | null;
  /** Current time in milliseconds. */
  now?: () => number;
  /**
   * Subscribes to changes made by other tabs: a key, or several that arrived together (one
   * update for many); null when storage was cleared.
   */
  listen?: (onChange: (keys: string | null | readonly string[]) => void) => () => void;
  /**
   * Whether collections read a large kind over several short tasks, so the page stays
   * responsive while thousands of records are checked (browsers); without it they read
   * everything at once (tests, the build).
   */
  loadInSlices?: boolean;
}

/** A storage that lives in memory, used when the browser's storage is unusable. */
export class MemoryStorage implements StorageLike {
  private readonly data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

/** True when a write failed because storage is full (by the error's name, as every current browser reports it). */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** True when a storage holds at least one key of the site (of any copy on this origin: `rf:…` or `/base/rf:…`). */
function holdsSiteData(s: StorageLike): boolean {
  for (let i = 0; i < s.length; i++) if (s.key(i)?.includes(KEY_PREFIX)) return true;
  return false;
}

/**
 * Checks that a storage can be read and written; returns it, or null if it cannot. A
 * storage that refuses every write for lack of space is kept only when it holds the
 * site's data (a full storage still reads, and each write reports the quota); an empty
 * one that refuses even a tiny write (old Safari private windows) is no storage at all.
 */
export function probeStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const s = get();
    if (!s) return null;
    const k = `${KEY_PREFIX}probe`;
    s.setItem(k, '1');
    s.removeItem(k);
    return s;
  } catch (e) {
    try {
      const s = get();
      if (s && isQuotaError(e) && holdsSiteData(s)) return s;
    } catch {
      // fall through
    }
    return null;
  }
}

/** The vault API. */
export interface Vault {
  /** Whether collections read large kinds in slices (see `VaultEnv.loadInSlices`). */
  loadInSlices: boolean;
  /** How data is being kept. */
  $mode: ReturnType<typeof atom<VaultMode>>;
  /** Notices for the reader, oldest first. */
  $notices: ReturnType<typeof atom<Notice[]>>;
  /** Reads a record; a value it cannot read is quarantined and reads as absent. */
  read<T>(kind: RecordKind<T>, id: string): Decoded<T>;
  /** Ids of every stored record of a kind. */
  ids(kind: RecordKind<unknown>): string[];
  /**
   * Saves a record, unless it was deleted elsewhere since `baseRev`, the vault is locked,
   * or the data does not fit the kind's schema (then nothing is written and the reader is
   * told). `over` marks a save that replaced another tab's fields (see `envelopeSchema`).
   */
  write<T>(kind: RecordKind<T>, id: string, data: T, baseRev: number, over?: Overwrote): WriteResult;
  /**
   * Saves records that are not stored yet (the ids an import makes up) in one pass: each is
   * checked against the kind's schema like a `write`, and gets revision 1. Ids already
   * stored are left alone (`taken`: save those with `write`, which merges). When storage
   * refuses a write (full), saving stops there and the rest are `refused`, unsaved.
   */
  writeNew<T>(kind: RecordKind<T>, entries: readonly (readonly [string, T])[]): NewWrites;
  /** Whether data fits a kind's schema; when it does not, tells the reader and returns false. */
  accepts<T>(kind: RecordKind<T>, data: T): boolean;
  /** Moves a raw value to a quarantine key (never deleting it); returns that key, or null if storage refused. */
  quarantine(key: string, raw: string, reason: string): string | null;
  /** Makes the site's keys hold exactly `entries` again (undo of an import): others are removed. */
  restoreExact(entries: [string, string][]): boolean;
  /** Deletes a record. */
  remove(kind: RecordKind<unknown>, id: string): boolean;
  /** Every key of the site and its raw value (for backups and erase). */
  rawEntries(): [string, string][];
  /** Every key of the site, listed afresh (to read their values one at a time with `rawValue`). */
  keys(): string[];
  /** How many keys the storage holds, the site's and any other (one cheap call; 0 when it cannot say). */
  size(): number;
  /** Writes raw values back as they were (undo of an erase); false if storage refused. */
  restoreRaw(entries: [string, string][]): boolean;
  /** Deletes the given keys (undoing a failed import). */
  removeRaw(keys: string[]): void;
  /** Deletes every key of the site; returns what was there. */
  eraseAll(): [string, string][];
  /** The raw value of a key (quarantine downloads). */
  rawValue(key: string): string | null;
  /** Adds or replaces a notice. */
  notify(notice: Notice): void;
  /** Removes a notice. */
  dismiss(id: string): void;
  /** Subscribes to changes of keys, one or several at a time (null: everything may have changed). Returns an unsubscribe. */
  onChange(listener: (keys: readonly string[] | null) => void): () => void;
  /** Tells every listener that many keys changed (after import or erase in this tab). */
  changedAll(): void;
}

const QUOTA_MESSAGE =
  'Your browser’s storage for this site is full, so your latest change is on screen but not saved. Export a backup now, then free some space (for example by erasing old data) and try again.';

const MEMORY_MESSAGE =
  'This browser is not letting the site save anything (private browsing or blocked storage). You can keep working, but your notes will be gone when you close this page. Export a backup before you leave.';

/** Creates a vault over a storage (or in memory when there is none). */
export function createVault(env: VaultEnv): Vault {
  const now = env.now ?? Date.now;
  const storage = env.storage ?? new MemoryStorage();
  const $mode = atom<VaultMode>(env.storage ? 'saved' : 'memory');
  /** Sets the mode unless it is one a write cannot leave (memory, locked). */
  const setWritable = (mode: 'saved' | 'full') => {
    const m = $mode.get();
    if (m !== 'memory' && m !== 'locked' && m !== mode) $mode.set(mode);
  };
  const $notices = atom<Notice[]>([]);
  const listeners = new Set<(keys: readonly string[] | null) => void>();

  const notify = (n: Notice) => {
    $notices.set([...$notices.get().filter((x) => x.id !== n.id), n]);
  };
  const dismiss = (id: string) => {
    $notices.set($notices.get().filter((x) => x.id !== id));
  };
  if (!env.storage) notify({ id: 'memory', kind: 'memory', message: MEMORY_MESSAGE });

  const get = (key: string): string | null => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };

  /** Every key of the site in storage now. */
  const allKeys = (): string[] => {
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k?.startsWith(KEY_PREFIX)) keys.push(k);
      }
    } catch {
      // A storage that fails to list reads as empty.
    }
    return keys;
  };

  /**
   * The site's keys for finding a kind's records, listed once per task: a page opening a
   * dozen collections over thousands of records lists the storage once, not once per
   * collection. Any change this vault makes lists again; so does any change another tab
   * reports, and the next task. Backups, erase and undo always list afresh (`allKeys`):
   * they must see exactly what storage holds.
   */
  let listed: Map<string, string[]> | null = null;
  const relist = () => {
    listed = null;
  };
  /** Ids by kind prefix (`rf:<kind>:`), grouped in one pass over the keys. */
  const idsByPrefix = (): Map<string, string[]> => {
    if (!listed) {
      const groups = new Map<string, string[]>();
      for (const key of allKeys()) {
        const end = key.indexOf(':', KEY_PREFIX.length);
        if (end < 0 || end === key.length - 1) continue;
        const prefix = key.slice(0, end + 1);
        const ids = groups.get(prefix);
        if (ids) ids.push(key.slice(end + 1));
        else groups.set(prefix, [key.slice(end + 1)]);
      }
      listed = groups;
      setTimeout(relist, 0);
    }
    return listed;
  };

  const lock = (key: string, version: number) => {
    $mode.set('locked');
    notify({
      id: 'locked',
      kind: 'locked',
      message: `Some of your data (${key}) was saved by a newer version of this site (data version ${version}). To keep it safe, this page will not save changes. Reload the page to get the newest version of the site.`,
    });
  };

  /** Moves an unreadable value to a quarantine key; returns that key, or null if it could not. */
  const quarantine = (key: string, raw: string, reason: string): string | null => {
    const qKey = `${QUARANTINE_PREFIX}${new Date(now()).toISOString()}:${key}`;
    try {
      relist();
      storage.setItem(qKey, raw);
      storage.removeItem(key);
    } catch {
      notify({
        id: `quarantine-failed:${key}`,
        kind: 'quarantined',
        message: `Some saved data (${key}) could not be read because ${reason}. It was left untouched, and this page will not change it.`,
      });
      return null;
    }
    notify({
      id: `quarantined:${qKey}`,
      kind: 'quarantined',
      message: `Some saved data (${key}) could not be read because ${reason}. The site set it aside instead of deleting it; download it to keep a copy or to ask for help recovering it.`,
      quarantineKey: qKey,
    });
    return qKey;
  };

  const read = <T>(kind: RecordKind<T>, id: string): Decoded<T> => {
    const key = kind.prefix + id;
    const raw = get(key);
    const decoded = decodeRecord(kind, raw);
    if (decoded.state === 'corrupt' && raw !== null) {
      quarantine(key, raw, decoded.reason);
      return get(key) === null ? { state: 'absent' } : decoded;
    }
    if (decoded.state === 'newer') lock(key, decoded.version);
    return decoded;
  };

  const accepts = <T>(kind: RecordKind<T>, data: T): boolean => {
    if (kind.schema.safeParse(data).success) return true;
    notify({
      id: `invalid:${kind.prefix}`,
      kind: 'invalid',
      message: `${kind.label}: that change was not saved, because it does not fit what the site can keep (for example a text that is too long or a list that is full). Your saved data is unchanged.`,
    });
    return false;
  };

  const write = <T>(kind: RecordKind<T>, id: string, data: T, baseRev: number, over?: Overwrote): WriteResult => {
    if ($mode.get() === 'locked') return { ok: false, reason: 'locked' };
    if (!accepts(kind, data)) return { ok: false, reason: 'invalid' };
    const key = kind.prefix + id;
    const current = decodeRecord(kind, get(key));
    if (current.state === 'newer') {
      lock(key, current.version);
      return { ok: false, reason: 'locked' };
    }
    if (current.state === 'absent' && baseRev > 0) return { ok: false, reason: 'deleted' };
    const stored = current.state === 'ok' ? current.rev : 0;
    const rev = Math.max(stored, baseRev) + 1;
    try {
      relist();
      storage.setItem(key, encodeRecord(kind, data, rev, now(), over));
    } catch (e) {
      if (isQuotaError(e)) {
        setWritable('full');
        notify({ id: 'quota', kind: 'quota', message: QUOTA_MESSAGE });
        return { ok: false, reason: 'quota' };
      }
      return { ok: false, reason: 'failed' };
    }
    dismiss('quota');
    setWritable('saved');
    return { ok: true, rev };
  };

  const writeNew = <T>(kind: RecordKind<T>, entries: readonly (readonly [string, T])[]): NewWrites => {
    const out: NewWrites = { written: [], taken: [], invalid: [], refused: [] };
    let stopped = $mode.get() === 'locked';
    const at = now();
    for (const [id, data] of entries) {
      if (stopped) {
        out.refused.push(id);
        continue;
      }
      if (!accepts(kind, data)) {
        out.invalid.push(id);
        continue;
      }
      const key = kind.prefix + id;
      if (get(key) !== null) {
        out.taken.push(id);
        continue;
      }
      try {
        relist();
        storage.setItem(key, encodeRecord(kind, data, 1, at));
        out.written.push([id, 1]);
      } catch (e) {
        out.refused.push(id);
        if (isQuotaError(e)) {
          stopped = true;
          setWritable('full');
          notify({ id: 'quota', kind: 'quota', message: QUOTA_MESSAGE });
        }
      }
    }
    if (out.written.length && !stopped) {
      dismiss('quota');
      setWritable('saved');
    }
    return out;
  };

  const remove = (kind: RecordKind<unknown>, id: string): boolean => {
    if ($mode.get() === 'locked') return false;
    try {
      relist();
      storage.removeItem(kind.prefix + id);
      return true;
    } catch {
      return false;
    }
  };

  const rawEntries = (): [string, string][] =>
    allKeys().flatMap((k) => {
      const v = get(k);
      return v === null ? [] : [[k, v] as [string, string]];
    });

  const restoreRaw = (entries: [string, string][]): boolean => {
    try {
      relist();
      for (const [k, v] of entries) storage.setItem(k, v);
      return true;
    } catch {
      return false;
    }
  };

  const restoreExact = (entries: [string, string][]): boolean => {
    const keep = new Map(entries);
    for (const k of allKeys()) {
      if (keep.has(k)) continue;
      try {
        relist();
        storage.removeItem(k);
      } catch {
        // keep going: the rest can still be put back
      }
    }
    // Values that are already right are not written again (no needless events, no quota use).
    return restoreRaw(entries.filter(([k, v]) => get(k) !== v));
  };

  const eraseAll = (): [string, string][] => {
    const before = rawEntries();
    for (const [k] of before) {
      try {
        relist();
        storage.removeItem(k);
      } catch {
        // keep going: erase what can be erased
      }
    }
    return before;
  };

  const emit = (keys: readonly string[] | null) => {
    relist();
    for (const l of listeners) l(keys);
  };

  env.listen?.((keys) => {
    if (keys === null) return emit(null);
    const site = (typeof keys === 'string' ? [keys] : keys).filter((k) => k.startsWith(KEY_PREFIX));
    if (site.length) emit(site);
  });

  return {
    loadInSlices: env.loadInSlices ?? false,
    $mode,
    $notices,
    read,
    ids: (kind) => [...(idsByPrefix().get(kind.prefix) ?? [])],
    write,
    writeNew,
    accepts,
    quarantine,
    restoreExact,
    remove,
    rawEntries,
    keys: allKeys,
    size() {
      try {
        return storage.length;
      } catch {
        return 0;
      }
    },
    restoreRaw,
    eraseAll,
    removeRaw(keys) {
      for (const k of keys) {
        try {
          relist();
          storage.removeItem(k);
        } catch {
          // keep going
        }
      }
    },
    rawValue: get,
    notify,
    dismiss,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changedAll: () => emit(null),
  };
}
