/**
 * The reader's theme choice ('light' | 'dark'), or none to follow the OS. Stored under one
 * key (in this copy's namespace, see ./namespace.ts); every storage call is guarded so
 * blocked storage only means the choice is not kept.
 *
 * Migration story: v1 stores the bare string 'light' or 'dark'. Anything else is ignored
 * (the OS preference applies) and left in place untouched.
 */

/** Storage key of the theme choice, without the copy's namespace. */
export const THEME_KEY = 'rf:theme';

/**
 * This copy's storage namespace, as ./namespace.ts defines it: '' at the root of its
 * address, else its base path. Written out here, without imports, so the theme button's
 * script stays small enough to be inlined in every page.
 */
const NAMESPACE: string = import.meta.env.BASE_URL === '/' ? '' : import.meta.env.BASE_URL;

/** A pinned theme. */
export type Theme = 'light' | 'dark';

/** Reads a stored theme; anything unexpected reads as no choice. */
export function parseTheme(raw: unknown): Theme | null {
  return raw === 'light' || raw === 'dark' ? raw : null;
}

/** The stored choice, or null (no choice, or storage unavailable). */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Theme | null {
  try {
    return parseTheme(storage?.getItem(NAMESPACE + THEME_KEY));
  } catch {
    return null;
  }
}

/** Saves the choice; returns false when storage refuses (the theme still applies for this page). */
export function writeTheme(
  theme: Theme,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(NAMESPACE + THEME_KEY, theme);
    return true;
  } catch {
    return false;
  }
}

/** The theme in effect: the stored choice, else the OS preference. */
export function effectiveTheme(choice: Theme | null, prefersDark: boolean): Theme {
  return choice ?? (prefersDark ? 'dark' : 'light');
}

/**
 * A tiny script, inlined in <head> before any paint, that applies a stored choice so the
 * page never flashes the wrong theme, and marks <html> with the class `js` so controls
 * that need scripts are laid out from the first paint (no layout shift). Built from the
 * constants above so key and values cannot drift. `namespace` is the copy's storage namespace
 * (its base path under a sub-path); the build hashes the script for the CSP with the same one.
 */
export function themeBootScript(namespace: string = NAMESPACE): string {
  return `document.documentElement.classList.add('js');try{var t=localStorage.getItem(${JSON.stringify(namespace + THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
}
