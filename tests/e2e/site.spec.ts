import { expect, expectAccessible, LESSON_IDS, test } from './fixtures';

test('home lists every module with summary, objectives and reading time', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Relationship First/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  await expect(page.getByRole('heading', { name: 'Three ways to use it' })).toBeVisible();
  const modules = page.locator('.modules .module');
  await expect(modules).toHaveCount(LESSON_IDS.length);
  for (const m of await modules.all()) {
    await expect(m.getByText(/\d+ min read/)).toBeVisible();
    await expect(m.locator('.summary')).not.toBeEmpty();
    await expect(m.getByText('What you will be able to do')).toBeVisible();
  }
});

test('keyboard only: skip link, home to a lesson, then next and previous', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Tab from the main landmark to the first module link and open it.
  const target = page.getByRole('link', { name: 'Start with module 1' });
  for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON_IDS[0]}/$`));

  // Reach the "next" link by keyboard.
  const next = page.locator('a[rel="next"]');
  await next.focus();
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON_IDS[1]}/$`));
  const prev = page.locator('a[rel="prev"]');
  await prev.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON_IDS[0]}/$`));
});

test('keyboard only: the module menu opens with Enter and lists every module', async ({ page }) => {
  await page.goto('/');
  const summary = page.getByRole('navigation', { name: 'Site' }).locator('summary', { hasText: 'Lessons' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const links = page.locator('.module-menu a');
  await expect(links).toHaveCount(LESSON_IDS.length);
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
});

test('the theme choice survives a reload and applies before paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  // The button names what a press does, never the theme already showing.
  const toggle = page.getByRole('button', { name: 'Use dark theme' });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use dark theme' })).toHaveCount(0);
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  // After a reload the stored theme is on <html> before any module script runs.
  await page.goto(`/lessons/${LESSON_IDS[0]}/`, { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);

  await page.getByRole('button', { name: 'Use light theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
});

test('the theme follows the OS when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 22)');
  // Pressing it while the OS is dark pins the light theme.
  await page.getByRole('button', { name: 'Use light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
});

test('printing uses black on white even in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto(`/lessons/${LESSON_IDS[0]}/`);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const s = getComputedStyle(document.body);
        return [s.backgroundColor, s.color];
      }),
    )
    .toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  await expect(page.locator('.site-header')).toBeHidden();
});

test('unknown addresses get the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [label, path] of [
      ['home', '/'],
      ['a lesson', `/lessons/${LESSON_IDS[2]}/`],
      ['all lessons', '/lessons/'],
      ['start here', '/start-here/'],
      ['glossary', '/glossary/'],
      ['my progress', '/me/'],
      ['your data', '/data/'],
      ['404', '/no-such-page/'],
    ] as const) {
      test(`${label} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // Open every disclosure in the page so hidden content is checked too (the header's
        // module menu is checked on its own below: open, it overlays the page on purpose).
        await page.locator('main details').evaluateAll((ds) => {
          for (const d of ds) d.setAttribute('open', '');
        });
        await expectAccessible(page, `${label} (${scheme})`);
      });
    }
  });
}

test('the open module menu has no axe violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).locator('summary', { hasText: 'Lessons' }).click();
  await expect(page.locator('.module-menu')).toBeVisible();
  await expectAccessible(page, 'open module menu');
});

test('pages fit a 320 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/',
    `/lessons/${LESSON_IDS[5]}/`,
    '/glossary/',
    '/me/',
    '/data/',
    '/search/',
    '/workshop/',
    '/workshop/half-day/',
    '/workshop/room/',
    '/workshop/handouts/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
