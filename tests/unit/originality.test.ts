import { describe, expect, it } from 'vitest';
import { comparableWords, sharedRuns, sourceRuns } from '../scripts/shared-runs.mjs';

const SOURCE = {
  name: 'seed.txt',
  text: 'A center of influence is a person who sees or knows a lot of people, must like you, and is willing to help you succeed. Those are the ones you’ll take to lunch on a regular basis.',
};

describe('shared runs of words', () => {
  it('compares words in lower case with apostrophes dropped and punctuation ignored', () => {
    expect(comparableWords("You’ll take THEM to lunch — don't you?")).toEqual([
      'youll',
      'take',
      'them',
      'to',
      'lunch',
      'dont',
      'you',
    ]);
  });

  it('finds a run of eight shared words and reports the whole stretch once', () => {
    const runs = sourceRuns([SOURCE], 8);
    const found = sharedRuns(
      'Remember: those are the ones you will take to lunch on a regular basis, always.',
      runs,
      8,
    );
    expect(found).toEqual([]);
    const copied = sharedRuns('Remember: those are the ones youll take to lunch on a regular basis.', runs, 8);
    expect(copied).toEqual([
      { words: 12, source: 'seed.txt', text: 'those are the ones youll take to lunch on a regular basis' },
    ]);
  });

  it('lets seven shared words pass', () => {
    const runs = sourceRuns([SOURCE], 8);
    expect(sharedRuns('They are the ones youll take to lunch next week.', runs, 8)).toEqual([]);
  });

  it('allows an exempt passage word for word, but nothing that runs on past it', () => {
    const exempt = ['who sees or knows a lot of people, must like you, and is willing to help you succeed'];
    const runs = sourceRuns([SOURCE], 8, exempt);
    expect(sharedRuns('Someone who must like you, and is willing to help you succeed.', runs, 8)).toEqual([]);
    const past = sharedRuns('A center of influence is a person who sees or knows people.', runs, 8);
    expect(past).toHaveLength(1);
    expect(past[0]?.text).toBe('a center of influence is a person who sees or knows');
  });
});
