/**
 * Long work done in slices, so the page stays responsive: each slice runs until a time
 * budget is spent, then gives the browser a turn (to paint progress, handle a click) before
 * the next. Pure scheduling: no storage, no DOM.
 */

/** Milliseconds one slice may run before the page gets a turn (well under the 200 ms a tap may wait). */
export const SLICE_BUDGET_MS = 40;

/**
 * Milliseconds one slice of reading may take while a page opens, measured on the device
 * itself: under a tenth of the 50 ms after which a task counts as long, so a phone four times
 * slower than a laptop stays inside it even when a batch runs over its estimate (at 8 ms,
 * slices observed under tracing ran to 15-23 ms).
 */
export const OPENING_SLICE_MS = 4;

/** Progress of long work: done of total. */
export type Progress = (done: number, total: number) => void;

/** Gives the browser a turn: the scheduler's yield where there is one, else a zero-delay timer. */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The most a batch may grow over the one before (a slow item later on cannot freeze the page for long). */
const MAX_GROWTH = 4;

/**
 * Runs `run(from, to)` over items 0 … total − 1 in batches, each sized to take about `budget`
 * milliseconds: the first has `first` items, each later one as many as the one before
 * managed in the budget (at most four times as many). After each batch the page gets a turn
 * and hears the progress. Work with a cost per call (one update of the screen per batch)
 * then pays it once a slice, not once an item. `run` may return `false` to stop after its
 * batch; the number of items done is returned.
 */
export async function inBatches(
  total: number,
  run: (from: number, to: number) => unknown,
  onProgress?: Progress,
  first = 100,
  budget = SLICE_BUDGET_MS,
  now: () => number = () => performance.now(),
  yieldTurn: () => Promise<void> = pause,
): Promise<number> {
  let from = 0;
  let size = Math.max(1, Math.floor(first));
  while (from < total) {
    const to = Math.min(total, from + size);
    const start = now();
    const go = run(from, to);
    const took = now() - start;
    onProgress?.(to, total);
    if (go === false) return to;
    // Items this batch did in the budget, kept between one and four times the batch.
    const fits = took > 0 ? Math.floor((size * budget) / took) : size * MAX_GROWTH;
    size = Math.max(1, Math.min(size * MAX_GROWTH, fits));
    from = to;
    if (from < total) await yieldTurn();
  }
  return from;
}
