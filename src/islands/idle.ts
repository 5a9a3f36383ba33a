/**
 * Deferring work that first paint does not need. The site's shared store (its schemas and
 * the storage layer) is the largest script a reading page runs; pages that only show what
 * is saved (done marks, messages about saved data) or save on request (a lesson) load it
 * after the page has loaded, so the text paints without waiting for it.
 */

/** Runs `task` once, when the page has loaded and the browser has a moment to spare (at most `timeout` ms later). */
export function whenIdle(task: () => void, timeout = 2000): void {
  const schedule = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout });
    else setTimeout(task, 1);
  };
  if (document.readyState === 'complete') schedule();
  else addEventListener('load', schedule, { once: true });
}

/**
 * Runs `load` once: when the reader first reaches for something on the page (a press, a
 * key, focus, typing) or, failing that, when the browser is idle after the page has loaded.
 */
export function onIntentOrIdle(load: () => void): void {
  let done = false;
  const events = ['pointerdown', 'keydown', 'focusin', 'input', 'change'] as const;
  const once = () => {
    if (done) return;
    done = true;
    for (const type of events) removeEventListener(type, once, true);
    load();
  };
  for (const type of events) addEventListener(type, once, { capture: true, passive: true });
  whenIdle(once);
}
