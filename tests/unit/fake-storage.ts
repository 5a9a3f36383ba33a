/**
 * A browser with several tabs sharing one localStorage: each tab's storage writes to the
 * shared data and fires `storage` events in every other tab, as browsers do.
 */
export class FakeBrowser {
  readonly data = new Map<string, string>();
  private readonly tabs = new Set<FakeStorage>();
  /** When set, writes throw a QuotaExceededError once the data would exceed this many characters. */
  quota = Number.POSITIVE_INFINITY;
  /**
   * When true, other tabs hear of a change only when `deliver()` is called, as in a real
   * browser where the storage event arrives in a later task: two tabs can then both act on
   * what they saw before either heard of the other's save.
   */
  deferEvents = false;
  private readonly queue: [FakeStorage, string | null][] = [];

  /** Opens a tab with its own storage view and event listeners. */
  tab(): FakeStorage {
    const s = new FakeStorage(this);
    this.tabs.add(s);
    return s;
  }

  used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }

  broadcast(from: FakeStorage, key: string | null) {
    for (const t of this.tabs) {
      if (t === from) continue;
      if (this.deferEvents) this.queue.push([t, key]);
      else t.fire(key);
    }
  }

  /** Delivers waiting storage events (all of them, or only the first `n`), oldest first. */
  deliver(n = Number.POSITIVE_INFINITY) {
    for (let i = 0; i < n && this.queue.length; i++) {
      const [tab, key] = this.queue.shift() as [FakeStorage, string | null];
      tab.fire(key);
    }
  }

  /** Storage events not yet delivered. */
  get waiting(): number {
    return this.queue.length;
  }
}

export class FakeStorage implements Storage {
  private listeners = new Set<(key: string | null) => void>();
  constructor(private readonly browser: FakeBrowser) {}

  get length() {
    return this.browser.data.size;
  }
  key(i: number) {
    return [...this.browser.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.browser.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const old = this.browser.data.get(k);
    const grows = k.length + v.length - (old === undefined ? 0 : k.length + old.length);
    if (this.browser.used() + grows > this.browser.quota) throw new DOMException('full', 'QuotaExceededError');
    this.browser.data.set(k, String(v));
    this.browser.broadcast(this, k);
  }
  removeItem(k: string) {
    if (!this.browser.data.has(k)) return;
    this.browser.data.delete(k);
    this.browser.broadcast(this, k);
  }
  clear() {
    this.browser.data.clear();
    this.browser.broadcast(this, null);
  }
  /** The vault's `listen` hook for this tab. */
  listen = (cb: (key: string | null) => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };
  fire(key: string | null) {
    for (const l of this.listeners) l(key);
  }
}

/** A storage whose every call throws, like blocked storage in some private modes. */
export const blockedStorage: Storage = {
  get length(): number {
    throw new DOMException('blocked', 'SecurityError');
  },
  key() {
    throw new DOMException('blocked', 'SecurityError');
  },
  getItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
  clear() {
    throw new DOMException('blocked', 'SecurityError');
  },
};
