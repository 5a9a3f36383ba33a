import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, islandsReady, LESSON_IDS, scriptsLoaded, test } from './fixtures';

/** Waits until some stored value of the page's origin holds this text (a reflection was saved). */
async function textSaved(page: Page, text: string) {
  await expect
    .poll(() => page.evaluate((t) => Object.values(localStorage).some((v) => v.includes(t)), text))
    .toBe(true);
}

// Smoke tests of the copy built with BASE_PATH=/workshop/ (dist-workshop/), served under
// /workshop/ beside the root copy (dist/) on one origin, as two project sites share
// name.github.io. Runs in the "copy under /workshop/" project (tests/playwright.config.ts).

const BASE = '/workshop/';
/** The address of a site path in the sub-path copy. */
const at = (path: string) => `${BASE}${path.replace(/^\//, '')}`;
const L1 = `/lessons/${LESSON_IDS[0]}/`;

/** Every page of the sub-path copy, from its sitemap (addresses with the base). */
function copyPages(): string[] {
  const xml = readFileSync(new URL('../../dist-workshop/sitemap.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/** The raw localStorage of the origin, as an object. */
async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** Waits until a lesson page's scripts have run (the completion box appears). */
async function lessonReady(page: Page) {
  await expect(page.locator('[data-completion]')).toBeVisible();
}

test.describe('every page of the copy', () => {
  const pages = copyPages();
  const batches = Array.from({ length: Math.ceil(pages.length / 8) }, (_, i) => pages.slice(i * 8, i * 8 + 8));

  test('the sitemap lists the pages under the sub-path', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) expect(p.startsWith(BASE), p).toBe(true);
  });

  batches.forEach((batch, i) => {
    test(`loads, and every link and asset on it stays in the copy and resolves (pages ${i * 8 + 1}–${i * 8 + batch.length})`, async ({
      page,
      request,
    }) => {
      const targets = new Set<string>();
      for (const path of batch) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await islandsReady(page);
        await expect(page.locator('h1').first(), path).toBeVisible();
        // Links as the reader meets them: after the islands have rendered.
        const refs = await page
          .locator('a[href], link[href], script[src], img[src], form[action]')
          .evaluateAll((els) =>
            els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? ''),
          );
        for (const ref of refs) {
          const url = new URL(ref, page.url());
          if (url.origin !== new URL(page.url()).origin) continue;
          expect(url.pathname.startsWith(BASE), `${path} links to ${ref}`).toBe(true);
          targets.add(url.pathname);
        }
      }
      for (const target of targets) {
        const response = await request.get(target, { maxRedirects: 0 });
        expect(response.status(), target).toBe(200);
      }
    });
  });

  test('the manifest, service worker, search index, sitemap and robots sit under the sub-path', async ({ request }) => {
    const manifest = await (await request.get(at('/manifest.webmanifest'))).json();
    expect(manifest.start_url).toBe(BASE);
    expect(manifest.scope).toBe(BASE);
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
    for (const path of ['/sw.js', '/pagefind/pagefind.js', '/favicon.svg', '/sitemap.xml', '/robots.txt'])
      expect((await request.get(at(path))).status(), path).toBe(200);
    const robots = await (await request.get(at('/robots.txt'))).text();
    expect(robots).toContain(`Allow: ${BASE}`);
    expect(robots).toMatch(new RegExp(`Sitemap: http\\S+${BASE}sitemap\\.xml`));
    // Headers as a host sends them from the copy's _headers.
    const home = await request.get(at('/'));
    expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(home.headers()['x-frame-options']).toBe('DENY');
    expect(home.headers()['permissions-policy']).not.toContain('interest-cohort');
  });

  test('printed addresses, QR codes and the projector slides point into the copy', async ({ page }) => {
    await page.goto(at('/workshop/handouts/'));
    const qr = page.locator('.sheet-qr svg').first();
    await expect(qr).toHaveAttribute('aria-label', new RegExp(`QR code for \\S+${at('/coi/')}$`));
    await page.goto(at('/workshop/intro-90/1/present/'));
    await expect(page.locator('body')).toContainText(new RegExp(`\\S+${BASE}`));
  });

  test('an address without its trailing slash moves to the page; an unknown one gets the 404 page', async ({
    page,
  }) => {
    await page.goto(at('/coi'));
    await expect(page).toHaveURL(new RegExp(`${at('/coi/')}$`));
    const missing = await page.goto(at('/no-such-page/'));
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'All lessons' })).toHaveAttribute('href', at('/lessons/'));
  });
});

