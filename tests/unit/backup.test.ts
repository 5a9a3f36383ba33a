import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName, buildBackup, eraseEverything, planImport, undoErase } from '../../src/store/backup';
import { applyBackup, checkBackup, MAX_BACKUP_BYTES } from '../../src/store/backup-import';
import { createCollection } from '../../src/store/collection';
import { lessonKind, reflectionKind } from '../../src/store/kinds/course';
import { createVault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

function openTab(browser: FakeBrowser, now = () => 1_700_000_000_000) {
  const storage = browser.tab();
  const vault = createVault({ storage, now, listen: storage.listen });
  return { vault, lessons: createCollection(vault, lessonKind), reflections: createCollection(vault, reflectionKind) };
}

/** Records only: what a reader would call "their data". */
function snapshot(tab: ReturnType<typeof openTab>) {
  return { lessons: tab.lessons.$items.get(), reflections: tab.reflections.$items.get() };
}

describe('backup files', () => {
  it('are named with the date', () => {
    expect(backupFileName(new Date(2026, 0, 5))).toBe('relationship-first-backup-2026-01-05.json');
  });

  it('round-trip: export, erase, import restores everything', () => {
    const browser = new FakeBrowser();
    const tab = openTab(browser);
    tab.lessons.set('01-a', { completed: true, completedAt: 5, quiz: { q1: 2 } });
    tab.reflections.set('01-a:p', { text: 'My <b>notes</b> & "quotes"' });
    const before = snapshot(tab);
    const file = buildBackup(tab.vault).text;
    eraseEverything(tab.vault);
    expect(snapshot(tab)).toEqual({ lessons: {}, reflections: {} });
    const checked = checkBackup(file);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.backup.counts).toEqual({ 'Lesson progress': 1, Reflections: 1 });
    expect(applyBackup(tab.vault, checked.backup, 'replace')).toMatchObject({ ok: true, written: 2 });
    expect(snapshot(tab)).toEqual(before);
  });

  it('property: any sequence of edits survives export then import unchanged', () => {
    const edit = fc.oneof(
      fc.record({
        type: fc.constant('lesson' as const),
        id: fc.constantFrom('01-a', '02-b', '03-c'),
        completed: fc.boolean(),
        quiz: fc.dictionary(fc.constantFrom('q1', 'q2', 'q3'), fc.integer({ min: 0, max: 4 })),
      }),
      fc.record({
        type: fc.constant('reflection' as const),
        id: fc.constantFrom('01-a:x', '02-b:y'),
        text: fc.string({ maxLength: 200 }),
      }),
      fc.record({ type: fc.constant('delete' as const), id: fc.constantFrom('01-a', '01-a:x') }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), fc.constantFrom('replace', 'merge'), (edits, mode) => {
        const source = openTab(new FakeBrowser());
        for (const e of edits) {
          if (e.type === 'lesson') source.lessons.set(e.id, { completed: e.completed, quiz: e.quiz });
          else if (e.type === 'reflection') source.reflections.set(e.id, { text: e.text });
          else {
            source.lessons.remove(e.id);
            source.reflections.remove(e.id);
          }
        }
        const file = buildBackup(source.vault).text;
        const target = openTab(new FakeBrowser());
        const checked = checkBackup(file);
        if (!checked.ok) return false;
        applyBackup(target.vault, checked.backup, mode);
        expect(snapshot(target)).toEqual(snapshot(source));
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('merge keeps the newer copy of each record and adds the missing ones', () => {
    let t = 1000;
    const browser = new FakeBrowser();
    const tab = openTab(browser, () => t);
    tab.reflections.set('a:p', { text: 'old local' });
    tab.reflections.set('b:p', { text: 'local only' });
    t = 3000;
    tab.reflections.set('c:p', { text: 'new local' });
    const incoming = {
      exportedAt: 'x',
      counts: {},
      verbatim: {},
      records: {
        'rf:reflection:a:p': { v: 1, rev: 1, at: 2000, data: { text: 'newer in backup' } },
        'rf:reflection:c:p': { v: 1, rev: 9, at: 2000, data: { text: 'older in backup' } },
        'rf:reflection:d:p': { v: 1, rev: 1, at: 2000, data: { text: 'backup only' } },
      },
    };
    applyBackup(tab.vault, incoming, 'merge');
    const texts = Object.fromEntries(Object.entries(tab.reflections.$items.get()).map(([k, v]) => [k, v?.text]));
    expect(texts).toEqual({ 'a:p': 'newer in backup', 'b:p': 'local only', 'c:p': 'new local', 'd:p': 'backup only' });
  });

  it('an import raises revisions above the local ones', () => {
    const local: [string, string][] = [
      ['rf:reflection:a:p', JSON.stringify({ v: 1, rev: 7, at: 1, data: { text: 'x' } })],
    ];
    const plan = planImport(
      local,
      {
        exportedAt: '',
        counts: {},
        verbatim: {},
        records: { 'rf:reflection:a:p': { v: 1, rev: 2, at: 5, data: { text: 'y' } } },
      },
      'merge',
    );
    expect(JSON.parse(plan.writes[0]![1]).rev).toBe(8);
  });

  it('replace removes records the backup does not have', () => {
    const tab = openTab(new FakeBrowser());
    tab.reflections.set('gone:p', { text: 'bye' });
    applyBackup(tab.vault, { exportedAt: '', counts: {}, verbatim: {}, records: {} }, 'replace');
    expect(tab.reflections.$items.get()).toEqual({});
  });

  it('erase can be undone', () => {
    const tab = openTab(new FakeBrowser());
    tab.lessons.set('01-a', { completed: true, quiz: {} });
    const snap = eraseEverything(tab.vault);
    expect(tab.lessons.get('01-a')).toBeUndefined();
    expect(undoErase(tab.vault, snap)).toBe(true);
    expect(tab.lessons.get('01-a')?.completed).toBe(true);
  });
});

describe('bad backup files are refused with a reason, and change nothing', () => {
  const good = JSON.stringify({
    app: 'relationship-first',
    format: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    records: {},
  });
  const reject = (text: string, size?: number) => {
    const r = checkBackup(text, size);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error;
  };

  it('accepts an empty but well-formed backup', () => {
    expect(checkBackup(good).ok).toBe(true);
  });

  it('refuses an empty file, a non-JSON file and a truncated one', () => {
    expect(reject('')).toMatch(/empty/);
    expect(reject('name,email\nAda,ada@example.com')).toMatch(/not valid JSON/);
    expect(reject(good.slice(0, good.length - 5))).toMatch(/cut short/);
  });

  it('refuses other JSON and wrong types', () => {
    expect(reject('[1,2,3]')).toMatch(/not a backup from this site/);
    expect(reject(JSON.stringify({ app: 'relationship-first', format: 1, exportedAt: 5, records: [] }))).toMatch(
      /damaged/,
    );
    expect(
      reject(
        JSON.stringify({
          app: 'relationship-first',
          format: 1,
          exportedAt: 'x',
          records: { 'rf:lesson:01-a': { v: 1, rev: 1, at: 1, data: { completed: 'yes' } } },
        }),
      ),
    ).toMatch(/rf:lesson:01-a.*wrong type/);
  });

  it('refuses unknown keys, newer versions and huge files', () => {
    expect(
      reject(JSON.stringify({ app: 'relationship-first', format: 1, exportedAt: 'x', records: { 'rf:evil:1': {} } })),
    ).toMatch(/does not know/);
    expect(reject(JSON.stringify({ app: 'relationship-first', format: 3, exportedAt: 'x', records: {} }))).toMatch(
      /newer version/,
    );
    expect(
      reject(
        JSON.stringify({
          app: 'relationship-first',
          format: 1,
          exportedAt: 'x',
          records: { 'rf:lesson:a': { v: 5, rev: 1, at: 1, data: {} } },
        }),
      ),
    ).toMatch(/newer version/);
    expect(reject(good, MAX_BACKUP_BYTES + 1)).toMatch(/the limit is 25 MB/);
  });

  it('refuses __proto__ and constructor keys anywhere', () => {
    expect(reject('{"__proto__":{"polluted":true},"app":"relationship-first"}')).toMatch(/"__proto__"/);
    expect(
      reject(
        '{"app":"relationship-first","format":1,"exportedAt":"x","records":{"rf:lesson:a":{"v":1,"rev":1,"at":1,"data":{"completed":true,"quiz":{"constructor":1}}}}}',
      ),
    ).toMatch(/"constructor"/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        checkBackup(text);
        return true;
      }),
    );
  });
});
