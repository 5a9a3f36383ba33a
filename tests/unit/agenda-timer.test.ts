import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, cleanMinutes, formatClock, formatDuration, parseClock } from '../../src/domain/agenda';
import { addMinute, formatRemaining, isDone, newTimer, pause, remaining, start, toggle } from '../../src/domain/timer';

const segs = [
  { id: 'a', title: 'Welcome', minutes: 5 },
  { id: 'b', title: 'Module', minutes: 25 },
  { id: 'c', title: 'Break', minutes: 15 },
];

describe('agenda', () => {
  it('gives each segment its clock time from the start', () => {
    const a = buildAgenda(segs, 9 * 60, 60);
    expect(a.rows.map((r) => `${r.startLabel}-${r.endLabel}`)).toEqual(['09:00-09:05', '09:05-09:30', '09:30-09:45']);
    expect(a.total).toBe(45);
    expect(a.over).toBe(0);
    expect(a.endLabel).toBe('09:45');
  });

  it('carries across midnight', () => {
    const a = buildAgenda(segs, 23 * 60 + 50, 45);
    expect(a.rows.map((r) => r.startLabel)).toEqual(['23:50', '23:55', '00:20']);
    expect(a.rows.map((r) => r.nextDay)).toEqual([false, false, true]);
    expect(a.endLabel).toBe('00:35');
  });

  it('uses edited minutes and reports time over plan', () => {
    const a = buildAgenda(segs, 600, 45, { b: 40 });
    expect(a.rows[1]).toMatchObject({ minutes: 40, edited: true });
    expect(a.total).toBe(60);
    expect(a.over).toBe(15);
  });

  it('ignores nonsense edits and clamps extremes', () => {
    expect(buildAgenda(segs, 0, 45, { a: Number.NaN }).rows[0]?.minutes).toBe(5);
    expect(cleanMinutes('12')).toBe(12);
    expect(cleanMinutes(-3)).toBe(1);
    expect(cleanMinutes(10_000)).toBe(600);
    expect(cleanMinutes('soon')).toBeNull();
  });

  it('parses and formats clock times', () => {
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('noon')).toBeNull();
    expect(formatClock(-10)).toBe('23:50');
    expect(formatClock(1440 + 61)).toBe('01:01');
    expect(formatDuration(210)).toBe('3 h 30 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
  });

  it('property: the total is the sum of minutes and the end is start + total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 12 }),
        (startAt, mins) => {
          const a = buildAgenda(
            mins.map((m, i) => ({ id: `s${i}`, title: 't', minutes: m })),
            startAt,
            60,
          );
          const sum = mins.reduce((x, y) => x + y, 0);
          return a.total === sum && a.endLabel === formatClock(startAt + sum);
        },
      ),
    );
  });
});

describe('timer (controlled clock)', () => {
  const t0 = 1_700_000_000_000;

  it('counts down from the clock, pauses and resumes', () => {
    let t = newTimer(5);
    expect(remaining(t, t0)).toBe(300_000);
    t = start(t, t0);
    expect(remaining(t, t0 + 60_000)).toBe(240_000);
    t = pause(t, t0 + 60_000);
    expect(remaining(t, t0 + 10 * 60_000)).toBe(240_000);
    t = toggle(t, t0 + 10 * 60_000);
    expect(remaining(t, t0 + 11 * 60_000)).toBe(180_000);
  });

  it('never shows negative time, and reports the end', () => {
    const t = start(newTimer(1), t0);
    expect(remaining(t, t0 + 5 * 60_000)).toBe(0);
    expect(isDone(t, t0 + 60_000)).toBe(true);
    expect(formatRemaining(remaining(t, t0 + 99_999_999))).toBe('0:00');
  });

  it('adds a minute while running, while paused, and after the end', () => {
    const t = start(newTimer(2), t0);
    expect(remaining(addMinute(t, t0), t0)).toBe(180_000);
    expect(remaining(addMinute(pause(t, t0 + 30_000), t0), t0)).toBe(150_000);
    expect(remaining(addMinute(t, t0 + 10 * 60_000), t0 + 10 * 60_000)).toBe(60_000);
  });

  it('drifts less than a second over an hour, however often it is read', () => {
    let t = start(newTimer(60), t0);
    let now = t0;
    // Read it every 997 ms for an hour, pausing and resuming now and then (each pause takes no time).
    while (now < t0 + 3_600_000) {
      now += 997;
      if (Math.floor(now / 997) % 600 === 0) t = start(pause(t, now), now);
      remaining(t, now);
    }
    expect(remaining(t, t0 + 3_600_000)).toBeLessThan(1000);
    expect(isDone(t, t0 + 3_600_000)).toBe(true);
  });

  it('formats minutes and seconds, rounding up', () => {
    expect(formatRemaining(61_000)).toBe('1:01');
    expect(formatRemaining(60_001)).toBe('1:01');
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});

describe('projector controls', () => {
  it('maps keys, clickers, taps and swipes to actions', async () => {
    const { actionForKey, actionForSwipe, actionForTap, moveTo } = await import('../../src/domain/deck');
    expect(['ArrowRight', 'PageDown', ' ', 'Enter'].map((k) => actionForKey(k))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'PageUp', 'Backspace'].map((k) => actionForKey(k))).toEqual(['prev', 'prev', 'prev']);
    expect(actionForKey(' ', true)).toBe('prev');
    expect([
      actionForKey('Home'),
      actionForKey('End'),
      actionForKey('f'),
      actionForKey('T'),
      actionForKey('x'),
    ]).toEqual(['first', 'last', 'fullscreen', 'timer', null]);
    expect(actionForTap(10, 900)).toBe('prev');
    expect(actionForTap(800, 900)).toBe('next');
    expect(actionForSwipe(-120, 10)).toBe('next');
    expect(actionForSwipe(120, 10)).toBe('prev');
    expect(actionForSwipe(20, 5)).toBeNull();
    expect(actionForSwipe(60, 200)).toBeNull();
    expect(moveTo(0, 'prev', 5)).toBe(0);
    expect(moveTo(4, 'next', 5)).toBe(4);
    expect(moveTo(2, 'last', 5)).toBe(4);
    expect(moveTo(9, null, 5)).toBe(4);
  });
});
