/**
 * What a lesson page does before its memory (./lesson-progress.ts, which brings the store)
 * has loaded. "Mark this module complete" stays disabled until then, so a press is never
 * lost. Answers chosen and text typed meanwhile stay in the page, and the memory takes them
 * as the reader's when it binds (`typedBeforeLoad`).
 */

/** Set on the completion box once ./lesson-progress.ts handles its button. */
export const BOUND = 'bound';
/** Set on a reflection box or self-check option the reader changed while this script ran and the memory had not bound. */
export const EARLY = 'early';

/** Marks fields the reader changes before the memory binds (see `typedBeforeLoad`). */
export function holdEarly(): void {
  const mark = (e: Event) => {
    const el = e.target as HTMLElement;
    if (el.matches('textarea[data-reflection], .question input[type="radio"]')) el.dataset[EARLY] = '';
  };
  addEventListener('input', mark, true);
  addEventListener('change', mark, true);
}

/**
 * Whether a field's current value is the reader's own, entered before the memory bound (and
 * so to be saved, not replaced by what is saved): marked by `holdEarly`, or, when the page
 * was opened afresh (not reloaded, not reached by Back or Forward, where the browser may
 * refill fields with older text on its own), simply changed from the page's HTML.
 */
export function typedBeforeLoad(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (EARLY in field.dataset) return true;
  const opened = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  if (opened !== 'navigate') return false;
  return field instanceof HTMLTextAreaElement
    ? field.value !== field.defaultValue
    : field.checked !== field.defaultChecked;
}

/** Says on the page that its answers cannot be remembered (the memory did not load). */
export function showNotRemembered(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-reflection-status], [data-completion-status]')) {
    el.textContent = 'This page could not load the part that saves your answers. Reload the page to try again.';
  }
}
