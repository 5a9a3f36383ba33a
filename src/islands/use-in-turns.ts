import { useEffect, useState } from 'preact/hooks';

/**
 * How many of a page's `total` parts to draw: none until `start`, then the first at once and
 * one more after each frame the browser paints. A tool with a long saved history (hundreds
 * of people, thousands of entries) is then drawn and laid out a part at a time, with the
 * page answering taps in between, instead of in one long task. Parts still waiting keep
 * their place (the page's own "Opening…" line), and are below what the reader sees first.
 */
export function useInTurns(total: number, start: boolean): number {
  const [drawn, setDrawn] = useState(0);
  useEffect(() => {
    if (!start) return;
    if (drawn === 0) return setDrawn(1);
    if (drawn >= total) return;
    // After the frame that shows the part just drawn: a task of its own for the next.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn((n) => n + 1), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [start, drawn, total]);
  return start ? drawn : 0;
}

/**
 * Works out a derived store (such as the planner's view of its whole history) once `from` is
 * true, in the turn that makes it true, and keeps it up to date after: parts drawn in later
 * turns read it ready-made instead of working it out inside their own drawing.
 */
export function useWorkedOut(store: { listen(cb: () => void): () => void }, from: boolean): void {
  useEffect(() => (from ? store.listen(() => undefined) : undefined), [store, from]);
}
