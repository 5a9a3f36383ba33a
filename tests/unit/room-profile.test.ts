import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseCode,
  readRoomCodes,
  roomStats,
  scoresFromCodes,
  splitCodes,
  weakestHabits,
} from '../../src/domain/room-profile';
import { encodeShareCode, type SharedScores } from '../../src/domain/share-code';
import { DIMENSION_IDS } from '../../src/schemas/constants';
import { ROOM_CODES_MAX, roomStateSchema } from '../../src/schemas/workshop-state';

const scoresOf = (...values: number[]) =>
  Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, values[i % values.length] ?? 0])) as SharedScores;

describe('reading pasted codes', () => {
  const a = encodeShareCode(scoresOf(10, 20, 30, 40, 50, 60, 70, 80));
  const b = encodeShareCode(scoresOf(90));

  it('stops at the room’s capacity, the same limit the saved room is checked against', () => {
    const many = Array.from({ length: 1001 }, (_, i) => encodeShareCode(scoresOf(i % 101, Math.floor(i / 101))));
    expect(new Set(many.map(normaliseCode)).size).toBe(1001);
    const r = readRoomCodes(many.join('\n'));
    expect(r.codes).toHaveLength(ROOM_CODES_MAX);
    expect(r.problems).toEqual([
      { position: 1001, code: many[1000], error: expect.stringMatching(/holds up to 1,000 codes and is full/) },
    ]);
    expect(roomStateSchema.safeParse({ codes: r.codes }).success).toBe(true);
    expect(readRoomCodes(b, r.codes).codes).toEqual([]);
  });

  it('splits on lines, commas and semicolons', () => {
    expect(splitCodes(`${a}\n\n ${b} ; x,y`)).toEqual([a, b, 'x', 'y']);
  });

  it('accepts valid codes, and reports duplicates and malformed ones with their position', () => {
    const r = readRoomCodes([a, b, a.toLowerCase(), 'RF1-NOPE', 'hello'].join('\n'));
    expect(r.codes).toEqual([normaliseCode(a), normaliseCode(b)]);
    expect(r.scores).toEqual([scoresOf(10, 20, 30, 40, 50, 60, 70, 80), scoresOf(90)]);
    expect(r.problems.map((p) => p.position)).toEqual([3, 4, 5]);
    expect(r.problems[0]?.error).toMatch(/already in the room profile/);
    expect(r.problems[1]?.error).toMatch(/symbols/);
    expect(r.problems[2]?.error).toMatch(/starts with/);
  });

  it('reads saved codes back into scores, leaving out any that no longer read', () => {
    expect(scoresFromCodes([normaliseCode(b), 'RF1BROKEN'])).toEqual([scoresOf(90)]);
  });

  it('skips codes already accepted earlier', () => {
    expect(readRoomCodes(a, [normaliseCode(a)]).problems).toHaveLength(1);
  });
});

describe('room statistics', () => {
  it('averages, ranges and spreads each habit', () => {
    const stats = roomStats([scoresOf(0), scoresOf(50), scoresOf(100)]);
    expect(stats).toHaveLength(DIMENSION_IDS.length);
    expect(stats[0]).toEqual({ id: DIMENSION_IDS[0], mean: 50, min: 0, max: 100, spread: 41 });
  });

  it('is empty for an empty room and picks the weakest habits', () => {
    expect(roomStats([])).toEqual([]);
    const stats = roomStats([scoresOf(80, 10, 60, 30, 90, 70, 50, 40)]);
    expect(weakestHabits(stats).map((s) => s.mean)).toEqual([10, 30]);
  });

  it('property: the mean lies between the lowest and highest score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const stats = roomStats(rows.map((r) => scoresOf(...r)));
          return stats.every((s) => s.min <= s.mean && s.mean <= s.max && s.spread >= 0);
        },
      ),
    );
  });
});
