import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerPoints,
  askingOrder,
  draftProgress,
  overallScore,
  type Scores,
  type StatementInfo,
  scoreAnswers,
  scoringKey,
} from '../../src/domain/assessment';
import { CLOSE_CALL, chooseAdvice, scoreBand, versionDiff, versionNote } from '../../src/domain/assessment-result';
import { DIMENSION_IDS } from '../../src/schemas/constants';
import { evenAnswers, fixtureData, fixtureStatements } from './assessment-fixtures';

const answerArb = fc.integer({ min: 1, max: 5 });

describe('scoring', () => {
  it('gives 0–4 points per answer and turns reverse-worded statements around', () => {
    expect([1, 2, 3, 4, 5].map((v) => answerPoints(v, false))).toEqual([0, 1, 2, 3, 4]);
    expect([1, 2, 3, 4, 5].map((v) => answerPoints(v, true))).toEqual([4, 3, 2, 1, 0]);
  });

  it('scores a habit as the mean of its points on 0–100', () => {
    const data = fixtureData();
    // giving-first: s1=5 (4 points), s2=4 (3), s3 reverse=2 (3), s4=1 (0) → 10 of 16 → 62.5 → 63
    const scores = scoreAnswers(data.statements, {
      'giving-first-s1': 5,
      'giving-first-s2': 4,
      'giving-first-s3': 2,
      'giving-first-s4': 1,
    });
    expect(scores['giving-first']).toBe(63);
    expect(scores.interest).toBeNull();
  });

  it('counts agreeing with a reverse-worded statement against the habit', () => {
    const data = fixtureData();
    const plain = { 'depth-s1': 5, 'depth-s2': 5, 'depth-s4': 5 };
    expect(scoreAnswers(data.statements, { ...plain, 'depth-s3': 1 }).depth).toBe(100);
    expect(scoreAnswers(data.statements, { ...plain, 'depth-s3': 5 }).depth).toBe(75);
  });

  it('gives 0, 50 and 100 to the lowest, middle and highest answers on every habit', () => {
    const data = fixtureData();
    for (const [value, expected] of [
      [1, 0],
      [3, 50],
      [5, 100],
    ] as const) {
      const scores = scoreAnswers(data.statements, evenAnswers(data, value));
      for (const d of DIMENSION_IDS) expect(scores[d]).toBe(expected);
      expect(overallScore(scores)).toBe(expected);
    }
  });

  it('maps each statement to its own habit only', () => {
    const data = fixtureData();
    fc.assert(
      fc.property(fc.constantFrom(...data.order), answerArb, answerArb, (id, a, b) => {
        const base = evenAnswers(data, 3);
        const before = scoreAnswers(data.statements, { ...base, [id]: a });
        const after = scoreAnswers(data.statements, { ...base, [id]: b });
        const owner = data.statements.find((s) => s.id === id)?.dimension;
        for (const d of DIMENSION_IDS) if (d !== owner) expect(after[d]).toBe(before[d]);
      }),
    );
  });

  it('keeps every score within 0–100 and ignores answers it cannot place', () => {
    const data = fixtureData();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...data.order), answerArb), (answers) => {
        const scores = scoreAnswers(data.statements, answers);
        for (const d of DIMENSION_IDS) {
          const s = scores[d];
          if (s !== null) expect(s).toBeGreaterThanOrEqual(0);
          if (s !== null) expect(s).toBeLessThanOrEqual(100);
        }
      }),
    );
    const scores = scoreAnswers(data.statements, { 'no-such-statement': 5, 'coi-s1': 9, 'coi-s2': 2.5 });
    expect(scores.coi).toBeNull();
  });

  it('still scores answers to retired statements', () => {
    const data = fixtureData();
    expect(scoreAnswers(data.statements, { 'trust-old': 5 }).trust).toBe(100);
  });

  it('averages only the scored habits overall', () => {
    const partial: Partial<Scores> = { 'giving-first': 40, trust: 61, depth: null };
    expect(overallScore(partial)).toBe(51);
    expect(overallScore({})).toBeNull();
  });
});

describe('asking order', () => {
  it('lets the habits take turns, plainly worded statements first within each', () => {
    const data = fixtureData();
    expect(data.order.slice(0, 8)).toEqual(DIMENSION_IDS.map((d) => `${d}-s1`));
    expect(data.order.slice(8, 16)).toEqual(DIMENSION_IDS.map((d) => `${d}-s3`));
    expect(data.order).toHaveLength(32);
    expect(data.order).not.toContain('trust-old');
  });

  it('does not depend on the order the statements were read in', () => {
    const statements = fixtureStatements();
    fc.assert(
      fc.property(fc.shuffledSubarray(statements, { minLength: statements.length }), (shuffled) => {
        expect(askingOrder(shuffled)).toEqual(askingOrder(statements));
      }),
    );
  });

  it('tracks progress and the first unanswered statement', () => {
    const data = fixtureData();
    expect(draftProgress(data.order, {})).toEqual({ answered: 0, total: 32, next: 0 });
    const some = { [data.order[0] as string]: 3, [data.order[2] as string]: 4, 'trust-old': 2 };
    expect(draftProgress(data.order, some)).toEqual({ answered: 2, total: 32, next: 1 });
    expect(draftProgress(data.order, evenAnswers(data, 2)).next).toBe(-1);
  });
});

