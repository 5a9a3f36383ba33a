import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { decodeRecord, encodeRecord, migrate, savedAt } from '../../src/store/codec';
import { createCollection } from '../../src/store/collection';
import { lessonKind, reflectionKind } from '../../src/store/kinds/course';
import { defineKind, QUARANTINE_PREFIX, type RecordKind } from '../../src/store/kinds/define';
import { KINDS } from '../../src/store/registry';
import { createVault, probeStorage } from '../../src/store/vault';
import { blockedStorage, FakeBrowser } from './fake-storage';

/** A vault and collections for one tab of a fake browser. */
function openTab(browser: FakeBrowser, now = () => 1_700_000_000_000) {
  const storage = browser.tab();
  const vault = createVault({ storage, now, listen: storage.listen });
  return {
    storage,
    vault,
    lessons: createCollection(vault, lessonKind),
    reflections: createCollection(vault, reflectionKind),
  };
}

const progress = (completed = false) => ({ completed, quiz: {} });

describe('codec', () => {
  it('reads when a record was saved from its head, and reads anything else in full', () => {
    expect(savedAt(encodeRecord(reflectionKind, { text: '"at":1,"data":' }, 3, 1_700_000_000_000))).toBe(
      1_700_000_000_000,
    );
    expect(savedAt(encodeRecord(reflectionKind, { text: 'x' }, 2, 5, { rev: 1, fields: [['text']] }))).toBe(5);
    // Written by another program, keys in another order: still a record.
    expect(savedAt(JSON.stringify({ data: { text: 'x' }, at: 7, rev: 1, v: 1 }))).toBe(7);
    // Not a record: no time.
    expect(savedAt('{not json')).toBeUndefined();
    expect(savedAt(JSON.stringify({ v: 1, rev: 1, data: {} }))).toBeUndefined();
    expect(savedAt(JSON.stringify({ v: 0, rev: 1, at: 3, data: {} }))).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.integer({ min: 1, max: 1e6 }), (text, at, rev) => {
        const raw = encodeRecord(reflectionKind, { text }, rev, at);
        expect(savedAt(raw)).toBe(JSON.parse(raw).at);
      }),
    );
  });

  it('reads what it writes', () => {
    const raw = encodeRecord(lessonKind, { completed: true, quiz: { q: 2 } }, 3, 42);
    expect(decodeRecord(lessonKind, raw)).toEqual({
      state: 'ok',
      data: { completed: true, quiz: { q: 2 } },
      rev: 3,
      at: 42,
    });
  });

  it('calls every unreadable value corrupt, with a reason, and never throws', () => {
    expect(decodeRecord(lessonKind, '{nope')).toEqual({ state: 'corrupt', reason: 'it is not valid JSON' });
    expect(decodeRecord(lessonKind, '"a string"').state).toBe('corrupt');
    expect(
      decodeRecord(lessonKind, JSON.stringify({ v: 1, rev: 1, at: 1, data: { completed: 'yes', quiz: {} } })),
    ).toEqual({
      state: 'corrupt',
      reason: 'some of its fields have the wrong type',
    });
    expect(decodeRecord(lessonKind, null)).toEqual({ state: 'absent' });
  });

  it('reports data from a newer version instead of reading it', () => {
    expect(decodeRecord(lessonKind, JSON.stringify({ v: 9, rev: 1, at: 1, data: {} }))).toEqual({
      state: 'newer',
      version: 9,
    });
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const d = decodeRecord(lessonKind, raw);
          return ['ok', 'corrupt', 'newer', 'absent'].includes(d.state);
        },
      ),
    );
  });

  it('never throws on random envelopes', () => {
    fc.assert(
      fc.property(fc.record({ v: fc.integer(), rev: fc.integer(), at: fc.double(), data: fc.anything() }), (env) => {
        let raw: string;
        try {
          raw = JSON.stringify(env);
        } catch {
          return true;
        }
        decodeRecord(reflectionKind, raw ?? 'null');
        return true;
      }),
    );
  });
});

