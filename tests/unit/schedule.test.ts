import { describe, expect, it } from 'vitest';
import { formatDate, localDate } from '../../src/domain/dates';
import {
  anchorSession,
  atLocal,
  type DeckPlace,
  driftText,
  formatWallClock,
  leftText,
  presenterStatus,
} from '../../src/domain/schedule';

/** A controlled clock: local time on 3 March 2026. */
const at = (h: number, m = 0, s = 0, day = 3) => new Date(2026, 2, day, h, m, s).getTime();

const segments = [
  { id: 'welcome', title: 'Welcome', minutes: 5 },
  { id: 'm1', title: 'Module one', minutes: 20 },
  { id: 'break', title: 'Break', minutes: 15 },
];
const start = at(9);
const part = (segment: string, offset: number, minutes: number): DeckPlace => ({
  at: 'segment',
  segment,
  offset,
  minutes,
});

describe('the presenter’s schedule (controlled clock)', () => {
  it('shows the current segment’s planned end and the next segment', () => {
    const s = presenterStatus(segments, start, part('m1', 6, 3), at(9, 12));
    expect(s.current).toMatchObject({ id: 'm1', endAt: at(9, 25), leftMinutes: 13 });
    expect(s.next).toMatchObject({ id: 'break', title: 'Break', startAt: at(9, 25) });
    expect(s.endAt).toBe(at(9, 40));
    expect(leftText(13)).toBe('13 min left');
  });

  it('is on time inside the planned window of the current part', () => {
    // Module one, the 3-minute part planned 09:11–09:14.
    expect(presenterStatus(segments, start, part('m1', 6, 3), at(9, 11)).drift).toEqual({
      state: 'on-time',
      minutes: 0,
    });
    expect(presenterStatus(segments, start, part('m1', 6, 3), at(9, 14)).drift).toEqual({
      state: 'on-time',
      minutes: 0,
    });
  });

  it('is behind after the window and ahead before it, in whole minutes', () => {
    expect(presenterStatus(segments, start, part('m1', 6, 3), at(9, 18, 30)).drift).toEqual({
      state: 'behind',
      minutes: 4,
    });
    expect(presenterStatus(segments, start, part('m1', 6, 3), at(9, 8, 59)).drift).toEqual({
      state: 'ahead',
      minutes: 2,
    });
    expect(presenterStatus(segments, start, part('m1', 6, 3), at(9, 14, 40)).drift.state).toBe('on-time');
    expect(driftText({ state: 'behind', minutes: 4 })).toBe('4 min behind');
    expect(driftText({ state: 'ahead', minutes: 65 })).toBe('1 h 5 min ahead');
    expect(driftText({ state: 'on-time', minutes: 0 })).toBe('On time');
  });

  it('counts down to the start on the title slide, then counts a late start as behind', () => {
    const before = presenterStatus(segments, start, { at: 'start' }, at(8, 48, 30));
    expect(before.drift).toEqual({ state: 'not-started', minutes: 12 });
    expect(driftText(before.drift)).toBe('Starts in 12 min');
    expect(before.next).toMatchObject({ id: 'welcome', startAt: start });
    expect(before.current).toBeUndefined();
    expect(presenterStatus(segments, start, { at: 'start' }, at(9, 3)).drift).toEqual({ state: 'behind', minutes: 3 });
  });

  it('on the closing slide compares with the planned end', () => {
    expect(presenterStatus(segments, start, { at: 'end' }, at(9, 35)).drift).toEqual({ state: 'ahead', minutes: 5 });
    expect(presenterStatus(segments, start, { at: 'end' }, at(9, 47)).drift).toEqual({ state: 'behind', minutes: 7 });
    expect(presenterStatus(segments, start, { at: 'end' }, at(9, 47)).next).toBeUndefined();
  });

  it('says when the current segment has ended', () => {
    const s = presenterStatus(segments, start, part('welcome', 0, 5), at(9, 8));
    expect(s.current?.leftMinutes).toBe(-3);
    expect(leftText(-3)).toBe('ended 3 min ago');
    expect(leftText(0)).toBe('ends now');
  });

  it('follows the facilitator’s order and minutes (the segments it is given)', () => {
    const edited = [segments[2]!, { ...segments[1]!, minutes: 30 }, segments[0]!];
    const s = presenterStatus(edited, start, part('m1', 0, 2), at(9, 20));
    expect(s.current?.endAt).toBe(at(9, 45));
    expect(s.next?.id).toBe('welcome');
    expect(s.drift).toEqual({ state: 'behind', minutes: 3 });
  });
});

describe('placing a session on the wall clock', () => {
  it('starts on its date when that is today', () => {
    expect(anchorSession('2026-03-03', 9 * 60, 90, at(8))).toEqual({ at: at(9), rehearsal: false });
  });

  it('runs as if today when the date is another day (a rehearsal)', () => {
    expect(anchorSession('2026-03-10', 9 * 60, 90, at(8))).toEqual({ at: at(9), rehearsal: true });
  });

  it('without a date starts today, or yesterday for a session still running after midnight', () => {
    expect(anchorSession(undefined, 9 * 60, 90, at(8))).toEqual({ at: at(9), rehearsal: false });
    expect(anchorSession(undefined, 23 * 60 + 30, 210, at(1, 0))).toEqual({ at: at(23, 30, 0, 2), rehearsal: false });
    expect(anchorSession('2026-03-02', 23 * 60 + 30, 210, at(1, 0))).toEqual({
      at: at(23, 30, 0, 2),
      rehearsal: false,
    });
  });

  it('reads and writes local days', () => {
    expect(localDate(at(0, 0))).toBe('2026-03-03');
    expect(localDate(at(23, 59))).toBe('2026-03-03');
    expect(atLocal('2026-03-03', 9 * 60 + 30)).toBe(at(9, 30));
    expect(formatDate('2026-03-03', 'long', { locale: 'en-US' })).toBe('Tuesday, March 3, 2026');
    expect(formatDate('2026-03-03', 'long', { locale: 'en-GB' })).toMatch(/^Tuesday,? 3 March 2026$/);
    expect(formatWallClock(at(14, 5), 'en-GB')).toBe('14:05');
    expect(formatWallClock(at(14, 5), 'en-US').replace(/\s/g, ' ')).toBe('02:05 PM');
  });
});
