import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it, vi } from 'vitest';
import { BASE, href, isSitePath, normalizeBase, sitePath, withBase } from '../../src/domain/paths';
import { webManifest } from '../../src/domain/site';
import { baseLinks } from '../../src/integrations/base-links';
import { offlineNavigation, robots, sitemap } from '../../src/integrations/finish-build';
import { storageNamespace } from '../../src/store/namespace';
import { THEME_KEY, themeBootScript } from '../../src/store/theme';

describe('base paths', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['workshop', '/workshop/'],
    ['/workshop', '/workshop/'],
    ['/workshop/', '/workshop/'],
    [' a/b// ', '/a/b/'],
  ])('normalizes %j to %j', (given, expected) => {
    expect(normalizeBase(given)).toBe(expected);
  });

  it.each([
    ['/coi/', '/', '/coi/'],
    ['/coi/', '/workshop/', '/workshop/coi/'],
    ['/', '/workshop/', '/workshop/'],
    ['/glossary/#giving-first', '/workshop/', '/workshop/glossary/#giving-first'],
    ['/planner/message/?to=a', '/a/b/', '/a/b/planner/message/?to=a'],
    ['#reflect', '/workshop/', '#reflect'],
    ['?q=x', '/workshop/', '?q=x'],
    ['https://example.org/x', '/workshop/', 'https://example.org/x'],
    ['//example.org/x', '/workshop/', '//example.org/x'],
    ['mailto:a@example.org', '/workshop/', 'mailto:a@example.org'],
    ['relative/', '/workshop/', 'relative/'],
  ])('puts %j under %j as %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it('tells site paths from other addresses', () => {
    expect(isSitePath('/coi/')).toBe(true);
    expect(isSitePath('//cdn.example/x')).toBe(false);
    expect(isSitePath('https://x/')).toBe(false);
    expect(isSitePath('#x')).toBe(false);
  });

  it('turns an address back into its site path', () => {
    expect(sitePath('/workshop/coi/', '/workshop/')).toBe('/coi/');
    expect(sitePath('/workshop/workshop/', '/workshop/')).toBe('/workshop/');
    expect(sitePath('/workshop/', '/workshop/')).toBe('/');
    expect(sitePath('/workshop', '/workshop/')).toBe('/');
    expect(sitePath('/coi/', '/')).toBe('/coi/');
    expect(sitePath('/elsewhere/', '/workshop/')).toBe('/elsewhere/');
  });

  it('href() uses the base this build was made for (the root in unit tests)', () => {
    expect(BASE).toBe('/');
    expect(href('/coi/')).toBe('/coi/');
    expect(href('https://example.org/')).toBe('https://example.org/');
  });
});

describe('lesson links in Markdown and MDX', () => {
  const source =
    'See [giving first](/glossary/#giving-first), [module 2](/lessons/02-emotional-bank-account/), ' +
    '[a source](https://example.org/book), [this part](#worked-example) and ![a chart](/icons/icon-192.png).\n\n' +
    '[ref]: /coi/\n\nA [reference link][ref].\n';

  it('gain the base path under a sub-path', () => {
    const { html } = markdownToHtml(source, { mdastPlugins: [baseLinks('/workshop/')] });
    expect(html).toContain('href="/workshop/glossary/#giving-first"');
    expect(html).toContain('href="/workshop/lessons/02-emotional-bank-account/"');
    expect(html).toContain('src="/workshop/icons/icon-192.png"');
    expect(html).toContain('href="/workshop/coi/"');
    expect(html).toContain('href="https://example.org/book"');
    expect(html).toContain('href="#worked-example"');
  });

  it('stay as written at the root', () => {
    const { html } = markdownToHtml(source, { mdastPlugins: [baseLinks('/')] });
    expect(html).toContain('href="/glossary/#giving-first"');
    expect(html).toContain('href="/coi/"');
    expect(html).not.toContain('/workshop/');
  });

  it('are rebased in MDX too', () => {
    const { code } = mdxToJs('A [term](/glossary/#broadcasting).\n', { mdastPlugins: [baseLinks('/workshop/')] });
    expect(code).toContain('/workshop/glossary/#broadcasting');
  });
});

