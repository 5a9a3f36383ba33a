import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';
import {
  KEPT_WHEN_OPENED,
  KEPT_WHEN_USED_SCRIPTS,
  laterCacheName,
  SEARCH_FILES_LIST,
  SEARCH_UI_FILES,
} from '../domain/offline.ts';
import { normalizeBase, withBase } from '../domain/paths.ts';
import {
  AFTER_PAINT_LOADER,
  allowScripts,
  allowStyles,
  INLINE_STYLE_PAGES,
  inlineStylesheets,
  ownHashesOnly,
  scriptsAfterPaint,
  withLoader,
} from './first-paint.ts';
import { caddyConfig, headersFile, headersFileProblems, nginxConfig } from './headers.ts';
import { pageAssets } from './page-assets.ts';

/**
 * Finishes the static build in `dist/` (or `OUT_DIR`), for the base path the site is built
 * for (`BASE_PATH`), in this order:
 * 0. reading pages (lessons, home, start here, glossary) get their stylesheets inline, and
 *    their scripts load once the page has painted; each page's policy allows by hash the
 *    inline scripts and styles it holds, and no others (./first-paint.ts);
 * 1. a Pagefind search index of lessons, glossary and tool pages (`pagefind/`);
 * 2. `sitemap.xml` and `robots.txt` for the configured site address and base path;
 * 3. the headers a host should send (./headers.ts): `_headers` for Netlify and Cloudflare
 *    Pages, `nginx.conf` and `Caddyfile` for a plain web server, each page with the same
 *    Content-Security-Policy its meta tag carries (plus `frame-ancestors`);
 * 4. a service worker (`sw.js`, Workbox) that precaches every lesson, tool and reading page
 *    with the scripts and styles they load, so they work offline after one visit, including
 *    addresses without their trailing slash and the site's own 404 page; workshop mode's
 *    pages, images and the search index are kept when first used (see src/domain/offline.ts).
 */

/**
 * The files the service worker downloads on the first visit (paths relative to `dist`): every
 * page not kept when opened (src/domain/offline.ts) and what it loads, except the scripts kept
 * when used, the icon and the manifest.
 */
