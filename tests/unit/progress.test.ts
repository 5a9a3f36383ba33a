import { describe, expect, it } from 'vitest';
import { answeredCount, progressLabel, reflectionId, summarizeProgress } from '../../src/domain/progress';
import { needsExportReminder } from '../../src/domain/reminders';

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
  const DAY = 86_400_000;
  it('stays quiet without data, and for the first week of notes', () => {
    expect(needsExportReminder(undefined, undefined, 100 * DAY)).toBe(false);
    expect(needsExportReminder(95 * DAY, undefined, 100 * DAY)).toBe(false);
  });
  it('reminds after a week of notes with no backup, and 30 days after the last backup', () => {
    expect(needsExportReminder(90 * DAY, undefined, 100 * DAY)).toBe(true);
    expect(needsExportReminder(10 * DAY, 80 * DAY, 100 * DAY)).toBe(false);
    expect(needsExportReminder(10 * DAY, 70 * DAY, 100 * DAY)).toBe(true);
  });
});
