/**
 * The address participants are sent to (slides, QR codes, handout footers). It is worked
 * out where the site is actually served: the page's own origin plus the site's base path
 * (`import.meta.env.BASE_URL`), unless the facilitator set an address of their own, which
 * is saved with the workshop.
 */

/** The site's address from a page's origin and the site's base path: "https://example.org/course/". */
export function siteAddress(origin: string, base = '/'): string {
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(path, origin).href;
}

/** What checking a typed address found: the cleaned address (none when blank), or what is wrong. */
export type AddressCheck = { ok: true; address: string | undefined } | { ok: false; error: string };

/**
 * Checks an address the facilitator typed: blank clears it; otherwise it must be a web
 * address (a missing "https://" is added). The result ends with a slash, so sheet paths
 * can be added to it.
 */
export function checkAddress(input: string): AddressCheck {
  const text = input.trim();
  if (text === '') return { ok: true, address: undefined };
  if (/\s/.test(text))
    return { ok: false, error: `“${text.slice(0, 60)}” is not a web address. Type it like https://example.org/.` };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `“${text.slice(0, 60)}” is not a web address. Type it like https://example.org/.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: 'The address must start with https:// or http://.' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('['))
    return { ok: false, error: `“${url.hostname}” is not a complete host name. Type it like example.org.` };
  if (url.username || url.password) return { ok: false, error: 'Leave the user name and password out of the address.' };
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  if (url.href.length > 300) return { ok: false, error: 'That address is too long (300 characters at most).' };
  return { ok: true, address: url.href };
}

/** The address to show: the facilitator's own if set, else the one the site is served from. */
export function shownAddress(served: string, override?: string | undefined): string {
  return override ?? served;
}

/** The address of a page of the site, given as a path from the site's root ("coi/" or "/coi/"). */
export function pageAddress(path: string, site: string): string {
  return new URL(path.replace(/^\/+/, ''), site).href;
}

/** An address as printed for people to type: no "https://", no trailing slash on the bare host. */
export function shortAddress(address: string): string {
  const url = new URL(address);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.protocol === 'http:' ? 'http://' : ''}${url.host}${path}`;
}
