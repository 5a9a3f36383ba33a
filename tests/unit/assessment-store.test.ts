import { beforeEach, describe, expect, it } from 'vitest';
import { currentDraft } from '../../src/domain/assessment-history';
import { vault } from '../../src/store/app';
import {
  actionId,
  actions,
  addAction,
  answer,
  attempts,
  completeDraft,
  discardDraft,
  removeAction,
  setActionDone,
} from '../../src/store/assessment';
import { buildBackup } from '../../src/store/backup';
import { decodeRecord, encodeRecord } from '../../src/store/codec';
import { createCollection } from '../../src/store/collection';
import { actionKind, attemptKind } from '../../src/store/kinds/assessment';
import { KINDS, kindOfKey } from '../../src/store/registry';
import { createVault } from '../../src/store/vault';
import { evenAnswers, fixtureData } from './assessment-fixtures';
import { FakeBrowser } from './fake-storage';

const data = fixtureData();

beforeEach(() => {
  vault.eraseAll();
  vault.changedAll();
});

describe('self-assessment records', () => {
  it('are part of backups, import and erase', () => {
    expect(KINDS).toContain(attemptKind);
    expect(KINDS).toContain(actionKind);
    expect(kindOfKey('rf:assessment:abc')).toBe(attemptKind);
    expect(kindOfKey('rf:action:trust:promise-list')).toBe(actionKind);
    answer('trust-s1', 4, 1000);
    expect(JSON.parse(buildBackup(vault).text).records).toHaveProperty([
      `rf:assessment:${currentDraft(attempts.$items.get())?.id}`,
    ]);
  });

  it('read what they write and refuse answers outside 1–5', () => {
    const attempt = { startedAt: 1, completedAt: 2, answers: { 'gf-offer-first': 5 }, scores: { trust: 80 } };
    expect(decodeRecord(attemptKind, encodeRecord(attemptKind, attempt, 1, 3))).toMatchObject({
      state: 'ok',
      data: attempt,
    });
    for (const bad of [
      { startedAt: 1, answers: { 'gf-offer-first': 6 } },
      { startedAt: 1, answers: { 'gf-offer-first': 2.5 } },
      { startedAt: 1, answers: { 'Not An Id': 3 } },
      { startedAt: 1, answers: {}, scores: { trust: 101 } },
      { answers: {} },
    ]) {
      expect(decodeRecord(attemptKind, JSON.stringify({ v: 1, rev: 1, at: 1, data: bad })).state).toBe('corrupt');
    }
    const action = { text: 'Call three people', dimension: 'channels', createdAt: 5, source: 'assessment' };
    expect(decodeRecord(actionKind, encodeRecord(actionKind, action, 1, 6))).toMatchObject({
      state: 'ok',
      data: action,
    });
    expect(decodeRecord(actionKind, JSON.stringify({ v: 1, rev: 1, at: 1, data: { ...action, text: '' } })).state).toBe(
      'corrupt',
    );
  });
});

describe('taking the assessment', () => {
  it('starts an attempt with the first answer and keeps adding to it', () => {
    expect(answer('trust-s1', 4, 1000)).toBe(true);
    expect(answer('trust-s2', 2, 2000)).toBe(true);
    expect(answer('trust-s1', 5, 3000)).toBe(true);
    const ids = Object.keys(attempts.$items.get()).filter((id) => attempts.get(id));
    expect(ids).toHaveLength(1);
    const draft = currentDraft(attempts.$items.get());
    expect(draft?.attempt).toEqual({ startedAt: 1000, answers: { 'trust-s1': 5, 'trust-s2': 2 } });
    // Saved at once, so a reload (a fresh read of storage) finds it.
    const id = draft?.id ?? '';
    expect(vault.read(attemptKind, id)).toMatchObject({ state: 'ok', data: { answers: { 'trust-s1': 5 } } });
  });

  it('completes the attempt with its time and scores, and the next answer starts a new one', () => {
    for (const [id, v] of Object.entries(evenAnswers(data, 4))) answer(id, v, 1000);
    const id = completeDraft(data, 5000);
    expect(id).not.toBeNull();
    const done = attempts.get(id ?? '');
    expect(done?.completedAt).toBe(5000);
    expect(done?.scores).toEqual(Object.fromEntries(data.dimensions.map((d) => [d.id, 75])));
    expect(currentDraft(attempts.$items.get())).toBeNull();
    expect(completeDraft(data, 6000)).toBeNull();
    answer('trust-s1', 1, 7000);
    const next = currentDraft(attempts.$items.get());
    expect(next?.id).not.toBe(id);
    expect(next?.attempt.answers).toEqual({ 'trust-s1': 1 });
  });

  it('throws away an unfinished attempt on start over, but never a completed one', () => {
    for (const [sid, v] of Object.entries(evenAnswers(data, 3))) answer(sid, v, 1000);
    const done = completeDraft(data, 2000) ?? '';
    answer('coi-s1', 2, 3000);
    discardDraft();
    expect(currentDraft(attempts.$items.get())).toBeNull();
    expect(attempts.get(done)?.completedAt).toBe(2000);
  });

  it('shows a half-finished attempt in another tab and after a reload', () => {
    const browser = new FakeBrowser();
    const open = () => {
      const storage = browser.tab();
      return createCollection(createVault({ storage, listen: storage.listen }), attemptKind);
    };
    const a = open();
    const b = open();
    a.set('t1', { startedAt: 1, answers: { 'trust-s1': 4 } });
    expect(b.get('t1')).toEqual({ startedAt: 1, answers: { 'trust-s1': 4 } });
    b.set('t1', { startedAt: 1, answers: { 'trust-s1': 4, 'coi-s1': 2 } });
    expect(a.get('t1')?.answers).toEqual({ 'trust-s1': 4, 'coi-s1': 2 });
    expect(open().get('t1')?.answers).toEqual({ 'trust-s1': 4, 'coi-s1': 2 });
  });
});

describe('30-day actions', () => {
  const action = { id: 'promise-list', text: 'Keep a list of every promise' };

  it('are added once under a stable id', () => {
    expect(addAction('trust', action, 100)).toBe(true);
    expect(addAction('trust', action, 200)).toBe(true);
    const id = actionId('trust', 'promise-list');
    expect(id).toBe('trust:promise-list');
    expect(actions.get(id)).toEqual({ text: action.text, dimension: 'trust', createdAt: 100, source: 'assessment' });
    expect(Object.values(actions.$items.get()).filter(Boolean)).toHaveLength(1);
  });

  it('can be ticked off, opened again and removed', () => {
    addAction('trust', action, 100);
    const id = actionId('trust', 'promise-list');
    expect(setActionDone(id, true, 300)).toBe(true);
    expect(actions.get(id)?.doneAt).toBe(300);
    setActionDone(id, false);
    expect(actions.get(id)).not.toHaveProperty('doneAt');
    removeAction(id);
    expect(actions.get(id)).toBeUndefined();
    expect(setActionDone(id, true)).toBe(false);
  });
});
