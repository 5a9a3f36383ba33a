/**
 * Collects keys that arrive one at a time (storage events from another tab) and hands them on
 * together at the next turn (`later`): `deliver` gets every key that arrived meanwhile, in
 * order, or null when one of them was null (everything may have changed). Thousands of
 * events from another tab's import then make one update instead of thousands.
 */
export function keyBatcher(
  deliver: (keys: string[] | null) => void,
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
): (key: string | null) => void {
  /** Keys waiting for the next turn (null: everything; undefined: no turn asked for). */
  let keys: string[] | null | undefined;
  return (key) => {
    if (keys === undefined) {
      keys = [];
      later(() => {
        const batch = keys as string[] | null;
        keys = undefined;
        deliver(batch);
      });
    }
    if (key === null) keys = null;
    else keys?.push(key);
  };
}