describe('migrations run step by step', () => {
  // A kind with three versions: v1 {name}, v2 {name, tags}, v3 {first, last, tags}.
  const v3 = z.object({ first: z.string(), last: z.string(), tags: z.array(z.string()) });
  const kind = defineKind('test', {
    label: 'People',
    schema: v3,
    upgrades: [
      (d) => ({ ...(d as object), tags: [] }),
      (d) => {
        const { name, tags } = d as { name: string; tags: string[] };
        const [first = '', ...rest] = name.split(' ');
        return { first, last: rest.join(' '), tags };
      },
    ],
  });

  it('is at the version its steps reach, under its own prefix', () => {
    expect(kind).toMatchObject({ prefix: 'rf:test:', version: 3 });
    expect(defineKind('plain', { label: 'Plain', schema: v3 })).toMatchObject({ version: 1, upgrades: [] });
  });

  it('upgrades v1 to v2', () => {
    expect(migrate({ ...kind, version: 2 }, { name: 'Ada Lovelace' }, 1)).toEqual({
      ok: true,
      data: { name: 'Ada Lovelace', tags: [] },
    });
  });

  it('upgrades v2 to v3', () => {
    expect(migrate(kind, { name: 'Ada King Lovelace', tags: ['x'] }, 2)).toEqual({
      ok: true,
      data: { first: 'Ada', last: 'King Lovelace', tags: ['x'] },
    });
  });

  it('upgrades v1 all the way and says it did', () => {
    const raw = JSON.stringify({ v: 1, rev: 4, at: 5, data: { name: 'Grace Hopper' } });
    expect(decodeRecord(kind, raw)).toEqual({
      state: 'ok',
      data: { first: 'Grace', last: 'Hopper', tags: [] },
      rev: 4,
      at: 5,
      migratedFrom: 1,
    });
  });

  it('reports a missing or failing step as unreadable', () => {
    expect(migrate({ ...kind, upgrades: kind.upgrades.slice(0, 1) }, {}, 1)).toEqual({
      ok: false,
      reason: 'there is no way to upgrade it from version 2',
    });
    expect(migrate(kind, null, 2)).toEqual({ ok: false, reason: 'upgrading it from version 2 failed' });
  });

  /** The upgrade steps a kind needs, each as `[label of the step, the step or undefined]`. */
  const stepsOf = (k: RecordKind<unknown>) =>
    Array.from({ length: k.version - 1 }, (_, i) => [`${k.label} v${i + 1} → v${i + 2}`, k.upgrades[i]] as const);

  it('every kind the site stores has a step for every older version', () => {
    const steps = KINDS.flatMap(stepsOf);
    // A check that found no steps to look at would pass on anything: the agenda kind is at
    // version 2, so there is at least one.
    expect(steps.length).toBeGreaterThan(0);
    for (const [label, step] of steps) expect(step, label).toBeTypeOf('function');
  });

  it('the step check fails for a kind at version 2 with no way up from version 1', () => {
    const missing = { ...reflectionKind, version: 2 } as RecordKind<unknown>;
    const steps = stepsOf(missing);
    expect(steps).toHaveLength(1);
    expect(steps.every(([, step]) => typeof step === 'function')).toBe(false);
  });
});

describe('vault faults', () => {
  it('quarantines an unreadable value instead of deleting it, and tells the reader', () => {
    const browser = new FakeBrowser();
    browser.data.set('rf:lesson:01-a', '{"broken');
    const { vault, lessons } = openTab(browser);
    expect(lessons.get('01-a')).toBeUndefined();
    const qKey = [...browser.data.keys()].find((k) => k.startsWith(QUARANTINE_PREFIX));
    expect(qKey).toMatch(/^rf:quarantine:.*:rf:lesson:01-a$/);
    expect(browser.data.get(qKey!)).toBe('{"broken');
    expect(browser.data.has('rf:lesson:01-a')).toBe(false);
    expect(vault.$notices.get()).toEqual([expect.objectContaining({ kind: 'quarantined', quarantineKey: qKey })]);
    // The app keeps working: a new save goes to the original key.
    lessons.set('01-a', progress(true));
    expect(lessons.get('01-a')?.completed).toBe(true);
  });

  it('never overwrites data from a newer version, and stops saving', () => {
    const browser = new FakeBrowser();
    const newer = JSON.stringify({ v: 99, rev: 1, at: 1, data: { whatever: true } });
    browser.data.set('rf:lesson:01-a', newer);
    const { vault, lessons } = openTab(browser);
    expect(vault.$mode.get()).toBe('locked');
    expect(vault.$notices.get().map((n) => n.kind)).toEqual(['locked']);
    expect(lessons.set('01-a', progress(true))).toBe(false);
    expect(lessons.set('02-b', progress(true))).toBe(false);
    expect(browser.data.get('rf:lesson:01-a')).toBe(newer);
    expect(browser.data.has('rf:lesson:02-b')).toBe(false);
  });

  it('works in memory when storage is blocked, and says nothing will be kept', () => {
    expect(probeStorage(() => blockedStorage)).toBeNull();
    expect(
      probeStorage(() => {
        throw new DOMException('no', 'SecurityError');
      }),
    ).toBeNull();
    const vault = createVault({ storage: null });
    const lessons = createCollection(vault, lessonKind);
    expect(vault.$mode.get()).toBe('memory');
    expect(vault.$notices.get()[0]?.message).toMatch(/will be gone when you close this page/);
    expect(lessons.set('01-a', progress(true))).toBe(true);
    expect(lessons.get('01-a')?.completed).toBe(true);
  });

  it('keeps an edit on screen when storage is full, and damages nothing stored', () => {
    const browser = new FakeBrowser();
    const { vault, lessons, reflections } = openTab(browser);
    lessons.set('01-a', progress(true));
    const before = new Map(browser.data);
    browser.quota = browser.used() + 10;
    expect(reflections.set('01-a:p', { text: 'x'.repeat(500) })).toBe(false);
    expect(reflections.get('01-a:p')?.text).toHaveLength(500);
    expect(reflections.$unsaved.get()).toEqual(['01-a:p']);
    expect(vault.$notices.get().map((n) => n.kind)).toEqual(['quota']);
    expect(browser.data).toEqual(before);
    // Space freed: the next flush saves it and the notice goes.
    browser.quota = Number.POSITIVE_INFINITY;
    reflections.flush();
    expect(reflections.$unsaved.get()).toEqual([]);
    expect(vault.$notices.get()).toEqual([]);
    expect(JSON.parse(browser.data.get('rf:reflection:01-a:p')!).data.text).toHaveLength(500);
  });
});