describe('paper scoring key', () => {
  it('numbers each habit’s statements, marks the reverse ones, and gives the multiplier', () => {
    const data = fixtureData();
    const key = scoringKey(data.statements, data.order);
    expect(key.map((k) => k.dimension)).toEqual([...DIMENSION_IDS]);
    expect(key[0]).toEqual({
      dimension: 'giving-first',
      numbers: [1, 9, 17, 25],
      reversed: [9],
      count: 4,
      multiplier: 6.25,
    });
  });

  it('gives the same scores as the site when followed by hand', () => {
    const data = fixtureData();
    const key = scoringKey(data.statements, data.order);
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 32, maxLength: 32 }), (circled) => {
        const answers = Object.fromEntries(data.order.map((id, i) => [id, circled[i] ?? 3]));
        const site = scoreAnswers(data.statements, answers);
        for (const line of key) {
          const total = line.numbers.reduce((sum, n) => {
            const v = circled[n - 1] ?? 3;
            return sum + (line.reversed.includes(n) ? 6 - v : v);
          }, 0);
          expect(Math.round((total - line.count) * line.multiplier)).toBe(site[line.dimension]);
        }
      }),
    );
  });

  it('handles habits with five statements', () => {
    const five: StatementInfo[] = [
      ...fixtureStatements(),
      { id: 'coi-s5', dimension: 'coi', text: 'x', reverse: false },
    ];
    const line = scoringKey(five, askingOrder(five)).find((k) => k.dimension === 'coi');
    expect(line?.count).toBe(5);
    expect(line?.multiplier).toBe(5);
  });
});

describe('advice', () => {
  const scores = (values: number[]): Scores =>
    Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, values[i] ?? null])) as Scores;

  it('names the two strongest and the two weakest habits', () => {
    const advice = chooseAdvice(scores([90, 20, 50, 60, 85, 40, 70, 65]));
    expect(advice.strongest).toEqual(['giving-first', 'trust']);
    expect(advice.weakest).toEqual(['interest', 'coi']);
  });

  it(`adds a third weakest when it is within ${CLOSE_CALL} points of the second`, () => {
    expect(chooseAdvice(scores([90, 20, 44, 60, 85, 40, 70, 65])).weakest).toEqual(['interest', 'coi', 'depth']);
    expect(chooseAdvice(scores([90, 20, 46, 60, 85, 40, 70, 65])).weakest).toEqual(['interest', 'coi']);
  });

  it('breaks ties by chart order and never names a habit twice', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }), (values) => {
        const { strongest, weakest } = chooseAdvice(scores(values));
        expect(strongest).toHaveLength(2);
        expect(weakest.length === 2 || weakest.length === 3).toBe(true);
        expect(new Set([...strongest, ...weakest]).size).toBe(strongest.length + weakest.length);
        const min = Math.min(...values);
        expect(weakest.map((d) => values[DIMENSION_IDS.indexOf(d)])).toContain(min);
      }),
    );
    expect(chooseAdvice(scores([50, 50, 50, 50, 50, 50, 50, 50]))).toEqual({
      strongest: ['giving-first', 'interest'],
      weakest: ['depth', 'channels', 'trust'],
    });
  });

  it('leaves out habits without a score', () => {
    const advice = chooseAdvice({ ...scores([90, 20, 50, 60, 85, 40, 70, 65]), interest: null, trust: null });
    expect([...advice.strongest, ...advice.weakest]).not.toContain('interest');
    expect(advice.strongest).toEqual(['giving-first', 'long-term']);
  });

  it('puts every score into words', () => {
    expect([0, 39, 40, 69, 70, 100, null].map(scoreBand)).toEqual([
      'Just starting',
      'Just starting',
      'Developing',
      'Developing',
      'Well established',
      'Well established',
      'Not scored',
    ]);
  });
});

describe('attempts saved under older statements', () => {
  it('says nothing when the attempt used today’s statements', () => {
    const data = fixtureData();
    expect(versionNote(versionDiff(data, evenAnswers(data, 4)))).toBeNull();
  });

  it('says which answers were to retired or unknown statements and how many were added since', () => {
    const data = fixtureData();
    const answers = { ...evenAnswers(data, 4), 'trust-old': 3, 'gone-forever': 2 } as Record<string, number>;
    delete answers['coi-s1'];
    delete answers['depth-s2'];
    const diff = versionDiff(data, answers);
    expect(diff).toEqual({ retired: 1, unknown: 1, added: 2 });
    const note = versionNote(diff) ?? '';
    expect(note).toContain('earlier set of statements');
    expect(note).toContain('1 of its answers is to a statement we have since retired; it still counts.');
    expect(note).toContain('1 answer is to a statement this site no longer has, so it is left out');
    expect(note).toContain('2 statements were added later');
    expect(versionNote({ retired: 2, unknown: 3, added: 1 })).toMatch(
      /2 of its answers are to statements we have since retired; they still count\. 3 answers are to statements this site no longer has, so they are left out of the scores\. 1 statement was added later/,
    );
  });
});
