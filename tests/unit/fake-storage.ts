/**
 * A browser with several tabs sharing one localStorage: each tab's storage writes to the
 * shared data and fires `storage` events in every other tab, as browsers do.
 */
export class FakeBrowser {
  readonly data = new Map<string, string>();
  private readonly tabs = new Set<FakeStorage>();
  /** When set, writes throw a QuotaExceededError once the data would exceed this many characters. */
  quota = Number.POSITIVE_INFINITY;

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
    for (const t of this.tabs) if (t !== from) t.fire(key);
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
