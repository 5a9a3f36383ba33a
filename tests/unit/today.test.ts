import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../src/domain/dates';
import { createToday } from '../../src/store/today';

/** Every value a store takes while a listener is attached, and the way to detach it. */
function watch<T>(store: { subscribe(cb: (v: T) => void): () => void }) {
  const seen: T[] = [];
  const stop = store.subscribe((v) => seen.push(v));
  return { seen, stop };
}

describe('the $today store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('rolls over at the reader’s midnight while the page stays open', () => {
    vi.setSystemTime(new Date(2026, 0, 15, 23, 59, 0));
    const $today = createToday(undefined, true);
    const { seen, stop } = watch($today);
    expect(seen).toEqual(['2026-01-15']);
    vi.advanceTimersByTime(59_000);
    expect($today.get()).toBe('2026-01-15');
    vi.advanceTimersByTime(1_000);
    expect(seen).toEqual(['2026-01-15', '2026-01-16']);
    // And again the next night, without anything else happening.
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(seen).toEqual(['2026-01-15', '2026-01-16', '2026-01-17']);
    stop();
  });

  it('rolls over at midnight in the reader’s time zone, not in UTC', () => {
    // 23:59:30 on 31 January in Auckland (UTC+13) is 10:59:30 UTC.
    vi.setSystemTime(Date.UTC(2026, 0, 31, 10, 59, 30));
    const $auckland = createToday('Pacific/Auckland', true);
    const $honolulu = createToday('Pacific/Honolulu', true);
    const auckland = watch($auckland);
    const honolulu = watch($honolulu);
    expect(auckland.seen).toEqual(['2026-01-31']);
    expect(honolulu.seen).toEqual(['2026-01-31']);
    vi.advanceTimersByTime(30_000);
    expect(auckland.seen).toEqual(['2026-01-31', '2026-02-01']);
    // Honolulu (UTC−10) reaches midnight 23 hours later.
    vi.advanceTimersByTime(22 * 3_600_000);
    expect(honolulu.seen).toEqual(['2026-01-31']);
    vi.advanceTimersByTime(3_600_000);
    expect(honolulu.seen).toEqual(['2026-01-31', '2026-02-01']);
    auckland.stop();
    honolulu.stop();
  });

  it('rolls over on the night the clocks change', () => {
    // London springs forward at 01:00 on 29 March 2026: that day has 23 hours.
    vi.setSystemTime(Date.UTC(2026, 2, 28, 12, 0));
    const { seen, stop } = watch(createToday('Europe/London', true));
    vi.advanceTimersByTime(12 * 3_600_000 - 1);
    expect(seen).toEqual(['2026-03-28']);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['2026-03-28', '2026-03-29']);
    // 23 hours later it is midnight again.
    vi.advanceTimersByTime(23 * 3_600_000);
    expect(seen).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    stop();
  });

  it('catches up when the page comes back into view after the computer slept through midnight', () => {
    const page = new EventTarget();
    const doc = new EventTarget();
    vi.stubGlobal('window', Object.assign(page, { document: doc }));
    vi.setSystemTime(new Date(2026, 5, 1, 22, 0));
    const $today = createToday();
    const { seen, stop } = watch($today);
    // Asleep: the clock moves on, but no timer fires.
    vi.setSystemTime(new Date(2026, 5, 2, 7, 30));
    expect(seen).toEqual(['2026-06-01']);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(seen).toEqual(['2026-06-01', '2026-06-02']);
    vi.setSystemTime(new Date(2026, 5, 3, 7, 30));
    page.dispatchEvent(new Event('focus'));
    expect(seen.at(-1)).toBe('2026-06-03');
    stop();
  });

  it('during the build it is the day of the build, and sets no timer', () => {
    vi.setSystemTime(new Date(2026, 7, 9, 12, 0));
    const $today = createToday();
    expect($today.get()).toBe('2026-08-09');
    expect($today.get()).toBe(localDate());
    expect(vi.getTimerCount()).toBe(0);
  });
});
