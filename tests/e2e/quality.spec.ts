import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, LESSON_IDS, scriptsLoaded, test } from './fixtures';

/** Every page the site builds, from its sitemap (paths only). */
function sitePaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** A policy's directives, spaces normalized: "a x;b  y" → ['a x', 'b y']. */
function directivesOf(csp: string): string[] {
  return csp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

test.describe('search', () => {
  test('"/" opens search; a term from module 6 finds and opens that lesson', async ({ page }) => {
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    await scriptsLoaded(page);
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
    const input = page.getByRole('searchbox', { name: 'Search lessons, glossary and tools' });
    await expect(input).toBeFocused();
    await input.fill('cookie');
    const results = page.locator('#search-results li');
    await expect(results.first()).toBeVisible();
    await expect(results.first().locator('mark').first()).toBeVisible();
    await expect(results.first().getByRole('link')).toHaveAttribute('href', `/lessons/${LESSON_IDS[5]}/`);
    await expect(page).toHaveURL(/\?q=cookie$/);
    await input.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON_IDS[5]}/$`));
  });

  test('the header link and a shared address with ?q= both search', async ({ page }) => {
    await page.goto('/glossary/');
    await page.getByRole('link', { name: /Search/ }).click();
    await expect(page.getByRole('heading', { name: 'Search the course' })).toBeVisible();
    await page.goto('/search/?q=channel%20ladder');
    await expect(page.getByRole('searchbox')).toHaveValue('channel ladder');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ results?/);
  });

  test('"/" inside a text box types a slash instead of opening search', async ({ page }) => {
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    const box = page.getByRole('textbox').first();
    await box.click();
    await page.keyboard.type('a/b');
    await expect(box).toHaveValue('a/b');
    await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON_IDS[0]}/$`));
  });
});

