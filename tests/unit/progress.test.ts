import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../src/domain/dates';
import { answeredCount, progressLabel, reflectionId, summarizeProgress } from '../../src/domain/progress';
import { quizScore, quizScoreLabel, quizScoreSentence } from '../../src/domain/quiz';
import { backupStatus, backupStatusOf } from '../../src/domain/reminders';

const lessons = [
  { id: '01-a', order: 1, title: 'A' },
  { id: '02-b', order: 2, title: 'B' },
  { id: '03-c', order: 3, title: 'C' },
];

describe('summarizeProgress', () => {
  it('has nothing to continue before the reader starts', () => {
    expect(summarizeProgress(lessons, {})).toEqual({
      completed: 0,
      total: 3,
      completedIds: [],
      continueWith: null,
      started: false,
    });
  });

  it('continues with the most recently opened incomplete module', () => {
    const s = summarizeProgress(lessons, {
      '01-a': { completed: true, quiz: {}, visitedAt: 30 },
      '02-b': { completed: false, quiz: {}, visitedAt: 10 },
      '03-c': { completed: false, quiz: {}, visitedAt: 20 },
    });
    expect(s.completed).toBe(1);
    expect(s.completedIds).toEqual(['01-a']);
    expect(s.continueWith?.id).toBe('03-c');
  });

  it('falls back to the first incomplete module in order, and to none when all are done', () => {
    expect(summarizeProgress(lessons, { '01-a': { completed: true, quiz: {} } }).continueWith?.id).toBe('02-b');
    const done = Object.fromEntries(lessons.map((l) => [l.id, { completed: true, quiz: {} }]));
    expect(summarizeProgress(lessons, done).continueWith).toBeNull();
  });

  it('ignores progress of lessons that no longer exist', () => {
    expect(summarizeProgress(lessons, { 'old-lesson': { completed: true, quiz: {} } }).completed).toBe(0);
  });
});

describe('labels and ids', () => {
  it('labels overall progress', () => {
    expect(progressLabel({ completed: 3, total: 7 })).toBe('3 of 7 modules complete');
  });
  it('builds reflection ids and counts answers', () => {
    expect(reflectionId('01-a', 'five')).toBe('01-a:five');
    expect(answeredCount({ completed: false, quiz: { a: 1, b: 0 } })).toBe(2);
    expect(answeredCount(undefined)).toBe(0);
  });
});

describe('export reminder', () => {
  /** Noon (UTC) of day `n` after 1970-01-01, and that day. */
  const at = (n: number) => Date.UTC(1970, 0, 1 + n, 12);
  const today = fromDayNumber(100);
  const remind = (oldest?: number, exported?: number) => backupStatus(oldest, exported, today, 'UTC').remind;
  it('stays quiet without data, and for the first week of notes', () => {
    expect(remind(undefined, undefined)).toBe(false);
    expect(remind(at(95), undefined)).toBe(false);
  });
  it('reminds after a week of notes with no backup, and 30 days after the last backup', () => {
    expect(remind(at(90), undefined)).toBe(true);
    expect(remind(at(10), at(80))).toBe(false);
    expect(remind(at(10), at(70))).toBe(true);
  });
  it('counts calendar days since the last backup where the reader is', () => {
    expect(backupStatus(at(10), undefined, today, 'UTC').daysSince).toBeNull();
    expect(backupStatus(at(10), at(100), today, 'UTC').daysSince).toBe(0);
    expect(backupStatus(at(10), at(99), today, 'UTC').daysSince).toBe(1);
    // 23:30 the evening before in New York is still "yesterday" there, though it is the same day in UTC.
    const evening = Date.UTC(1970, 0, 101, 4, 30);
    expect(backupStatus(at(10), evening, today, 'America/New_York').daysSince).toBe(1);
    expect(backupStatus(at(10), evening, today, 'UTC').daysSince).toBe(0);
  });
  it('reads save times only as far as the answer needs, and answers as for the oldest of them', () => {
    const times = [at(99), at(98), at(50), at(97), at(10)];
    let read = 0;
    const counted = function* (list: number[]) {
      for (const t of list) {
        read++;
        yield t;
      }
    };
    expect(backupStatusOf(counted(times), undefined, today, 'UTC')).toEqual(
      backupStatus(at(10), undefined, today, 'UTC'),
    );
    expect(read).toBe(3);
    read = 0;
    expect(backupStatusOf(counted(times), at(60), today, 'UTC')).toEqual(backupStatus(at(10), at(60), today, 'UTC'));
    expect(read).toBe(1);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 101 })),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        (days, exported) => {
          const list = days.map(at);
          const oldest = list.length ? Math.min(...list) : undefined;
          const last = exported === undefined ? undefined : at(exported);
          expect(backupStatusOf(list, last, today, 'UTC')).toEqual(backupStatus(oldest, last, today, 'UTC'));
        },
      ),
    );
  });
});

describe('self-check score', () => {
  const key = { a: 1, b: 0, c: 2, d: 3 };

  it.each([
    [undefined, { answered: 0, correct: 0, total: 4 }],
    [{}, { answered: 0, correct: 0, total: 4 }],
    [
      { a: 1, b: 2 },
      { answered: 2, correct: 1, total: 4 },
    ],
    [
      { a: 1, b: 0, c: 2, d: 3 },
      { answered: 4, correct: 4, total: 4 },
    ],
    [
      { a: 0, b: 1, c: 0, d: 0 },
      { answered: 4, correct: 0, total: 4 },
    ],
    // An answer to a question the lesson no longer asks does not count.
    [
      { a: 1, gone: 0 },
      { answered: 1, correct: 1, total: 4 },
    ],
  ])('scores %j', (answers, expected) => {
    expect(quizScore(answers, key)).toEqual(expected);
  });

  it('shows answered and correct side by side', () => {
    expect(quizScoreLabel({ answered: 4, correct: 3, total: 4 })).toBe('4 of 4 answered · 3 correct');
    expect(quizScoreLabel({ answered: 0, correct: 0, total: 5 })).toBe('Not tried (5 questions)');
  });

  it('gives the score only once every question is answered', () => {
    expect(quizScoreSentence({ answered: 0, correct: 0, total: 4 })).toBe('');
    expect(quizScoreSentence({ answered: 2, correct: 1, total: 4 })).toMatch(
      /^2 of 4 answered so far, 1 with the best/,
    );
    expect(quizScoreSentence({ answered: 4, correct: 3, total: 4 })).toMatch(/^Your score: 3 of 4 correct\./);
    expect(quizScoreSentence({ answered: 4, correct: 4, total: 4 })).toContain('Every answer was the best one.');
  });
});
