import { atom } from 'nanostores';

/**
 * How many collections on this page are still being read in slices (see `READ_AT_ONCE` in
 * ./collection.ts). Islands show saved data once this is 0 (`useHydrated`, `whenLoaded`), so
 * nothing on screen is drawn from half a collection. A module of its own, so that islands
 * can wait on it without pulling in the collections' code.
 */
export const $opening = atom(0);

/**
 * Runs `then` once no collection is being read any more: at once when none is, else in the
 * task that finishes the last one. Page scripts that read saved data start here, so opening
 * a page with a long saved history lists and reads storage in tasks of their own instead of
 * forcing it all into the script's first task.
 */
export function afterOpening(then: () => void): void {
  if ($opening.get() === 0) {
    then();
    return;
  }
  const stop = $opening.listen((n) => {
    if (n > 0) return;
    stop();
    then();
  });
}
