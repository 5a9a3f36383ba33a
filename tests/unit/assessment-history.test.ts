import { describe, expect, it } from 'vitest';
import type { Scores } from '../../src/domain/assessment';
import {
  assessmentSummary,
  attemptScores,
  completedAttempts,
  currentDraft,
  RETAKE_DAYS,
  retakeNudge,
  takerView,
} from '../../src/domain/assessment-history';
import { changeSince, formatChange, resultView } from '../../src/domain/assessment-result';
import { formatDate } from '../../src/domain/dates';
import { plannedActionList } from '../../src/domain/planned-actions';
import { decodeShareCode } from '../../src/domain/share-code';
import { DIMENSION_IDS } from '../../src/schemas/constants';
import { day, done, evenAnswers, fixtureData } from './assessment-fixtures';

/** Dates as a reader in London writes them, in UTC, so every run of the tests agrees. */
const TZ = { timeZone: 'UTC', locale: 'en-GB' };

describe('attempt lists', () => {
  it('orders completed attempts by completion and finds the newest unfinished one', () => {
    const items = {
      b: done(day('2026-03-10'), {}),
      a: done(day('2026-01-05'), {}),
      old: { startedAt: day('2026-02-01'), answers: { x: 1 } },
      draft: { startedAt: day('2026-03-12'), answers: { y: 2 } },
      gone: undefined,
    };
    expect(completedAttempts(items).map((e) => e.id)).toEqual(['a', 'b']);
    expect(currentDraft(items)?.id).toBe('draft');
    expect(currentDraft({ a: done(1, {}) })).toBeNull();
  });

  it('writes days in words', () => {
    expect(formatDate(day('2026-03-04'), 'day', TZ)).toBe('Wed, 4 Mar 2026');
  });
});

describe('history deltas', () => {
  it('gives the change per habit, null where either side has no score', () => {
    const before = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 50])) as Scores;
    const after = { ...before, trust: 62, depth: 41, coi: null };
    const delta = changeSince(before, after);
    expect(delta.trust).toBe(12);
    expect(delta.depth).toBe(-9);
    expect(delta.interest).toBe(0);
    expect(delta.coi).toBeNull();
  });

  it('writes changes with signs and words', () => {
    expect([12, -9, 0, null].map(formatChange)).toEqual(['+12', '−9', 'No change', '—']);
  });
});

describe('retake nudge', () => {
  const at = day('2026-03-01');

  it(`waits ${RETAKE_DAYS} days and says from when`, () => {
    const early = retakeNudge(at, '2026-03-30', TZ);
    expect(early.due).toBe(false);
    expect(early.text).toBe('Take it again from Tue 31 Mar. A month gives new habits time to show.');
  });

  it('nudges once 30 days have passed', () => {
    const due = retakeNudge(at, '2026-03-31', TZ);
    expect(due.due).toBe(true);
    expect(due.text).toContain('It has been 30 days since you last took the assessment.');
    expect(retakeNudge(at, '2026-06-04', TZ).text).toContain('95 days');
  });
});

describe('scores of saved attempts', () => {
  it('rescores from answers, keeping the saved score of a habit its answers cannot score', () => {
    const data = fixtureData();
    const answers = evenAnswers(data, 5);
    for (const id of Object.keys(answers)) if (id.startsWith('coi-')) delete answers[id];
    const scores = attemptScores(data.statements, done(1, answers, { coi: 42, trust: 10 }));
    expect(scores.coi).toBe(42);
    expect(scores.trust).toBe(100);
  });
});

