import { describe, expect, it } from 'vitest';
import {
  caddyConfig,
  cspRules,
  directives,
  HEADER_ONLY_DIRECTIVES,
  headerPolicy,
  headersFile,
  headersFileProblems,
  nginxConfig,
  type PagePolicy,
  SECURITY_HEADERS,
} from '../../src/integrations/headers';

const hashes = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) => `'sha256-${`${seed}${i}`.padEnd(43, 'x')}='`).join(' ');
/** A policy shaped like the one Astro writes into each page's meta tag. */
const policy = (seed: string) =>
  `default-src 'self';img-src 'self' data: blob:;object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes(12, seed)}; style-src 'self';`;

const A = policy('a');
const B = policy('b');
/** A site where most pages share one policy and a few carry their own. */
const mixed: PagePolicy[] = [
  { path: '/', csp: A },
  { path: '/404', csp: A },
  { path: '/coi/', csp: B },
  { path: '/coi/import/', csp: A },
  { path: '/lessons/', csp: A },
  { path: '/lessons/one/', csp: A },
  { path: '/lessons/two/', csp: A },
  { path: '/workshop/', csp: A },
  { path: '/workshop/half-day/1/present/', csp: B },
  { path: '/workshop/half-day/2/present/', csp: B },
  { path: '/plain/', csp: null },
];
const uniform: PagePolicy[] = mixed.map((p) => ({ ...p, csp: p.csp && A }));

/** The CSP a host that reads `_headers` sends for an address (matching rules joined with commas). */
function fromHeadersFile(file: string, address: string): { csp?: string; headers: Map<string, string> } {
  const headers = new Map<string, string>();
  let matching = false;
  for (const line of file.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      matching = pattern === address || (pattern.endsWith('*') && address.startsWith(pattern.slice(0, -1)));
    } else if (matching) {
      const i = line.indexOf(':');
      const [k, v] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
      headers.set(k, headers.has(k) ? `${headers.get(k)}, ${v}` : v);
    }
  }
  return { csp: headers.get('Content-Security-Policy'), headers };
}

/** The CSP nginx sends for a URI: the `map` block, exact strings first, then regular expressions in order. */
function fromNginx(conf: string, uri: string): string | undefined {
  const map = /map \$uri \$relationship_first_csp \{\n([\s\S]*?)\n\}/.exec(conf)?.[1] ?? '';
  const entries = [...map.matchAll(/^\s+(\S+) "([^"]*)";$/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
  const exact = entries.find(([k]) => k === uri);
  if (exact) return exact[1] || undefined;
  for (const [k, v] of entries) if (k.startsWith('~') && new RegExp(k.slice(1)).test(uri)) return v || undefined;
  return entries.find(([k]) => k === 'default')?.[1] || undefined;
}

/** The CSP Caddy sends for a path: the `header @cspN` whose `path` matcher matches (all that match apply). */
function fromCaddy(conf: string, path: string): string | undefined {
  const sent: string[] = [];
  for (const m of conf.matchAll(/@(csp\d+) path ([^\n]+)\n\theader @\1 Content-Security-Policy "([^"]*)"/g)) {
    const patterns = (m[2] ?? '').split(' ');
    if (patterns.some((p) => p === path || (p.endsWith('*') && path.startsWith(p.slice(0, -1))))) sent.push(m[3] ?? '');
  }
  return sent.length ? sent.join(', ') : undefined;
}

describe.each([
  ['at the root', '/'],
  ['under a sub-path', '/workshop/'],
])('headers for every kind of host, %s', (_, base) => {
  const address = (path: string) => `${base}${path.slice(1)}`;

  describe.each([
    ['one policy on every page', uniform],
    ['pages with policies of their own', mixed],
  ])('%s', (_, pages) => {
    const file = headersFile(pages, base);
    const nginx = nginxConfig(pages, base);
    const caddy = caddyConfig(pages, base);

    it('each page gets exactly the policy its meta tag carries, plus frame-ancestors', () => {
      for (const page of pages) {
        if (!page.csp) continue;
        const expected = headerPolicy(page.csp);
        expect(directives(expected)).toEqual([...directives(page.csp), ...HEADER_ONLY_DIRECTIVES]);
        const urls = [address(page.path), ...(page.path.endsWith('/') ? [`${address(page.path)}index.html`] : [])];
        for (const url of urls) {
          expect(fromHeadersFile(file, url).csp, `_headers ${url}`).toBe(expected);
          expect(fromNginx(nginx, url), `nginx ${url}`).toBe(expected);
          expect(fromCaddy(caddy, url), `Caddy ${url}`).toBe(expected);
        }
      }
    });

    it('every file gets the security headers, and no obsolete permission', () => {
      const sent = fromHeadersFile(file, address('/_astro/x.js')).headers;
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) {
        expect(sent.get(k)).toBe(v);
        expect(nginx).toContain(`add_header ${k} "${v}" always;`);
        expect(caddy).toContain(`\t\t${k} "${v}"`);
      }
      for (const text of [file, nginx, caddy]) expect(text).not.toContain('interest-cohort');
    });

    it('fits what Netlify and Cloudflare Pages accept', () => {
      expect(headersFileProblems(file)).toEqual([]);
    });

    it('serves the site’s 404 page, keeps the service worker fresh and caches fingerprinted files', () => {
      expect(nginx).toContain(`error_page 404 ${base}404.html;`);
      expect(nginx).toContain(`location = ${base}sw.js {`);
      expect(nginx).toContain(`location ${base}_astro/ {`);
      expect(nginx).toContain('absolute_redirect off;');
      expect(caddy).toContain(`rewrite * ${base}404.html`);
      expect(caddy).toContain(`header ${base}sw.js Cache-Control "no-cache"`);
      expect(caddy).toContain(`header ${base}_astro/* Cache-Control "public, max-age=31536000, immutable"`);
    });
  });
});

describe('CSP rules', () => {
  it('need one rule for a site whose pages share a policy', () => {
    expect(cspRules(uniform, '/workshop/')).toEqual([{ path: '/workshop/', prefix: true, csp: headerPolicy(A) }]);
  });

  it('never give one address two different policies', () => {
    const rules = cspRules(mixed);
    for (const page of mixed.filter((p) => p.csp)) {
      const matching = rules.filter((r) => (r.prefix ? page.path.startsWith(r.path) : page.path === r.path));
      expect(new Set(matching.map((r) => r.csp)).size, page.path).toBe(1);
    }
  });

  it('say when a file would break the hosts’ limits', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ path: `/p${i}/`, csp: policy(`p${i}`) }));
    expect(headersFileProblems(headersFile(many))[0]).toMatch(/_headers has 121 rules; hosts accept at most 100\./);
    const long = headersFile([{ path: '/', csp: `script-src ${hashes(40, 'z')}` }]);
    expect(headersFileProblems(long).join(' ')).toMatch(/characters; hosts accept at most 2000\./);
  });
});
