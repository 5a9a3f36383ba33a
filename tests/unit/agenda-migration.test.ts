import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSession } from '../../src/domain/agenda-plan';
import { migrateAgendaV1 } from '../../src/schemas/workshop-state';
import { buildBackup } from '../../src/store/backup';
import { applyBackup, checkBackup } from '../../src/store/backup-import';
import { decodeRecord } from '../../src/store/codec';
import { createCollection } from '../../src/store/collection';
import { agendaKind } from '../../src/store/kinds/workshop';
import { createVault } from '../../src/store/vault';
import { FakeBrowser } from './fake-storage';

/** A saved example, as the site stored it. */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function openTab(browser: FakeBrowser, now = () => 1_770_000_000_000) {
  const storage = browser.tab();
  const vault = createVault({ storage, now, listen: storage.listen });
  return { vault, agendas: createCollection(vault, agendaKind) };
}

const halfDay = [
  { id: 'welcome', kind: 'welcome', title: 'Welcome', minutes: 5 },
  {
    id: 'm1',
    kind: 'module',
    module: '01-x',
    title: 'Module one',
    minutes: 20,
    steps: [{ kind: 'talk' as const, minutes: 20 }],
  },
  { id: 'break', kind: 'break', title: 'Break', minutes: 15 },
];

describe('agenda records: version 1 to version 2', () => {
  it('the v1 → v2 step moves start times into sessions and minutes into edits', () => {
    const v1 = JSON.parse(fixture('agenda-v1-half-day.json')).data;
    expect(migrateAgendaV1(v1)).toEqual({
      sessions: { '1': { start: '09:30' } },
      edits: { m1: { minutes: 30 }, break: { minutes: 10 } },
      own: {},
    });
    // Not a v1 agenda: passed on, so the v2 schema refuses it and it is set aside.
    expect(migrateAgendaV1({ starts: 'x' })).toEqual({ starts: 'x' });
  });

  it('a stored v1 record loads as v2 and means the same run of show', () => {
    const browser = new FakeBrowser();
    browser.data.set('rf:agenda:half-day', fixture('agenda-v1-half-day.json'));
    browser.data.set('rf:agenda:four-weeks', fixture('agenda-v1-four-weeks.json'));
    const tab = openTab(browser);
    const half = tab.agendas.get('half-day');
    expect(half).toBeDefined();
    if (!half) return;
    const plan = planSession(half, 1, halfDay);
    expect(plan.start).toBe(9 * 60 + 30);
    expect(plan.segments.map((s) => s.minutes)).toEqual([5, 30, 10]);
    expect(tab.agendas.get('four-weeks')?.sessions).toEqual({
      '1': { start: '18:30' },
      '2': { start: '18:30' },
      '4': { start: '08:00' },
    });
    expect(tab.vault.$notices.get()).toEqual([]);
  });

  it('saves as v2 on the next change, keeping the revision growing', () => {
    const browser = new FakeBrowser();
    browser.data.set('rf:agenda:half-day', fixture('agenda-v1-half-day.json'));
    const tab = openTab(browser);
    const half = tab.agendas.get('half-day');
    if (!half) throw new Error('not loaded');
    tab.agendas.set('half-day', { ...half, sessions: { '1': { ...half.sessions['1'], date: '2026-03-03' } } });
    const stored = JSON.parse(browser.data.get('rf:agenda:half-day') ?? '{}');
    expect(stored).toMatchObject({ v: 2, rev: 5 });
    expect(stored.data.sessions['1']).toEqual({ start: '09:30', date: '2026-03-03' });
    expect(stored.data.edits.m1).toEqual({ minutes: 30 });
    // Another tab reads the v2 record as it was saved.
    expect(openTab(browser).agendas.get('half-day')).toEqual(tab.agendas.get('half-day'));
  });

  it('a backup exported with v1 agendas imports and reads as v2', () => {
    const checked = checkBackup(fixture('backup-with-agenda-v1.json'));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.backup.counts).toEqual({ 'Workshop runs of show': 2, 'Lesson progress': 1 });
    expect(checked.backup.records['rf:agenda:intro-90']).toMatchObject({
      v: 2,
      data: { sessions: { '1': { start: '23:15' } }, edits: { 'coi-start': { minutes: 12 } }, own: {} },
    });
    const browser = new FakeBrowser();
    const tab = openTab(browser);
    expect(applyBackup(tab.vault, checked.backup, 'replace')).toMatchObject({ ok: true, written: 3 });
    expect(tab.agendas.get('half-day')?.edits).toEqual({ m1: { minutes: 30 }, break: { minutes: 10 } });
    const raw = browser.data.get('rf:agenda:intro-90') ?? '';
    expect(JSON.parse(raw).v).toBe(2);
    const decoded = decodeRecord(agendaKind, raw);
    expect(decoded.state).toBe('ok');
    // And a new backup carries v2.
    const again = JSON.parse(buildBackup(tab.vault).text);
    expect(again.records['rf:agenda:half-day'].v).toBe(2);
  });

  it('a record from a newer version is left alone, and one that cannot be upgraded is set aside', () => {
    const browser = new FakeBrowser();
    const newer = JSON.stringify({ v: 3, rev: 1, at: 1, data: { future: true } });
    browser.data.set('rf:agenda:half-day', newer);
    browser.data.set('rf:agenda:intro-90', JSON.stringify({ v: 1, rev: 1, at: 1, data: { starts: 5 } }));
    const tab = openTab(browser);
    expect(tab.agendas.get('half-day')).toBeUndefined();
    expect(tab.vault.$mode.get()).toBe('locked');
    expect(browser.data.get('rf:agenda:half-day')).toBe(newer);
    expect(browser.data.has('rf:agenda:intro-90')).toBe(false);
    expect(
      [...browser.data.keys()].some((k) => k.startsWith('rf:quarantine:') && k.endsWith('rf:agenda:intro-90')),
    ).toBe(true);
  });
});