describe('result view', () => {
  const data = fixtureData();
  const now = '2026-04-20';

  it('is null before any attempt is completed', () => {
    expect(resultView(data, {}, now, TZ)).toBeNull();
    expect(resultView(data, { d: { startedAt: 1, answers: {} } }, now, TZ)).toBeNull();
  });

  it('shows one attempt: scores, words, advice, share code, no history yet', () => {
    const answers = evenAnswers(data, 4);
    for (const n of [1, 2, 4]) answers[`trust-s${n}`] = 5;
    answers['trust-s3'] = 1;
    const view = resultView(data, { a: done(day('2026-04-18'), answers) }, now, TZ);
    expect(view).not.toBeNull();
    if (!view) return;
    expect(view.date).toBe('Sat, 18 Apr 2026');
    expect(view.rows.find((r) => r.id === 'trust')).toMatchObject({
      score: 100,
      band: 'Well established',
      changeText: '—',
    });
    expect(view.rows.find((r) => r.id === 'depth')).toMatchObject({ score: 75, change: null });
    expect(view.overall).toBe(78);
    expect(view.overallChangeText).toBeNull();
    expect(view.previousDate).toBeNull();
    expect(view.compare).toBeNull();
    expect(view.strongest.map((d) => d.id)).toEqual(['trust', 'giving-first']);
    expect(view.weakest.map((d) => d.id)).toEqual(['interest', 'depth', 'channels']);
    expect(view.nudge.due).toBe(false);
    expect(view.note).toBeNull();
    const decoded = decodeShareCode(view.shareCode ?? '');
    expect(decoded.ok && decoded.scores.trust).toBe(100);
    expect(view.values).toEqual(DIMENSION_IDS.map((d) => (d === 'trust' ? 100 : 75)));
  });

  it('compares with the previous attempt and overlays the first and the latest', () => {
    const items = {
      first: done(day('2026-01-10'), evenAnswers(data, 2)),
      middle: done(day('2026-02-15'), evenAnswers(data, 3)),
      latest: done(day('2026-03-18'), evenAnswers(data, 4)),
    };
    const view = resultView(data, items, now, TZ);
    if (!view) throw new Error('expected a view');
    expect(view.id).toBe('latest');
    expect(view.previousDate).toBe('Sun, 15 Feb 2026');
    expect(view.rows.every((r) => r.change === 25 && r.changeText === '+25')).toBe(true);
    expect(view.overallChangeText).toBe('+25');
    expect(view.history.map((h) => [h.date, h.overall])).toEqual([
      ['Wed, 18 Mar 2026', 75],
      ['Sun, 15 Feb 2026', 50],
      ['Sat, 10 Jan 2026', 25],
    ]);
    expect(view.compare?.firstDate).toBe('Sat, 10 Jan 2026');
    expect(view.compare?.first).toEqual(DIMENSION_IDS.map(() => 25));
    expect(view.compare?.latest).toEqual(DIMENSION_IDS.map(() => 75));
    expect(view.compare?.rows.every((r) => r.changeText === '+50')).toBe(true);
    expect(view.nudge.due).toBe(true);
  });

  it('still shows an attempt taken with older statements, and says what changed', () => {
    const answers = { ...evenAnswers(data, 4), 'trust-old': 1 } as Record<string, number>;
    delete answers['coi-s1'];
    const view = resultView(data, { a: done(day('2026-04-01'), answers) }, now, TZ);
    expect(view?.note).toMatch(/earlier set of statements.*since retired.*1 statement was added later/);
    // Four answers worth 3 points each and the retired one worth 0: 12 of 20 points.
    expect(view?.rows.find((r) => r.id === 'trust')?.score).toBe(60);
  });

  it('offers no share code when a habit has no score', () => {
    const answers = evenAnswers(data, 4);
    for (const id of Object.keys(answers)) if (id.startsWith('depth-')) delete answers[id];
    const view = resultView(data, { a: done(day('2026-04-01'), answers) }, now, TZ);
    expect(view?.rows.find((r) => r.id === 'depth')).toMatchObject({ score: null, band: 'Not scored' });
    expect(view?.shareCode).toBeNull();
  });

  it('knows when an unfinished attempt is waiting', () => {
    const view = resultView(
      data,
      { a: done(day('2026-04-01'), evenAnswers(data, 3)), b: { startedAt: day('2026-04-19'), answers: { x: 1 } } },
      now,
      TZ,
    );
    expect(view?.hasDraft).toBe(true);
  });
});

describe('the assessment page and My progress', () => {
  const data = fixtureData();
  const now = '2026-04-20';

  it('resumes an unfinished attempt at its first unanswered statement', () => {
    const first = data.order[0] as string;
    const view = takerView(data.order, { d: { startedAt: day('2026-04-19'), answers: { [first]: 4 } } }, now, TZ);
    expect(view).toMatchObject({
      hasDraft: true,
      draftDate: 'Sun 19 Apr',
      progress: { answered: 1, total: 32, next: 1 },
    });
    expect(view.last).toBeNull();
  });

  it('knows the last completed attempt and whether to nudge', () => {
    const view = takerView(data.order, { a: done(day('2026-03-01'), {}) }, now, TZ);
    expect(view.hasDraft).toBe(false);
    expect(view.last).toMatchObject({ date: 'Sun 1 Mar', nudge: { due: true } });
  });

  it('sums it up in one line', () => {
    expect(assessmentSummary({}, now, TZ)).toBe('Not taken yet');
    expect(assessmentSummary({ d: { startedAt: 1, answers: { a: 1, b: 2 } } }, now, TZ)).toBe(
      'Unfinished: 2 answers saved',
    );
    const scores = Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, 40 + i * 2]));
    expect(assessmentSummary({ a: done(day('2026-04-10'), {}, scores) }, now, TZ)).toBe(
      'Overall 47 of 100 · 1 attempt, last on Fri 10 Apr',
    );
    expect(
      assessmentSummary({ a: done(day('2026-01-10'), {}, scores), b: done(day('2026-02-10'), {}, scores) }, now, TZ),
    ).toBe('Overall 47 of 100 · 2 attempts, last on Tue 10 Feb · time to take it again');
  });

  it('lists chosen actions, open ones first', () => {
    const list = plannedActionList(
      {
        'trust:a': {
          text: 'Keep a promise list',
          dimension: 'trust',
          createdAt: day('2026-04-02'),
          doneAt: day('2026-04-09'),
        },
        'coi:b': { text: 'Lunch to learn', dimension: 'coi', createdAt: day('2026-04-03') },
        'depth:a': { text: 'Ten goals', dimension: 'depth', createdAt: day('2026-04-01') },
        gone: undefined,
      },
      TZ,
    );
    expect(list.map((a) => a.id)).toEqual(['depth:a', 'coi:b', 'trust:a']);
    expect(list[2]).toMatchObject({ done: true, when: 'added Thu, 2 Apr 2026, done Thu, 9 Apr 2026' });
    expect(list[0]?.when).toBe('added Wed, 1 Apr 2026');
  });
});
