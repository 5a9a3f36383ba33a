import { normalizeBase } from './paths';

/**
 * What the service worker keeps for offline use, and where. The first visit downloads the
 * pages people read and work in (lessons, tools, reading pages) with everything they load;
 * the rest is kept when first used: workshop mode's pages, images, and the search index,
 * which the search page saves whole the first time it is used online. Caches are named per
 * copy of the site (its base path), since copies on one origin share the browser's caches.
 */

/** Pages (site paths without the base) kept when first opened, not on the first visit: workshop mode below /workshop/. */
export const KEPT_WHEN_OPENED = /^\/workshop\/./;

/**
 * Scripts left out of the first visit's download because most readers never run them: the
 * vCard reader (ical.js, about 24 KB gzipped), loaded only when someone imports a .vcf file.
 * The import page fetches it once it is idle, so after one visit there it works offline too.
 * Paths relative to the base, as the build names the chunks.
 */
export const KEPT_WHEN_USED_SCRIPTS = /^_astro\/vcard\.[\w-]+\.js$/;

/** Files of the search index the search page never loads (Pagefind's own ready-made interfaces). */
export const SEARCH_UI_FILES = /^pagefind\/pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/** The list of the search index's files, written beside them at build time (addresses relative to the base). */
export const SEARCH_FILES_LIST = '/pagefind/offline-files.json';

/** The cache that keeps a copy's search index for offline use. */
export function searchCacheName(base: string): string {
  return `rf-search:${normalizeBase(base)}`;
}

/** The cache that keeps a copy's pages and files first used after the first visit. */
export function laterCacheName(base: string): string {
  return `rf-later:${normalizeBase(base)}`;
}
