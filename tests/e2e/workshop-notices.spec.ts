import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/**
 * The projector and presenter views save the deck's slide and timer, so they show the
 * same notices about saved data as every other page that saves.
 */

const VIEWS = [
  ['projector', '/workshop/intro-90/1/present/'],
  ['presenter', '/workshop/intro-90/1/presenter/'],
] as const;

/** Puts a raw value under a key before the page's scripts run (once per tab, not on reloads). */
async function seed(page: Page, key: string, value: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k as string, v as string);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value],
  );
}

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('rf:'))));

/** The deck's control for the next slide, in either view. */
const next = (page: Page, view: string) =>
  view === 'projector'
    ? page.getByRole('button', { name: 'Next slide' })
    : page.getByRole('button', { name: 'Next →' });

for (const [view, path] of VIEWS) {
  test.describe(`the ${view} view`, () => {
    test('a damaged deck record is set aside with a notice and a download, and the deck carries on', async ({
      page,
    }) => {
      await seed(page, 'rf:deck:intro-90-1', '{"v":1,"rev":2,"at":1,"data":{"slide":"three"');
      await page.goto(path);
      const notice = page.locator('[data-notice="quarantined"]');
      await expect(notice).toContainText('set it aside instead of deleting it');
      await expect(notice).toContainText('rf:deck:intro-90-1');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: 'Download the set-aside data' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^set-aside-rf_quarantine_.*rf_deck_intro-90-1\.txt$/);
      const raw = await stored(page);
      const kept = Object.entries(raw).filter(([k]) => k.startsWith('rf:quarantine:'));
      expect(kept.map(([, v]) => v)).toEqual(['{"v":1,"rev":2,"at":1,"data":{"slide":"three"']);
      // The deck starts at the first slide and saves again.
      await expect(page.locator('[data-counter]')).toHaveText(/^1 \//);
      await next(page, view).click();
      await expect(page.locator('[data-counter]')).toHaveText(/^2 \//);
      await expect.poll(async () => JSON.parse((await stored(page))['rf:deck:intro-90-1'] ?? '{}').data?.slide).toBe(1);
      await expectAccessible(page, `${view} with a notice`);
    });

    test('a deck saved by a newer version is left alone, and the page says it is not saving', async ({ page }) => {
      const newer = JSON.stringify({ v: 7, rev: 3, at: 1, data: { slide: 4, future: true } });
      await seed(page, 'rf:deck:intro-90-1', newer);
      await page.goto(path);
      await expect(page.locator('[data-notice="locked"]')).toContainText('newer version of this site');
      await expect(page.locator('[data-ready]')).toBeAttached();
      await next(page, view).click();
      await expect(page.locator('[data-counter]')).toHaveText(/^2 \//);
      // The slide change tried to save when it happened (saves are not delayed), and was refused.
      expect((await stored(page))['rf:deck:intro-90-1']).toBe(newer);
    });

    test('blocked storage: the deck works for this session and the page says nothing is kept', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      await page.goto(path);
      await expect(page.locator('[data-notice="memory"]')).toContainText('will be gone when you close this page');
      await expect(page.locator('[data-notice="memory"]').getByRole('link', { name: 'Export a backup' })).toBeVisible();
      await next(page, view).click();
      await expect(page.locator('[data-counter]')).toHaveText(/^2 \//);
    });
  });
}

test('a notice never pushes the slide, its timer or the controls off a projector screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await seed(page, 'rf:agenda:intro-90', 'not a saved agenda');
  await page.goto('/workshop/intro-90/1/present/');
  await expect(page.locator('[data-notice="quarantined"]')).toContainText('rf:agenda:intro-90');
  await expect(page.locator('[data-ready="projector"]')).toBeAttached();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  for (const sel of [
    '.slide.is-current .slide-heading',
    '.slide.is-current .timer-display',
    '.deck-bar',
    '[data-notice]',
  ]) {
    const b = await page.locator(sel).first().boundingBox();
    expect(b, sel).not.toBeNull();
    if (b) {
      expect(b.y, sel).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, sel).toBeLessThanOrEqual(720.5);
    }
  }
  // Dismissed, the slide has the whole screen again.
  await page.locator('[data-notice]').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('#storage-notices')).toBeHidden();
  await context.close();
});