test.describe('scripts of the copy', () => {
  test('a module loaded after paint has the scripts it imports asked for from the copy', async ({ page, request }) => {
    await page.goto(at(L1));
    await scriptsLoaded(page);
    await expect(page.locator('[data-completion][data-bound]')).toHaveCount(1);
    const preloaded = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloaded.length).toBeGreaterThan(0);
    for (const path of preloaded) {
      expect(path.startsWith(`${BASE}_astro/`), path).toBe(true);
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });
});

test.describe('search in the copy', () => {
  test('finds a lesson and opens it under the sub-path', async ({ page }) => {
    await page.goto(at(L1));
    await scriptsLoaded(page);
    await page.keyboard.press('/');
    await expect(page).toHaveURL(new RegExp(`${at('/search/')}$`));
    await page.getByRole('searchbox').fill('cookie');
    const first = page.locator('#search-results li a').first();
    await expect(first).toBeVisible();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${BASE}lessons/`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('the copy offline', () => {
  test('after one visit: pages, saving, search, addresses without the slash and the 404 page', async ({
    page,
    context,
  }) => {
    await page.goto(at('/'));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
      .toBe(true);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toMatch(
      new RegExp(`${BASE}$`),
    );

    // Search is kept the first time it is used online.
    await page.goto(at('/search/'));
    await expect(page.locator('#search-offline')).toHaveText('Search works offline in this browser.', {
      timeout: 20_000,
    });

    await context.setOffline(true);
    await page.goto(at(`/lessons/${LESSON_IDS[3]}/`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('textbox').first().fill('written offline under a sub-path');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await page.goto(at('/me/'));
    await expect(page.getByText('written offline under a sub-path')).toBeVisible();

    await page.goto(at('/planner'));
    await expect(page).toHaveURL(new RegExp(`${at('/planner/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const missing = await page.goto(at('/no-such-page/'));
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();

    await page.goto(at('/search/'));
    await page.getByRole('searchbox').fill('centers');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe('backups in the copy', () => {
  test('export, erase, then import restores the copy’s data, under its own keys', async ({ page }, testInfo) => {
    await page.goto(at(L1));
    await lessonReady(page);
    await page.getByRole('textbox').first().fill('Kept by the copy');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await textSaved(page, 'Kept by the copy');
    const keys = Object.keys(await stored(page));
    expect(keys.some((k) => k.startsWith(`${BASE}rf:reflection:`))).toBe(true);
    expect(keys.filter((k) => k.startsWith('rf:') && k !== 'rf:probe')).toEqual([]);

    await page.goto(at('/data/'));
    await islandsReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    const file = testInfo.outputPath('copy-backup.json');
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    // A backup names records as every copy does, so it imports into any copy.
    expect(Object.keys(backup.records).some((k) => k.startsWith('rf:reflection:'))).toBe(true);

    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(page.getByText(/Everything was erased/)).toBeVisible();
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith(`${BASE}rf:reflection:`))).toEqual([]);

    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByText(/this browser now holds what the backup holds/)).toBeVisible();
    await page.goto(at(L1));
    await expect(page.getByRole('textbox').first()).toHaveValue('Kept by the copy');
  });
});

test.describe('two copies on one origin', () => {
  // What is tested here is storage; the copies' service workers are tested above.
  test.use({ serviceWorkers: 'block' });

  test('keep separate data: reflections, progress, theme and erase', async ({ page }) => {
    await page.goto(at(L1));
    await lessonReady(page);
    await page.getByRole('textbox').first().fill('Written in the copy at /workshop/');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await textSaved(page, 'Written in the copy at /workshop/');

    // The copy at the root of the origin sees none of it.
    await page.goto(L1);
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Mark this module complete' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('#copy-offer')).toBeHidden();
    await page.getByRole('textbox').first().fill('Written in the copy at the root');
    await textSaved(page, 'Written in the copy at the root');

    // Each copy reads back its own.
    await page.goto(at(L1));
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('Written in the copy at /workshop/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(L1);
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('Written in the copy at the root');

    // Erasing the root copy's data leaves the other copy's alone.
    await page.goto('/data/');
    await islandsReady(page);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(page.getByText(/Everything was erased/)).toBeVisible();
    await page.goto(at(L1));
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('Written in the copy at /workshop/');
  });
});

test.describe('a copy moved from the root to a sub-path', () => {
  test.use({ serviceWorkers: 'block' });

  /** Saves a reflection in the root copy, as its readers did before the move. */
  async function rootCopyData(page: Page) {
    await page.goto(L1);
    await lessonReady(page);
    await page.getByRole('textbox').first().fill('Saved before the move');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await textSaved(page, 'Saved before the move');
  }

  test('offers the root copy’s data, copies it when asked and leaves the original in place', async ({ page }) => {
    await rootCopyData(page);
    const before = Object.fromEntries(Object.entries(await stored(page)).filter(([k]) => k.startsWith('rf:')));

    // A reader who opens a lesson of the moved copy first is offered the data on that page,
    // and again on the next one until they answer.
    await page.goto(at(`/lessons/${LESSON_IDS[1]}/`));
    const offer = page.locator('#copy-offer');
    await expect(offer).toBeVisible();
    await page.goto(at(L1));
    await lessonReady(page);
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('This browser has data saved by the copy of this site at');
    await expectAccessible(page, 'the offer of the root copy’s data');
    await offer.getByRole('button', { name: 'Copy my data here' }).click();
    await expect(offer).toContainText(/Copied \d+ saved items?/);
    await expect(offer.getByRole('button', { name: 'Dismiss' })).toBeFocused();
    // The page shows the copied data at once.
    await expect(page.getByRole('textbox').first()).toHaveValue('Saved before the move');
    await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(offer).toBeHidden();

    await page.goto(at('/'));
    await expect(page.locator(`[data-done-badge="${LESSON_IDS[0]}"]`).first()).toBeVisible();
    await page.goto(at(L1));
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('Saved before the move');
    // The originals are untouched, and the offer is not made again.
    const after = Object.fromEntries(Object.entries(await stored(page)).filter(([k]) => k.startsWith('rf:')));
    expect(after).toEqual(before);
    await expect(page.locator('#copy-offer')).toBeHidden();

    // From now on the copies are apart: an edit here does not reach the root copy.
    await page.getByRole('textbox').first().fill('Changed after the move');
    await textSaved(page, 'Changed after the move');
    await page.goto(L1);
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('Saved before the move');
  });

  test('starting empty copies nothing and the offer does not come back', async ({ page }) => {
    await rootCopyData(page);
    await page.goto(at('/'));
    const offer = page.locator('#copy-offer');
    await offer.getByRole('button', { name: 'Start empty' }).click();
    await expect(offer).toBeHidden();
    await page.reload();
    await islandsReady(page);
    await expect(offer).toBeHidden();
    await page.goto(at(L1));
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('');
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith(`${BASE}rf:reflection:`))).toEqual([]);
  });
});

test.describe('one person across the tools, in the copy', () => {
  test('the timeline links the worksheet and the planner inside the copy, both ways', async ({ page }) => {
    await page.goto(at('/coi/'));
    const add = page.locator('.coi-add');
    await add.getByLabel('Name', { exact: true }).fill('Ana Lopez');
    await add.getByLabel('Add to').selectOption('potential');
    await add.getByRole('button').click();
    await page.locator('.coi-people').getByRole('button', { name: 'Ana Lopez', exact: true }).click();
    const toPlanner = page.locator('.person-timeline').getByRole('link', { name: /in the giving-first planner/ });
    await expect(toPlanner).toHaveAttribute('href', new RegExp(`^${at('/planner/')}\\?person=`));
    await toPlanner.click();
    await expect(page.locator('.person-detail h3')).toHaveText('Ana Lopez');
    const back = page.locator('.person-detail .person-timeline').getByRole('link', { name: /in the COI worksheet/ });
    await expect(back).toHaveAttribute('href', new RegExp(`^${at('/coi/')}\\?person=`));
    await back.click();
    await expect(page.locator('.coi-people').getByRole('button', { name: 'Ana Lopez', exact: true })).toBeFocused();
  });
});
