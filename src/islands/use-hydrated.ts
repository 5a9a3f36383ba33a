import { useEffect, useState } from 'preact/hooks';

/**
 * False on the server and in an island's first render in the browser, true from the next
 * render on. Islands hydrated over server HTML (`client:load`) show what depends on the
 * browser (saved data, the address, the clock) only once this is true, so their first
 * render matches the server's HTML exactly: Preact does not patch attributes that differ
 * between the two. See "Islands and hydration" in the README.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
