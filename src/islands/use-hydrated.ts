import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $opening } from '../store/opening';

/**
 * False on the server and in an island's first render in the browser, true from the next
 * render on, once every collection on the page has been read (large kinds are read in
 * slices as the page opens). Islands hydrated over server HTML (`client:load`) show what
 * depends on the browser (saved data, the address, the clock) only once this is true, so
 * their first render matches the server's HTML exactly: Preact does not patch attributes
 * that differ between the two. See "Islands and hydration" in the README.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  const opening = useStore($opening);
  useEffect(() => setHydrated(true), []);
  return hydrated && opening === 0;
}
