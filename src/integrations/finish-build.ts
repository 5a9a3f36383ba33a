import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';

/**
 * Finishes the static build in `dist/`, in this order:
 * 1. a Pagefind search index of lessons, glossary and tool pages (`dist/pagefind/`);
 * 2. `sitemap.xml` and `robots.txt` for the configured site address;
 * 3. `_headers`: each page's Content-Security-Policy (the same one Astro put in its
 *    meta tag) plus site-wide security headers, for hosts that read such a file;
 * 4. a service worker (`sw.js`, Workbox) that precaches every page, script, style, font,
 *    icon and the search index, so the whole site works offline after one visit.
 */

/** Security headers sent with every file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

/** The URL path of a built HTML file: dist/lessons/x/index.html → /lessons/x/. */
export function pathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split('\\').join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel.replace(/\.html$/, '')}`;
}

/** The CSP a page's meta tag declares, or null. */
export function cspOf(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return (
    m?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  );
}

/** The `_headers` file: global headers for every path, and each page's CSP. */
export function headersFile(pages: { path: string; csp: string | null }[]): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
  for (const p of pages) {
    if (!p.csp) continue;
    lines.push(p.path, `  Content-Security-Policy: ${p.csp}`, '');
    if (p.path !== '/' && p.path.endsWith('/'))
      lines.push(`${p.path}index.html`, `  Content-Security-Policy: ${p.csp}`, '');
  }
  return `${lines.join('\n')}\n`;
}

/** sitemap.xml for the pages worth finding (not the 404 page). */
export function sitemap(site: URL, paths: string[]): string {
  const urls = paths
    .filter((p) => p !== '/404')
    .sort()
    .map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export default function finishBuild(): AstroIntegration {
  let site = new URL('http://localhost:4321/');
  return {
    name: 'relationship-first:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = [...htmlFiles(dist)];

        // 1. Search index.
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: dist });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: join(dist, 'pagefind') });
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);

        // 2. Sitemap and robots.txt.
        const paths = files.map((f) => pathOf(dist, f));
        writeFileSync(join(dist, 'sitemap.xml'), sitemap(site, paths));
        writeFileSync(
          join(dist, 'robots.txt'),
          `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`,
        );

        // 3. Headers for hosts that read a _headers file.
        const pages = files.map((f) => ({ path: pathOf(dist, f), csp: cspOf(readFileSync(f, 'utf8')) }));
        writeFileSync(join(dist, '_headers'), headersFile(pages));

        // 4. Service worker for offline use.
        const { count, size, warnings } = await generateSW({
          globDirectory: dist,
          globPatterns: [
            '**/*.{html,js,css,svg,png,ico,webmanifest,woff2,wasm,json,pf_meta,pf_index,pf_fragment}',
            'pagefind/**/*',
          ],
          globIgnores: ['sw.js', 'workbox-*.js'],
          swDest: join(dist, 'sw.js'),
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          cleanupOutdatedCaches: true,
          // The page asks before a new version takes over (see src/islands/offline.ts).
          skipWaiting: false,
          clientsClaim: true,
          sourcemap: false,
          mode: 'production',
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
