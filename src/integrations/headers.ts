import { withBase } from '../domain/paths.ts';

/**
 * The HTTP headers a host sends with the built site, rendered for each kind of host from one
 * description: `_headers` (Netlify, Cloudflare Pages), an nginx server block and a Caddyfile.
 * Every page's Content-Security-Policy is the one its meta tag carries, plus the directives
 * that only work as a header (`frame-ancestors`).
 */

/** Security headers sent with every file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** CSP directives browsers ignore in a meta tag, so the headers add them to every page's policy. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Limits of `_headers` files: Cloudflare Pages allows 100 rules and 2,000 characters a line (Netlify is looser). */
export const HEADERS_FILE_LIMITS = { rules: 100, lineLength: 2000 };

/** A built page: its site path (without the base) and the CSP of its meta tag. */
export interface PagePolicy {
  path: string;
  csp: string | null;
}

/** Where a CSP applies: one exact address, or every address under a prefix. */
export interface CspRule {
  /** An address (with the base), e.g. '/workshop/coi/'. */
  path: string;
  /** True when the rule covers every address that starts with `path`. */
  prefix: boolean;
  /** The policy sent as a header. */
  csp: string;
}

/** The policy a header carries for a page whose meta tag says `csp`. */
export function headerPolicy(csp: string): string {
  return [csp.trim().replace(/;+\s*$/, ''), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** The directives of a policy, normalized for comparison: "a x;b  y" → ['a x', 'b y']. */
export function directives(csp: string): string[] {
  return csp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/**
 * Which CSP applies where, with as few rules as possible and never two different policies
 * for one address (hosts join repeated headers, and two policies would both be enforced).
 * A folder whose pages (two or more) all carry one policy gets one prefix rule; other pages
 * get an exact rule for their address.
 */
export function cspRules(pages: readonly PagePolicy[], base = '/'): CspRule[] {
  const withCsp = pages.filter((p): p is { path: string; csp: string } => p.csp !== null);
  const rules: CspRule[] = [];
  const walk = (folder: string) => {
    const inside = withCsp.filter((p) => p.path.startsWith(folder));
    if (inside.length === 0) return;
    const policies = new Set(inside.map((p) => p.csp));
    if (inside.length > 1 && policies.size === 1) {
      rules.push({ path: withBase(folder, base), prefix: true, csp: headerPolicy(inside[0]?.csp ?? '') });
      return;
    }
    const subfolders = new Set<string>();
    for (const p of inside) {
      const rest = p.path.slice(folder.length);
      if (!rest) continue; // the folder's own page, below
      const slash = rest.indexOf('/');
      if (slash === -1) rules.push({ path: withBase(p.path, base), prefix: false, csp: headerPolicy(p.csp) });
      else subfolders.add(`${folder}${rest.slice(0, slash + 1)}`);
    }
    const own = inside.find((p) => p.path === folder);
    if (own) rules.push({ path: withBase(folder, base), prefix: false, csp: headerPolicy(own.csp) });
    for (const sub of [...subfolders].sort()) walk(sub);
  };
  walk('/');
  return rules;
}

/** The `_headers` file: security headers for everything under the base, and each page's CSP. */
export function headersFile(pages: readonly PagePolicy[], base = '/'): string {
  const all = `${withBase('/', base)}*`;
  const blocks = new Map<string, string[]>([[all, Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`)]]);
  const add = (pattern: string, line: string) => blocks.set(pattern, [...(blocks.get(pattern) ?? []), line]);
  for (const rule of cspRules(pages, base)) {
    const line = `Content-Security-Policy: ${rule.csp}`;
    if (rule.prefix) add(`${rule.path}*`, line);
    else {
      add(rule.path, line);
      // Some hosts also answer a folder's page at its file name.
      if (rule.path.endsWith('/')) add(`${rule.path}index.html`, line);
    }
  }
  const text = [...blocks].map(([pattern, lines]) => [pattern, ...lines.map((l) => `  ${l}`)].join('\n'));
  return `${text.join('\n\n')}\n`;
}

/** What breaks a host's limits in a `_headers` file, as sentences (none when it fits). */
export function headersFileProblems(text: string, limits = HEADERS_FILE_LIMITS): string[] {
  const lines = text.split('\n');
  const rules = lines.filter((l) => l.trim() && !/^\s/.test(l) && !l.startsWith('#')).length;
  const problems: string[] = [];
  if (rules > limits.rules) problems.push(`_headers has ${rules} rules; hosts accept at most ${limits.rules}.`);
  lines.forEach((l, i) => {
    if (l.length > limits.lineLength)
      problems.push(`_headers line ${i + 1} is ${l.length} characters; hosts accept at most ${limits.lineLength}.`);
  });
  return problems;
}

/** A value in double quotes for nginx and Caddy (neither policy nor header values hold quotes or backslashes). */
function quoted(value: string): string {
  if (/["\\]/.test(value)) throw new Error(`A header value cannot hold quotes or backslashes: ${value}`);
  return `"${value}"`;
}

/** An nginx regular expression that matches exactly `text` at the start of a URI. */
function nginxPrefix(text: string): string {
  return `~^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/**
 * An nginx configuration (a file for `/etc/nginx/conf.d/`): the site's files under `base`,
 * the site's 404 page, a redirect to the trailing slash for folders, long caching for
 * fingerprinted assets, no caching for the service worker, and every header of `_headers`.
 */
export function nginxConfig(pages: readonly PagePolicy[], base = '/'): string {
  const root = withBase('/', base);
  const rules = cspRules(pages, base);
  const map = rules.flatMap((r) =>
    r.prefix
      ? [`    ${nginxPrefix(r.path)} ${quoted(r.csp)};`]
      : [
          `    ${r.path} ${quoted(r.csp)};`,
          ...(r.path.endsWith('/') ? [`    ${r.path}index.html ${quoted(r.csp)};`] : []),
        ],
  );
  const headers = [
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `        add_header ${k} ${quoted(v)} always;`),
    '        add_header Content-Security-Policy $relationship_first_csp always;',
  ];
  const location = (path: string, extra: string[] = []) =>
    [`    location ${path} {`, ...headers, ...extra, '    }'].join('\n');
  return `# Relationship First: nginx configuration, written by \`npm run build\` for the base path ${root}.
# Copy it to /etc/nginx/conf.d/, set server_name and root below, and reload nginx.
# root is the folder that holds the site${root === '/' ? '' : ` in a sub-folder named ${root.slice(1, -1)}`}: copy the contents of dist/ there.
# Add TLS (listen 443 ssl and a certificate) as for any other site.

# Each page's Content-Security-Policy (nginx sends no header for an empty value).
map $uri $relationship_first_csp {
    default "";
${map.join('\n')}
}

server {
    listen 80;
    server_name example.org;
    root /var/www/relationship-first;
    index index.html;
    charset utf-8;
    # Redirects to the trailing slash stay on the address the reader used.
    absolute_redirect off;
    error_page 404 ${root}404.html;

${location(root)}

${location(`= ${root}sw.js`, ['        add_header Cache-Control "no-cache" always;'])}

${location(`${root}_astro/`, ['        add_header Cache-Control "public, max-age=31536000, immutable" always;'])}
}
`;
}

/**
 * A Caddyfile for the same site: files under `base`, the site's 404 page, redirects to the
 * trailing slash (Caddy's file server does these itself), caching rules and every header.
 */
export function caddyConfig(pages: readonly PagePolicy[], base = '/'): string {
  const root = withBase('/', base);
  const rules = cspRules(pages, base);
  const matchers = rules.map((r, i) => {
    const paths = r.prefix ? [`${r.path}*`] : [r.path, ...(r.path.endsWith('/') ? [`${r.path}index.html`] : [])];
    return `\t@csp${i} path ${paths.join(' ')}\n\theader @csp${i} Content-Security-Policy ${quoted(r.csp)}`;
  });
  return `# Relationship First: Caddyfile, written by \`npm run build\` for the base path ${root}.
# Replace example.org with your address (Caddy gets a certificate for it), set root to the
# folder that holds the site${root === '/' ? '' : ` in a sub-folder named ${root.slice(1, -1)}`} (copy the contents of dist/ there), and run
# \`caddy run --config Caddyfile\` or reload your Caddy.

(relationship_first_headers) {
\theader ${root}* {
${Object.entries(SECURITY_HEADERS)
  .map(([k, v]) => `\t\t${k} ${quoted(v)}`)
  .join('\n')}
\t}
${matchers.join('\n')}
\theader ${root}sw.js Cache-Control "no-cache"
\theader ${root}_astro/* Cache-Control "public, max-age=31536000, immutable"
}

example.org {
\troot * /var/www/relationship-first
\tencode zstd gzip
\timport relationship_first_headers
\tfile_server

\t# Unknown addresses get the site's own 404 page (with the headers set above).
\thandle_errors {
\t\t@not_found expression {err.status_code} == 404
\t\thandle @not_found {
\t\t\trewrite * ${root}404.html
\t\t\tfile_server
\t\t}
\t}
}
`;
}