describe('files built for the base path', () => {
  it('the manifest starts, scopes and finds its icons under the base', () => {
    const m = webManifest('/workshop/');
    expect(m.start_url).toBe('/workshop/');
    expect(m.scope).toBe('/workshop/');
    for (const icon of m.icons) expect(icon.src.startsWith('/workshop/')).toBe(true);
    expect(webManifest('/').start_url).toBe('/');
  });

  it('the sitemap and robots.txt carry the base', () => {
    const site = new URL('https://name.github.io/');
    const xml = sitemap(site, ['/', '/coi/', '/404'], '/workshop/');
    expect(xml).toContain('<loc>https://name.github.io/workshop/</loc>');
    expect(xml).toContain('<loc>https://name.github.io/workshop/coi/</loc>');
    expect(xml).not.toContain('404');
    expect(robots(site, '/workshop/')).toBe(
      'User-agent: *\nAllow: /workshop/\n\nSitemap: https://name.github.io/workshop/sitemap.xml\n',
    );
    expect(robots(new URL('https://example.org/'))).toContain('Sitemap: https://example.org/sitemap.xml');
  });

  it('the theme script reads the copy’s own key, and the root copy keeps today’s key', () => {
    expect(storageNamespace('/')).toBe('');
    expect(storageNamespace('/workshop/')).toBe('/workshop/');
    expect(themeBootScript()).toBe(themeBootScript(storageNamespace(BASE)));
    expect(themeBootScript('')).toContain(JSON.stringify(THEME_KEY));
    expect(themeBootScript('/workshop/')).toContain(JSON.stringify(`/workshop/${THEME_KEY}`));
  });
});

describe('addresses in components and islands', () => {
  /** Every .astro, .tsx and .ts file under src/, by path from the project root. */
  function sources(dir = 'src'): string[] {
    return readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return sources(p);
      return /\.(astro|tsx|ts)$/.test(name) ? [p] : [];
    });
  }

  it('go through href(), never straight from the domain root', () => {
    // An attribute, property or navigation given a literal address that starts with one slash,
    // or any component prop given one (`runOfShow={`/workshop/…`}`).
    const literal =
      /\b(?:href|src|action)="\/(?!\/)|\b[\w-]+=\{\s*[`'"]\/(?!\/)|\.(?:href|src|action)\s*=\s*[`'"]\/(?!\/)|(?:assign|replace|register|open)\(\s*[`'"]\/(?!\/)/;
    const found = sources()
      .filter((f) => !f.startsWith(join('src', 'integrations')))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${f}:${i + 1}`, line }))
          .filter(({ line }) => literal.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(found).toEqual([]);
  });
});

describe('the service worker offline', () => {
  /** Runs the worker's answer for `address` with the network down and a precache holding `cached`. */
  async function offline(
    address: string,
    cached: Record<string, string>,
    scope = 'https://x.org/workshop/',
    kept: Record<string, string> = {},
  ) {
    const opened: string[] = [];
    vi.stubGlobal('self', { registration: { scope } });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    vi.stubGlobal('caches', {
      open: async (name: string) => {
        opened.push(name);
        const pages = name.startsWith('rf-later:') ? kept : cached;
        return {
          match: async (url: string) => {
            const found = Object.entries(pages).find(([k]) => k.split('?')[0] === url);
            return found ? new Response(found[1], { headers: { 'content-type': 'text/html' } }) : undefined;
          },
        };
      },
    });
    try {
      const url = new URL(address);
      return { response: await offlineNavigation({ request: new Request(url), url }), opened };
    } finally {
      vi.unstubAllGlobals();
    }
  }

  const precache = {
    'https://x.org/workshop/coi/index.html?__WB_REVISION__=1': 'the worksheet',
    'https://x.org/workshop/404.html?__WB_REVISION__=2': 'not found page',
  };

  it('sends an address without its trailing slash to the page', async () => {
    const { response, opened } = await offline('https://x.org/workshop/coi?list=a', precache);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://x.org/workshop/coi/?list=a');
    // Only this copy's caches are read (pages kept when opened, then the precache), never another copy's on the origin.
    expect(opened).toEqual(['rf-later:/workshop/', 'workbox-precache-v2-https://x.org/workshop/']);
  });

  it('answers a page kept when it was last opened online (workshop mode) from that copy', async () => {
    const kept = { 'https://x.org/workshop/workshop/half-day/1/present/': 'the slides' };
    const { response } = await offline(
      'https://x.org/workshop/workshop/half-day/1/present/?s=2',
      precache,
      undefined,
      kept,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('the slides');
  });

  it('answers an unknown address with the site’s 404 page and a 404 status', async () => {
    const { response } = await offline('https://x.org/workshop/nothing/', precache);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not found page');
  });

  it('fails as the network did when nothing is cached', async () => {
    await expect(offline('https://x.org/workshop/nothing/', {})).rejects.toThrow('offline');
  });

  it('passes the network’s answer through when online', async () => {
    vi.stubGlobal('fetch', async () => new Response('from the network', { status: 200 }));
    try {
      const url = new URL('https://x.org/workshop/new-page/');
      const response = await offlineNavigation({ request: new Request(url), url });
      expect(await response.text()).toBe('from the network');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