test.describe('offline', () => {
  /** Opens `path` and waits until the service worker has precached the site and controls the page. */
  async function firstVisit(page: Page, path = '/') {
    await page.goto(path);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
      .toBe(true);
  }

  test('after one visit, lessons and tool pages load and save with the network off', async ({ page, context }) => {
    await firstVisit(page);
    // Search is kept the first time it is used online.
    await page.goto('/search/');
    await expect(page.locator('#search-offline')).toHaveText('Search works offline in this browser.', {
      timeout: 20_000,
    });

    await context.setOffline(true);
    await page.goto(`/lessons/${LESSON_IDS[3]}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('textbox').first().fill('written offline');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await page.goto('/me/');
    await expect(page.getByText('written offline')).toBeVisible();
    await expect(page.locator(`[data-module-row="${LESSON_IDS[3]}"]`)).toContainText('Completed');

    // An address without its trailing slash opens the page; an unknown one, the site's 404 page.
    await page.goto('/planner');
    await expect(page).toHaveURL(/\/planner\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const missing = await page.goto('/no-such-page/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();

    // Search works offline too.
    await page.goto('/search/');
    await page.getByRole('searchbox').fill('centers');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await expect(page.locator('#search-offline')).toHaveText('Search works offline in this browser.');
    await context.setOffline(false);
  });

  test('every lesson and tool page opens offline after one visit; search says when it is not kept yet', async ({
    page,
    context,
  }) => {
    await firstVisit(page, `/lessons/${LESSON_IDS[0]}/`);
    await context.setOffline(true);
    for (const path of [
      ...LESSON_IDS.map((id) => `/lessons/${id}/`),
      '/',
      '/lessons/',
      '/coi/',
      '/coi/import/',
      '/planner/',
      '/assessment/',
      '/me/',
      '/data/',
      '/workshop/',
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      // Reading pages add their whole stylesheet after paint: it was kept too.
      if (path.startsWith('/lessons/') || path === '/')
        await expect
          .poll(
            () =>
              page.evaluate(
                () => document.querySelector<HTMLLinkElement>('link[href*="after-paint"]')?.sheet?.cssRules.length ?? 0,
              ),
            { message: path },
          )
          .toBeGreaterThan(0);
    }
    await page.goto('/search/');
    await page.getByRole('searchbox').fill('centers');
    await expect(page.locator('#search-status')).toHaveText(/Search is not available offline yet/);
    await expect(page.locator('#search-offline')).toHaveText(/not available offline yet/);
    await context.setOffline(false);
  });
  test('the vCard reader is not in the first download: offline it works after the import page was open once, and says so before', async ({
    page,
    context,
  }) => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Chidi Okafor', 'END:VCARD', ''].join('\r\n');
    const choose = () =>
      page
        .getByLabel('File to import')
        .setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(card) });
    await firstVisit(page, `/lessons/${LESSON_IDS[0]}/`);
    await context.setOffline(true);
    await page.goto('/coi/import/');
    await choose();
    await expect(
      page.getByText(/This browser is offline, and the part of the page that reads vCard files has not been kept/),
    ).toBeVisible();
    await context.setOffline(false);
    // Online, the import page fetches the reader once it is idle; from then on it works offline.
    await page.goto('/coi/import/');
    await expect
      .poll(() =>
        page.evaluate(async () => {
          for (const name of await caches.keys())
            for (const request of await (await caches.open(name)).keys())
              if (/\/_astro\/vcard\.[\w-]+\.js$/.test(request.url)) return true;
          return false;
        }),
      )
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await choose();
    await expect(page.getByRole('heading', { name: 'Check the import from contacts.vcf' })).toBeFocused();
    await context.setOffline(false);
  });
});

test.describe('first paint', () => {
  test('a lesson paints before it requests any script, then runs them', async ({ page }) => {
    await page.goto(`/lessons/${LESSON_IDS[2]}/`);
    await scriptsLoaded(page);
    const order = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN;
      // renderBlockingStatus: Chromium's record of whether the request held up the first paint.
      const entries = performance.getEntriesByType('resource') as (PerformanceResourceTiming & {
        renderBlockingStatus?: string;
      })[];
      const scripts = entries.filter((e) => /\/_astro\/.+\.js$/.test(e.name));
      const loader = scripts.filter((e) => /\/_astro\/paint-loader\.[\w-]+\.js$/.test(e.name));
      return {
        paint,
        firstScript: Math.min(...scripts.map((e) => e.startTime)),
        scripts: scripts.length,
        loader: loader.map((e) => e.renderBlockingStatus),
      };
    });
    // First the one loader, which blocks nothing, then the page's own scripts.
    expect(order.loader).toEqual(['non-blocking']);
    expect(order.scripts).toBeGreaterThan(0);
    expect(order.firstScript).toBeGreaterThan(order.paint);
    // The whole stylesheet, too, is asked for after the first paint, and before the page's scripts.
    const style = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const own = entries.filter((e) => /\/_astro\/.+\.js$/.test(e.name) && !/paint-loader/.test(e.name));
      return {
        css: entries.find((e) => /after-paint\.[\w-]+\.css$/.test(e.name))?.startTime ?? Number.NaN,
        firstOwnScript: Math.min(...own.map((e) => e.startTime)),
      };
    });
    expect(style.css).toBeGreaterThan(order.paint);
    expect(style.css).toBeLessThan(style.firstOwnScript);
    // The lesson's memory arrived with them.
    await expect(page.locator('[data-completion][data-bound]')).toHaveCount(1);
  });

  test('a reading page draws its first screen the same before and after its whole stylesheet arrives', async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    for (const path of [`lessons/${LESSON_IDS[2]}/`, '', 'glossary/'])
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 800 },
      ])
        for (const colorScheme of ['light', 'dark'] as const) {
          const shots: Buffer[] = [];
          for (const whole of [false, true]) {
            const context = await browser.newContext({ baseURL, viewport, colorScheme });
            const page = await context.newPage();
            // Scripts would change the page after paint; here only the stylesheets count (their
            // loader, which adds the whole stylesheet, runs).
            await page.route(/\/_astro\/(?!paint-loader\.)[^?]+\.js(?:\?.*)?$/, (route) => route.abort());
            if (!whole) await page.route(/after-paint\.[\w-]+\.css$/, (route) => route.abort());
            await page.goto(path);
            await expect
              .poll(() => page.evaluate(() => document.querySelectorAll('link[rel="stylesheet"]').length))
              .toBe(1);
            if (whole)
              await expect
                .poll(() =>
                  page.evaluate(() => {
                    const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
                    return (link?.sheet?.cssRules.length ?? 0) > 0;
                  }),
                )
                .toBe(true);
            shots.push(await page.screenshot());
            await context.close();
          }
          const label = `/${path} at ${viewport.width} px, ${colorScheme}`;
          expect(shots[0]?.equals(shots[1] ?? Buffer.alloc(0)), label).toBe(true);
        }
  });

  test('without JavaScript a lesson loads its whole stylesheet at once and looks as it does with it', async ({
    browser,
    baseURL,
  }) => {
    const styleOf = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`lessons/${LESSON_IDS[2]}/`);
      if (javaScriptEnabled) await scriptsLoaded(page);
      // Below the fold: the self-check's options, the pager and the footer.
      const style = await page.evaluate(() =>
        ['.quiz .option', '.pager a', '.site-footer'].map((selector) => {
          const el = document.querySelector(selector);
          if (!el) return `${selector}: missing`;
          const c = getComputedStyle(el);
          return `${selector}: ${c.borderTopStyle} ${c.borderTopWidth} ${c.paddingTop} ${c.display} ${c.backgroundColor}`;
        }),
      );
      await context.close();
      return style;
    };
    const off = await styleOf(false);
    expect(off.join('\n')).not.toContain('missing');
    expect(off).toEqual(await styleOf(true));
    // …and they are styled: the options have a border.
    expect(off[0]).toMatch(/solid/);
  });

  test('a module loaded after paint has the scripts it imports asked for with it, each once', async ({
    page,
    request,
  }) => {
    await page.goto(`/lessons/${LESSON_IDS[2]}/`);
    await scriptsLoaded(page);
    await expect(page.locator('[data-completion][data-bound]')).toHaveCount(1);
    const preloaded = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    // The lesson's progress and the site's status both need the shared store: it is asked for once.
    expect(preloaded.filter((href) => /\/_astro\/app\.[\w-]+\.js$/.test(href))).toHaveLength(1);
    expect(preloaded.length).toBe(new Set(preloaded).size);
    for (const href of preloaded) expect((await request.get(href)).status(), href).toBe(200);
  });
});

test.describe('security', () => {
  test('every page declares a strict CSP, in a meta tag and a header, with no inline-script allowance', async ({
    page,
  }) => {
    for (const path of sitePaths()) {
      const response = await page.goto(path);
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(meta, path).toMatch(/default-src 'self'/);
      const scriptSrc = /script-src ([^;]+)/.exec(meta ?? '')?.[1] ?? '';
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      // The header carries the meta tag's policy plus what only works in a header.
      const header = response?.headers()['content-security-policy'] ?? '';
      expect(directivesOf(header), path).toEqual([...directivesOf(meta ?? ''), "frame-ancestors 'none'"]);
      expect(response?.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('an injected inline script is refused by the policy', async ({ page }) => {
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__injected = true';
          document.body.append(s);
          setTimeout(() => resolve(false), 1000);
        }),
    );
    expect(blocked).toBe(true);
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  });

  test('the site is installable: manifest, icons and a service worker', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(href ?? '')).json();
    expect(manifest.name).toBe('Relationship First');
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
    expect((await request.get('/sw.js')).status()).toBe(200);
    expect((await request.get('/sitemap.xml')).status()).toBe(200);
  });
});
