/**
 * Addresses inside the site. Code and content name pages by their site path, written from
 * the site's root (`/coi/`, `/lessons/01-relationships-are-back/#reflect`); a copy of the
 * site may be served under a sub-path (`BASE_PATH=/workshop/`), so every address put in a
 * page goes through `href()`, which adds the base the site was built with.
 */

/** A base path with one leading and one trailing slash: '' → '/', 'workshop' → '/workshop/', 'a/b/' → '/a/b/'. */
export function normalizeBase(base: string | undefined | null): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path this build of the site is served under ('/' at the root of a domain; astro.config.mjs normalizes it). */
export const BASE: string = import.meta.env.BASE_URL;

/** True for a site path: starts with one slash (not `//host`, not a full URL, not `#x` or `?x`). */
export function isSitePath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//');
}

/** `path` under `base`: withBase('/coi/', '/workshop/') → '/workshop/coi/'. Anything but a site path is returned as it is. */
export function withBase(path: string, base: string): string {
  if (!isSitePath(path)) return path;
  return `${normalizeBase(base)}${path.slice(1)}`;
}

/** The address of a site path in this build: href('/coi/') is '/coi/' at the root, '/workshop/coi/' under /workshop/. */
export function href(path: string): string {
  return isSitePath(path) ? BASE + path.slice(1) : path;
}

/**
 * The site path of an address in this build, the inverse of `href()`:
 * sitePath('/workshop/coi/', '/workshop/') → '/coi/'. An address outside the base is returned as it is.
 */
export function sitePath(address: string, base: string = BASE): string {
  const b = normalizeBase(base);
  if (b === '/') return address;
  if (address.startsWith(b)) return `/${address.slice(b.length)}`;
  if (`${address}/` === b) return '/';
  return address;
}
