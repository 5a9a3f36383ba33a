import { atom } from 'nanostores';

/**
 * How many collections on this page are still being read in slices (see `READ_AT_ONCE` in
 * ./collection.ts). Islands show saved data once this is 0 (`useHydrated`, `whenLoaded`), so
 * nothing on screen is drawn from half a collection. A module of its own, so that islands
 * can wait on it without pulling in the collections' code.
 */
export const $opening = atom(0);