export function precacheFiles(dist: string, files: readonly string[], base: string): Set<string> {
  const keep = new Set(['favicon.svg', 'manifest.webmanifest']);
  const rel = (f: string) => relative(dist, f).split('\\').join('/');
  for (const file of files) {
    if (KEPT_WHEN_OPENED.test(pathOf(dist, file))) continue;
    keep.add(rel(file));
    const assets = pageAssets(dist, file, base);
    for (const asset of [...assets.js, ...assets.lazyJs, ...assets.css, ...assets.laterCss])
      if (!KEPT_WHEN_USED_SCRIPTS.test(rel(asset))) keep.add(rel(asset));
  }
  return keep;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

/** The site path of a built HTML file (without the base): dist/lessons/x/index.html → /lessons/x/. */
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

/** sitemap.xml for the pages worth finding (not the 404 page), at their addresses under `base`. */
export function sitemap(site: URL, paths: string[], base = '/'): string {
  const urls = paths
    .filter((p) => p !== '/404')
    .sort()
    .map((p) => `  <url><loc>${new URL(withBase(p, base), site).href}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: crawlers may read everything under the base, and find the sitemap. */
export function robots(site: URL, base = '/'): string {
  return `User-agent: *\nAllow: ${withBase('/', base)}\n\nSitemap: ${new URL(withBase('/sitemap.xml', base), site).href}\n`;
}

/**
 * The service worker's answer to a page it has not precached: the network (keeping a copy of
 * the page for later), and offline the copy kept when it was last opened, else the page of
 * the same address with its trailing slash (by a redirect), else the site's own 404 page with
 * a 404 status. Runs inside the worker (Workbox writes it into sw.js as text), so it reads only
 * its arguments and the worker's globals; it looks only in this copy's caches (named after the
 * worker's scope, as `laterCacheName` names them), never in another copy's on the same origin.
 */
export const offlineNavigation = async ({ request, url }: { request: Request; url: URL }): Promise<Response> => {
  const scope = () => (self as unknown as { registration: { scope: string } }).registration.scope;
  const later = () => `rf-later:${new URL(scope()).pathname}`;
  const address = (u: string) => u.split(/[?#]/)[0] ?? u;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches
        .open(later())
        .then((c) => c.put(address(request.url), copy))
        .catch(() => undefined);
    }
    return response;
  } catch (error) {
    const kept = await (await caches.open(later())).match(address(url.href));
    if (kept) return kept;
    const cache = await caches.open(`workbox-precache-v2-${scope()}`);
    if (!url.pathname.endsWith('/')) {
      const page = await cache.match(`${url.origin}${url.pathname}/index.html`, { ignoreSearch: true });
      if (page) return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 302);
    }
    const notFound = await cache.match(new URL('404.html', scope()).href, { ignoreSearch: true });
    if (notFound)
      return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
    throw error;
  }
};

/**
 * The service worker's answer for a file of the search index: the network, and offline the
 * copy the search page kept (`searchCacheName`, named here after the worker's scope). It
 * writes nothing itself, so the search page alone keeps that copy whole and up to date.
 * Runs inside the worker, like `offlineNavigation`.
 */
export const keptSearchIndex = async ({ request }: { request: Request }): Promise<Response> => {
  try {
    return await fetch(request);
  } catch (error) {
    const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
    const kept = await caches.match(request.url.split(/[?#]/)[0] ?? request.url, {
      cacheName: `rf-search:${new URL(scope).pathname}`,
    });
    if (kept) return kept;
    throw error;
  }
};

/** Addresses of this copy (on any origin) under `base` + `path`, as a pattern the worker can carry as text. */
export function underBase(base: string, path: string): RegExp {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^https?://[^/]+${literal(`${base}${path}`)}`);
}

export default function finishBuild(): AstroIntegration {
  let site = new URL('http://localhost:4321/');
  let base = '/';
  return {
    name: 'relationship-first:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = [...htmlFiles(dist)];

        // 0. Reading pages: the first screen's styles inline; the whole stylesheet and the
        // scripts after first paint, from files named by their content.
        const css = (url: string) => readFileSync(join(dist, url.slice(base.length)), 'utf8');
        const save =
          (ext: 'css' | 'js', stem = 'after-paint') =>
          (text: string) => {
            const name = `_astro/${stem}.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.${ext}`;
            writeFileSync(join(dist, name), text);
            return `${base}${name}`;
          };
        const hashes = new Set<string>();
        const scriptHashes = new Set<string>();
        const loader = save('js', 'paint-loader')(AFTER_PAINT_LOADER);
        const pagesHtml = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
        for (const [file, html] of pagesHtml) {
          if (!INLINE_STYLE_PAGES.test(pathOf(dist, file))) continue;
          const inlined = inlineStylesheets(scriptsAfterPaint(html, save('js')), css, save('css'));
          if (!inlined) continue;
          const loaded = withLoader(inlined.html, loader);
          pagesHtml.set(file, loaded.html);
          hashes.add(inlined.hash);
          if (loaded.hash) scriptHashes.add(loaded.hash);
        }
        for (const [file, html] of pagesHtml) {
          const allowed = ownHashesOnly(allowScripts(allowStyles(html, [...hashes]), [...scriptHashes]));
          if (allowed !== readFileSync(file, 'utf8')) writeFileSync(file, allowed);
        }
        logger.info(
          `first-screen styles: ${hashes.size} set(s) inline on reading pages, the whole stylesheets after paint`,
        );

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
        writeFileSync(join(dist, 'sitemap.xml'), sitemap(site, paths, base));
        writeFileSync(join(dist, 'robots.txt'), robots(site, base));

        // 3. Headers: _headers for hosts that read one, configuration for nginx and Caddy.
        const pages = files.map((f) => ({ path: pathOf(dist, f), csp: cspOf(readFileSync(f, 'utf8')) }));
        const headers = headersFile(pages, base);
        const problems = headersFileProblems(headers);
        if (problems.length) throw new Error(`The headers do not fit what hosts accept: ${problems.join(' ')}`);
        writeFileSync(join(dist, '_headers'), headers);
        writeFileSync(join(dist, 'nginx.conf'), nginxConfig(pages, base));
        writeFileSync(join(dist, 'Caddyfile'), caddyConfig(pages, base));
        logger.info(`headers: _headers, nginx.conf and Caddyfile for ${base}`);

        // 4. Service worker for offline use: what the first visit keeps, and the list of the
        // search index's files that the search page keeps when first used.
        const searchFiles = readdirSync(join(dist, 'pagefind'), { recursive: true })
          .map((f) => `pagefind/${String(f).split('\\').join('/')}`)
          .filter((f) => statSync(join(dist, f)).isFile() && !SEARCH_UI_FILES.test(f))
          .sort();
        writeFileSync(join(dist, SEARCH_FILES_LIST.slice(1)), JSON.stringify(searchFiles));
        const first = precacheFiles(dist, files, base);
        const { count, size, warnings } = await generateSW({
          globDirectory: dist,
          globPatterns: ['**/*'],
          globIgnores: ['sw.js', 'workbox-*.js', 'nginx.conf', 'Caddyfile', '_headers', 'pagefind/**'],
          manifestTransforms: [
            async (entries) => ({ manifest: entries.filter((e) => first.has(e.url)), warnings: [] }),
          ],
          swDest: join(dist, 'sw.js'),
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          cleanupOutdatedCaches: true,
          // The page asks before a new version takes over (see src/islands/offline.ts).
          skipWaiting: false,
          clientsClaim: true,
          sourcemap: false,
          mode: 'production',
          runtimeCaching: [
            // Pages not precached: the network, keeping a copy; offline that copy, the page with its slash or the 404 page.
            { urlPattern: ({ request }) => request.mode === 'navigate', handler: offlineNavigation },
            // The search index: the network, else what the search page kept for offline use.
            { urlPattern: underBase(base, 'pagefind/'), handler: keptSearchIndex },
            // Everything else of this copy not precached (workshop mode's scripts, images): kept when first used.
            {
              urlPattern: underBase(base, ''),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: laterCacheName(base), expiration: { maxEntries: 300 } },
            },
          ],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