describe('two tabs', () => {
  it('edits to different records both survive', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    a.reflections.set('01-a:one', { text: 'from A' }, 400);
    b.reflections.set('01-a:two', { text: 'from B' }, 400);
    a.reflections.flush();
    b.reflections.flush();
    for (const tab of [a, b, openTab(browser)]) {
      expect(tab.reflections.get('01-a:one')?.text).toBe('from A');
      expect(tab.reflections.get('01-a:two')?.text).toBe('from B');
    }
  });

  it('the same record: the later edit wins and neither tab shows stale data', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    a.lessons.set('01-a', { completed: true, quiz: {} });
    expect(b.lessons.get('01-a')?.completed).toBe(true);
    b.lessons.set('01-a', { completed: false, quiz: { q: 1 } });
    expect(a.lessons.get('01-a')).toEqual({ completed: false, quiz: { q: 1 } });
    const stored = JSON.parse(browser.data.get('rf:lesson:01-a')!);
    expect(stored.rev).toBe(2);
    expect(stored.data).toEqual({ completed: false, quiz: { q: 1 } });
  });

  it('a pending edit in one tab beats an earlier save in another', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    a.reflections.set('x:p', { text: 'A typing' }, 400);
    b.reflections.set('x:p', { text: 'B saved' });
    expect(a.reflections.get('x:p')?.text).toBe('A typing');
    a.reflections.flush();
    expect(b.reflections.get('x:p')?.text).toBe('A typing');
    expect(JSON.parse(browser.data.get('rf:reflection:x:p')!).rev).toBe(2);
  });

  it('a record deleted in one tab is not brought back by a stale edit in another', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    a.reflections.set('x:p', { text: 'first' });
    expect(b.reflections.get('x:p')?.text).toBe('first');
    // B starts typing, then A deletes before B's pause ends.
    b.reflections.set('x:p', { text: 'stale edit' }, 400);
    a.reflections.remove('x:p');
    b.reflections.flush();
    expect(browser.data.has('rf:reflection:x:p')).toBe(false);
    expect(b.reflections.get('x:p')).toBeUndefined();
  });

  it('a deletion that arrives at save time is reported, not overwritten', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    a.lessons.set('01-a', progress(true));
    // Another tab deletes it without this tab hearing about it yet.
    browser.data.delete('rf:lesson:01-a');
    expect(a.lessons.set('01-a', progress(false))).toBe(false);
    expect(browser.data.has('rf:lesson:01-a')).toBe(false);
    expect(a.vault.$notices.get().map((n) => n.kind)).toEqual(['deleted-elsewhere']);
  });

  it('another tab clearing storage crashes nothing', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    a.lessons.set('01-a', progress(true));
    b.storage.clear();
    expect(a.lessons.get('01-a')).toBeUndefined();
    expect(a.lessons.set('01-a', progress(true))).toBe(true);
  });
});

