import { describe, expect, it } from 'vitest';
import { nextToAnswer } from '../../src/domain/assessment';

describe('after an answer, focus moves to a statement still open', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it.each([
    ['the next one on a first pass', { a: 3 }, 0, 1],
    ['past answered ones to the next open one', { a: 3, b: 2, c: 4 }, 0, 3],
    ['back to an open one before it when the rest are answered', { b: 1, c: 2, d: 3, e: 4 }, 4, 0],
    [
      'from a statement reached by "Go to statement": never onto an answered one',
      { a: 1, b: 1, c: 1, d: 1, e: 1 },
      2,
      -1,
    ],
    ['to the end when every statement is answered', { a: 1, b: 2, c: 3, d: 4, e: 5 }, 4, -1],
  ] as const)('%s', (_, answers, i, next) => {
    expect(nextToAnswer(order, answers, i)).toBe(next);
  });
});
