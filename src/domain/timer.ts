/**
 * The exercise timer as pure arithmetic on a clock: it never counts with intervals, so it
 * cannot drift, and its state (plain numbers) survives a reload or a background tab.
 */

/** Timer state. While running, `endsAt` is the clock time it reaches zero. */
export interface TimerState {
  /** The length it was set to, in milliseconds. */
  durationMs: number;
  /** Whether it is counting down. */
  running: boolean;
  /** While running: when it reaches zero (ms since 1970). */
  endsAt?: number;
  /** While paused: milliseconds left. */
  remainingMs?: number;
}

/** A new, paused timer of `minutes`. */
export function newTimer(minutes: number): TimerState {
  const durationMs = Math.max(0, Math.round(minutes * 60_000));
  return { durationMs, running: false, remainingMs: durationMs };
}

/** Milliseconds left, never negative. */
export function remaining(t: TimerState, now: number): number {
  if (t.running) return Math.max(0, (t.endsAt ?? now) - now);
  return Math.max(0, t.remainingMs ?? t.durationMs);
}

/** Starts or resumes counting down. */
export function start(t: TimerState, now: number): TimerState {
  if (t.running) return t;
  return { durationMs: t.durationMs, running: true, endsAt: now + remaining(t, now) };
}

/** Pauses, keeping the time left. */
export function pause(t: TimerState, now: number): TimerState {
  if (!t.running) return t;
  return { durationMs: t.durationMs, running: false, remainingMs: remaining(t, now) };
}

/** Starts when paused, pauses when running. */
export function toggle(t: TimerState, now: number): TimerState {
  return t.running ? pause(t, now) : start(t, now);
}

/** Adds a minute (also to a timer that has reached zero). */
export function addMinute(t: TimerState, now: number): TimerState {
  if (t.running) return { ...t, endsAt: Math.max(t.endsAt ?? now, now) + 60_000 };
  return { ...t, remainingMs: remaining(t, now) + 60_000 };
}

/** Whether the time is up. */
export function isDone(t: TimerState, now: number): boolean {
  return remaining(t, now) === 0;
}

/** "4:05" (minutes:seconds), rounding up so the display shows 0:00 only at the end. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
