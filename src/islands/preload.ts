/**
 * How a module loaded on demand (`import()`) brings the scripts it needs. The bundler wraps
 * every dynamic import of the site's scripts in `__vitePreload`, naming the files the module
 * imports in turn, so the browser fetches them together with it instead of one after
 * another. The site uses this helper in place of the bundler's own, which is four times
 * its size for what the site never has: stylesheets loaded with a script (the build fails
 * if one ever is, see src/integrations/script-bundles.ts), per-request script nonces, and
 * browsers without module preloading.
 */

/** Addresses already asked for on this page. */
const requested = new Set<string>();

/**
 * Loads a module on demand: asks the browser at once for the scripts it imports (`deps`,
 * paths from the site's base, or from `importerUrl` when the bundler gives one), each
 * once per page, then runs `load`.
 */
export function __vitePreload<T>(load: () => Promise<T>, deps?: readonly string[], importerUrl?: string): Promise<T> {
  for (const dep of deps ?? []) {
    const href = importerUrl ? new URL(dep, importerUrl).href : `${import.meta.env.BASE_URL}${dep}`;
    if (requested.has(href)) continue;
    requested.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.appendChild(link);
  }
  return load();
}
