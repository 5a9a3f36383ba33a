/**
 * The part of a lesson page's behaviour that runs before its memory (./lesson-progress.ts,
 * which brings the store) has loaded: a press of "Mark this module complete" in that moment
 * is held, not lost, and carried out when the memory binds. Answers chosen and text typed
 * meanwhile stay in the page and are picked up the same way.
 */

/** Set on the completion box once ./lesson-progress.ts handles its button. */
export const BOUND = 'bound';
/** Set on the completion box when its button was pressed before that. */
export const PENDING = 'pending';
/**
 * Set on a reflection box or self-check option the reader changed before that (not on one
 * the browser refilled on its own when the page was reopened: that text may be older than
 * what is saved).
 */
export const EARLY = 'early';

export function holdEarly(): void {
  const mark = (e: Event) => {
    const el = e.target as HTMLElement;
    if (el.matches('textarea[data-reflection], .question input[type="radio"]')) el.dataset[EARLY] = '';
  };
  addEventListener('input', mark, true);
  addEventListener('change', mark, true);
  const box = document.querySelector<HTMLElement>('[data-completion]');
  const button = box?.querySelector<HTMLButtonElement>('button');
  if (!box || !button) return;
  button.addEventListener('click', () => {
    if (BOUND in box.dataset) return;
    // A second press before the memory loads takes the first one back.
    if (PENDING in box.dataset) delete box.dataset[PENDING];
    else box.dataset[PENDING] = '';
  });
}

/** Says on the page that its answers cannot be remembered (the memory did not load). */
export function showNotRemembered(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-reflection-status], [data-completion-status]')) {
    el.textContent = 'This page could not load the part that saves your answers. Reload the page to try again.';
  }
}