describe('typing pauses', () => {
  it('saves after the pause, not on every keystroke', () => {
    vi.useFakeTimers();
    try {
      const browser = new FakeBrowser();
      const a = openTab(browser);
      a.reflections.set('x:p', { text: 'h' }, 400);
      a.reflections.set('x:p', { text: 'he' }, 400);
      expect(browser.data.has('rf:reflection:x:p')).toBe(false);
      vi.advanceTimersByTime(450);
      expect(JSON.parse(browser.data.get('rf:reflection:x:p')!).data.text).toBe('he');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('bulk writes', () => {
  it('setMany notifies subscribers once and saves every record', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    let calls = 0;
    const unbind = a.reflections.$items.listen(() => calls++);
    const refused = a.reflections.setMany(
      Array.from({ length: 50 }, (_, i) => [`x:${i}`, { text: `t${i}` }] as [string, { text: string }]),
    );
    unbind();
    expect(refused).toEqual([]);
    expect(calls).toBe(1);
    expect(Object.keys(b.reflections.$items.get())).toHaveLength(50);
  });

  it('random values under the site’s keys never throw out of loading', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('rf:lesson:a', 'rf:reflection:a:b', 'rf:lesson:b'), fc.string()),
        (entries) => {
          const browser = new FakeBrowser();
          for (const [k, v] of Object.entries(entries)) browser.data.set(k, v);
          const tab = openTab(browser);
          tab.lessons.reload();
          return true;
        },
      ),
    );
  });
});

describe('saving many new records at once (imports)', () => {
  const reflection = (text: string) => ({ text });

  it('writes each new record once at revision 1, and other tabs hear of every one', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const b = openTab(browser);
    const refused = a.reflections.setMany([
      ['m:a', reflection('one')],
      ['m:b', reflection('two')],
    ]);
    expect(refused).toEqual([]);
    expect(JSON.parse(browser.data.get('rf:reflection:m:a') ?? '{}')).toMatchObject({
      v: 1,
      rev: 1,
      data: { text: 'one' },
    });
    expect(b.reflections.get('m:b')).toEqual(reflection('two'));
    expect(a.reflections.$unsaved.get()).toEqual([]);
    // A later edit in this tab starts from the revision the batch wrote.
    a.reflections.set('m:a', reflection('one, edited'));
    expect(JSON.parse(browser.data.get('rf:reflection:m:a') ?? '{}').rev).toBe(2);
  });

  it('merges an id another tab stored meanwhile instead of overwriting it, and refuses what does not fit', () => {
    const browser = new FakeBrowser();
    browser.deferEvents = true;
    const a = openTab(browser);
    const b = openTab(browser);
    b.lessons.set('l1', { completed: true, quiz: { q: 1 } });
    // Tab a has not heard of tab b's save yet.
    const refused = a.lessons.setMany([
      ['l1', { completed: false, quiz: { r: 2 } }],
      ['l2', { completed: false, quiz: { q: 99 } }],
    ]);
    expect(refused).toEqual(['l2']);
    expect(a.lessons.get('l2')).toBeUndefined();
    const stored = JSON.parse(browser.data.get('rf:lesson:l1') ?? '{}');
    expect(stored.rev).toBe(2);
    expect(stored.data.quiz).toEqual({ q: 1, r: 2 });
  });

  it('stops where storage fills: what was written stays saved, the rest is refused and shown as unsaved', () => {
    const browser = new FakeBrowser();
    const a = openTab(browser);
    const entries: [string, { text: string }][] = Array.from({ length: 10 }, (_, i) => [
      `m:${i}`,
      reflection('x'.repeat(50)),
    ]);
    browser.quota = 400;
    const refused = a.reflections.setMany(entries);
    const written = [...browser.data.keys()].filter((k) => k.startsWith('rf:reflection:'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(10);
    expect(refused).toEqual(entries.slice(written.length).map(([id]) => id));
    expect(a.reflections.$unsaved.get()).toEqual(refused);
    expect(a.vault.$mode.get()).toBe('full');
    expect(a.vault.$notices.get().map((n) => n.kind)).toContain('quota');
  });

  it('writes nothing while the vault is locked by a newer record', () => {
    const browser = new FakeBrowser();
    browser.data.set('rf:lesson:new', JSON.stringify({ v: 99, rev: 1, at: 1, data: {} }));
    const a = openTab(browser);
    expect(a.vault.$mode.get()).toBe('locked');
    expect(a.reflections.setMany([['m:a', reflection('one')]])).toEqual(['m:a']);
    expect(browser.data.has('rf:reflection:m:a')).toBe(false);
  });
});
