import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, LESSON_IDS, scriptsLoaded, test } from './fixtures';

/** The tools as the header, the home page and Start here list them, with each page's heading. */
const TOOLS = [
  { name: 'Centers-of-influence worksheet', path: '/coi/', heading: 'Centers-of-influence worksheet' },
  { name: 'Giving-first planner', path: '/planner/', heading: /Giving-first planner/ },
  { name: 'Self-assessment', path: '/assessment/', heading: /self-assessment/i },
  { name: 'My progress', path: '/me/', heading: 'My progress' },
  { name: 'Your data', path: '/data/', heading: 'Your data' },
] as const;

const site = (page: Page) => page.getByRole('navigation', { name: 'Site' });

/** Presses Tab until `target` has focus (a reader moving through the page by keyboard). */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the target');
}

test.describe('a new reader finds every tool from the home page', () => {
  test('on a desktop, through the Tools menu, by keyboard alone', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const tool of TOOLS) {
      await page.goto('/');
      const menu = site(page).locator('summary', { hasText: 'Tools' });
      await tabTo(page, menu);
      await page.keyboard.press('Enter');
      const link = site(page).getByRole('link', { name: new RegExp(`^${tool.name}`) });
      await expect(link).toBeVisible();
      await tabTo(page, link, 10);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${tool.path}$`));
      await expect(page.getByRole('heading', { level: 1, name: tool.heading })).toBeVisible();
      // The menu marks where the reader is.
      await expect(site(page).locator('summary', { hasText: 'Tools' })).toHaveClass(/here/);
    }
    await page.goto('/');
    await site(page).locator('summary', { hasText: 'Tools' }).click();
    await expectAccessible(page, 'open Tools menu');
  });

  test('opening one menu closes the other', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await site(page).locator('summary', { hasText: 'Lessons' }).click();
    await expect(page.locator('.module-menu')).toBeVisible();
    await site(page).locator('summary', { hasText: 'Tools' }).click();
    await expect(page.locator('.module-menu')).toBeHidden();
    await expect(site(page).getByRole('link', { name: /^Your data/ })).toBeVisible();
  });

  test('a menu closes with Escape, focus back on its button, and when the reader clicks or tabs elsewhere', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await scriptsLoaded(page);
    const tools = site(page).locator('summary', { hasText: 'Tools' });
    const panel = site(page).getByRole('link', { name: /^Your data/ });
    await tabTo(page, tools);
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(tools).toBeFocused();
    // A click outside the menu closes it.
    await tools.click();
    await expect(panel).toBeVisible();
    await page.mouse.click(10, 700);
    await expect(panel).toBeHidden();
    // Tabbing past its last link closes it.
    await tools.focus();
    await page.keyboard.press('Enter');
    await tabTo(page, panel, 10);
    await page.keyboard.press('Tab');
    await expect(panel).toBeHidden();
    // On a phone, the same for the menu.
    await page.setViewportSize({ width: 390, height: 740 });
    const menu = site(page).locator('summary', { hasText: 'Menu' });
    await menu.click();
    await expect(site(page).getByRole('link', { name: 'Your data', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(site(page).getByRole('link', { name: 'Your data', exact: true })).toBeHidden();
  });

  for (const width of [390, 320]) {
    test(`on a ${width} px phone: one compact row, and a menu that opens by keyboard`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/');
      const header = page.locator('.site-header');
      const height = await header.evaluate((el) => el.getBoundingClientRect().height);
      expect(height, 'header height').toBeLessThanOrEqual(80);
      // The "/" key hint is for keyboards; the search button keeps its name.
      await expect(page.locator('.site-header kbd')).toBeHidden();
      await expect(page.getByRole('link', { name: 'Search' })).toBeVisible();
      for (const target of [
        page.getByRole('link', { name: 'Search' }),
        site(page).locator('summary', { hasText: 'Menu' }),
      ]) {
        const box = await target.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
      }
      // Nothing in the row spills past the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      for (const tool of TOOLS) {
        await page.goto('/');
        const menu = site(page).locator('summary', { hasText: 'Menu' });
        await tabTo(page, menu);
        await page.keyboard.press('Enter');
        const link = site(page).getByRole('link', { name: tool.name, exact: true });
        await expect(link).toBeVisible();
        await tabTo(page, link, 15);
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(new RegExp(`${tool.path}$`));
        await expect(page.getByRole('heading', { level: 1, name: tool.heading })).toBeVisible();
      }
      await page.goto('/');
      await site(page).locator('summary', { hasText: 'Menu' }).click();
      await expect(site(page).getByRole('button', { name: 'Use dark theme' })).toBeVisible();
      await expectAccessible(page, `open phone menu at ${width} px`);
    });
  }

  test('the phone menu works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    await page.getByRole('navigation', { name: 'Site' }).locator('summary', { hasText: 'Menu' }).click();
    await page.getByRole('link', { name: 'Giving-first planner', exact: true }).click();
    await expect(page).toHaveURL(/\/planner\/$/);
    // The theme button needs scripts, so it is not offered.
    await page.getByRole('navigation', { name: 'Site' }).locator('summary', { hasText: 'Menu' }).click();
    await expect(page.getByRole('button', { name: /theme/ })).toHaveCount(0);
    await context.close();
  });

  test('the home page and Start here list every tool with what it is for', async ({ page }) => {
    for (const path of ['/', '/start-here/']) {
      await page.goto(path);
      const list = page.locator('main .tool-list');
      for (const tool of TOOLS) {
        const card = list.locator('li', { has: page.getByRole('link', { name: tool.name, exact: true }) });
        await expect(card).toBeVisible();
        await expect(card.locator('p')).not.toBeEmpty();
        await expect(card.getByRole('link')).toHaveAttribute('href', tool.path);
      }
    }
    await page.goto('/');
    await page.locator('main .tool-list').getByRole('link', { name: 'Self-assessment', exact: true }).click();
    await expect(page).toHaveURL(/\/assessment\/$/);
  });

  test('each lesson’s activity leads to its tool', async ({ page }) => {
    const seen = new Set<string>();
    for (const id of LESSON_IDS) {
      await page.goto(`/lessons/${id}/`);
      const open = page.locator('.activity').getByRole('link', { name: /^Open the / });
      await expect(open).toHaveCount(1);
      const target = (await open.getAttribute('href')) ?? '';
      expect(TOOLS.map((t) => t.path)).toContain(target);
      seen.add(target);
    }
    expect([...seen].sort()).toEqual(['/coi/', '/planner/']);
    await page.goto(`/lessons/${LESSON_IDS[2]}/`);
    await page
      .locator('.activity')
      .getByRole('link', { name: /^Open the / })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Centers-of-influence worksheet' })).toBeVisible();
  });
});

test.describe('defects in the tools', () => {
  test('My progress: the bar fills as far as the text says, and each self-check shows answered and correct', async ({
    page,
  }) => {
    for (const id of LESSON_IDS.slice(0, 2)) {
      await page.goto(`/lessons/${id}/`);
      await page.getByRole('button', { name: 'Mark this module complete' }).click();
      await expect(page.getByText('✓ You completed this module.')).toBeVisible();
    }
    // Answer module 1's self-check: the best option of the first question, a wrong one elsewhere.
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    const questions = page.locator('.question');
    const n = await questions.count();
    const score = page.locator('[data-quiz-score]');
    await expect(score).toBeHidden();
    for (let i = 0; i < n; i++) {
      const q = questions.nth(i);
      await (i === 0 ? q.locator('input[data-correct]') : q.locator('input:not([data-correct])').first()).check();
      if (i < n - 1)
        await expect(score).toHaveText(
          `${i + 1} of ${n} answered so far, 1 with the best answer. Answer the rest to see your score.`,
        );
    }
    await expect(score).toHaveText(`Your score: 1 of ${n} correct. Open each answer to read why the best one works.`);
    await expect(score).toHaveAttribute('role', 'status');

    await page.goto('/me/');
    await expect(page.getByText(`2 of ${LESSON_IDS.length} modules complete`)).toBeVisible();
    const bar = page.getByRole('progressbar', { name: 'Modules complete' });
    await expect(bar).toHaveAttribute('value', '2');
    await expect(bar).toHaveAttribute('max', String(LESSON_IDS.length));
    // What a reader sees: the filled share of the bar, read from its pixels.
    const png = (await bar.screenshot()).toString('base64');
    const filled = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const { width, height } = bitmap;
      const ctx = new OffscreenCanvas(width, height).getContext('2d');
      ctx?.drawImage(bitmap, 0, 0);
      const row = ctx?.getImageData(0, Math.floor(height / 2), width, 1).data ?? [];
      let accent = 0;
      for (let x = 0; x < width; x++) {
        const [r, g, b] = [row[x * 4] ?? 0, row[x * 4 + 1] ?? 0, row[x * 4 + 2] ?? 0];
        // The accent (#1f5f57) against the pale track.
        if (Math.abs(r - 31) < 40 && Math.abs(g - 95) < 40 && Math.abs(b - 87) < 40) accent++;
      }
      return accent / width;
    }, png);
    expect(filled).toBeGreaterThan(2 / LESSON_IDS.length - 0.06);
    expect(filled).toBeLessThan(2 / LESSON_IDS.length + 0.06);

    const row = page.locator(`tr[data-module-row="${LESSON_IDS[0]}"]`);
    await expect(row.locator('td[data-label="Self-check"]')).toHaveText(`${n} of ${n} answered · 1 correct`);
    await expect(page.locator(`tr[data-module-row="${LESSON_IDS[2]}"] td[data-label="Self-check"]`)).toHaveText(
      /^Not tried/,
    );
  });

  test('phone and profile address fields look like the other fields and are easy to tap', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem(
        'rf:contact:seed-0',
        JSON.stringify({
          v: 1,
          rev: 1,
          at: 1,
          data: { name: 'Ada Lovelace', tier: 'potential', tags: [], createdAt: 1 },
        }),
      );
    });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/coi/');
    await page.locator('.coi-people').getByRole('button', { name: 'Ada Lovelace', exact: true }).click();
    const look = (l: Locator) =>
      l.evaluate((el) => {
        const s = getComputedStyle(el);
        return [
          s.borderTopWidth,
          s.borderTopStyle,
          s.borderTopColor,
          s.borderRadius,
          s.paddingLeft,
          s.fontSize,
          s.width,
        ];
      });
    const email = await look(page.getByLabel('Email'));
    for (const label of ['Phone', 'Profile URL']) {
      const field = page.getByLabel(label, { exact: true });
      expect(await look(field), label).toEqual(email);
      expect((await field.boundingBox())?.height ?? 0, label).toBeGreaterThanOrEqual(44);
    }
    await page.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0000');
    await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('+44 20 7946 0000');
  });

  test('search finds Your data and the worksheet, and shows more than ten results by keyboard', async ({ page }) => {
    for (const [q, path] of [
      ['backup', '/data/'],
      ['export', '/data/'],
      ['erase', '/data/'],
      ['restore', '/data/'],
      ['COI', '/coi/'],
      ['centers of influence', '/coi/'],
    ] as const) {
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('#search-status')).toContainText('result');
      await expect(page.locator(`#search-results a[href="${path}"]`), q).toHaveCount(1);
    }
    await page.goto('/search/?q=relationship');
    await expect(page.locator('#search-results li')).toHaveCount(10);
    await expect(page.locator('#search-status')).toContainText('showing the first 10');
    const more = page.getByRole('button', { name: 'Show more results' });
    await tabTo(page, more, 40);
    await page.keyboard.press('Enter');
    const items = page.locator('#search-results li');
    await expect.poll(() => items.count()).toBeGreaterThan(10);
    // Focus lands on the first new result, so the reader carries on from there.
    await expect(items.nth(10).getByRole('link')).toBeFocused();
    const total = Number((await page.locator('#search-status').textContent())?.match(/^(\d+) result/)?.[1]);
    if (total <= 20) await expect(more).toBeHidden();
    await expect(items).toHaveCount(Math.min(total, 20));
  });

  test('self-assessment by keyboard: after "Go to statement", a number key moves focus on', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/assessment/');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const statements = page.locator('.statement');
    const total = await statements.count();
    expect(total).toBeGreaterThan(33);
    // Answer every statement by keyboard but 33.
    for (let i = 1; i <= total; i++) {
      if (i === 33) await page.locator('[data-index="33"]').focus();
      else await page.keyboard.press('3');
    }
    await expect(page.getByRole('heading', { name: '1 statement still to answer' })).toBeVisible();
    await page.getByRole('button', { name: 'Go to statement 33' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-index="32"]')).toBeFocused();
    await page.keyboard.press('5');
    // Focus left 33 for the end (every statement is answered), never for an answered one.
    await expect(page.locator('[data-index="32"]').getByRole('radio', { name: /^5/ })).toBeChecked();
    await expect(page.locator('[data-index="32"]')).not.toBeFocused();
    await expect(page.locator('[data-index="33"]')).not.toBeFocused();
    await page.keyboard.press('1');
    await expect(page.locator('[data-index="32"]').getByRole('radio', { name: /^5/ })).toBeChecked();
    await expect(page.locator('[data-index="33"]').getByRole('radio', { name: /^3/ })).toBeChecked();
    await expect(page.getByRole('button', { name: 'See my result' })).toBeEnabled();
  });

  test('the worksheet: sort choices are never cut off, and a full potential list says so', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      for (let i = 0; i < 100; i++)
        localStorage.setItem(
          `rf:contact:p${i}`,
          JSON.stringify({
            v: 1,
            rev: 1,
            at: 1,
            data: { name: `Person ${i}`, tier: 'potential', tags: [], createdAt: i + 1 },
          }),
        );
    });
    for (const width of [320, 768, 960, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/coi/');
      const sort = page.getByLabel('Sort by');
      await expect(sort).toBeVisible();
      // The select is at least as wide as its longest choice in its own font, plus the arrow.
      const fits = await sort.evaluate((el) => {
        const select = el as HTMLSelectElement;
        const s = getComputedStyle(select);
        const ctx = document.createElement('canvas').getContext('2d');
        if (!ctx) return false;
        ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
        const widest = Math.max(...[...select.options].map((o) => ctx.measureText(o.text).width));
        const room = select.clientWidth - Number.parseFloat(s.paddingLeft) - Number.parseFloat(s.paddingRight);
        return room >= widest + 16;
      });
      expect(fits, `sort box at ${width} px`).toBe(true);
    }
    await expect(page.locator('.coi-counts')).toContainText('100 of 100 potential');
    await expect(page.locator('[data-list-full="potential"]')).toHaveText(
      /Your potential list is full: it holds up to 100 people\./,
    );
    // Adding one more to the full list is refused with the reason, and nothing is lost.
    await page.getByLabel('Name', { exact: true }).fill('One too many');
    await page.getByLabel('Add to').selectOption({ label: 'Potential COIs' });
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.locator('.coi-status')).toContainText('Your potential list already holds 100 people');
    await expect(page.locator('.coi-counts')).toContainText('100 of 100 potential');
  });

  test('Plan a give offers only gives', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem(
        'rf:contact:seed-0',
        JSON.stringify({ v: 1, rev: 1, at: 1, data: { name: 'Ana Lopez', tier: 'core', tags: [], createdAt: 1 } }),
      );
    });
    await page.goto('/planner/');
    const kind = page.locator('#plan-kind');
    await expect(kind).toBeVisible();
    const options = await kind.locator('option').allTextContents();
    expect(options).toContain('Referral given');
    expect(options.filter((o) => /^Asked for/.test(o))).toEqual([]);
    expect(options).not.toContain('Kept in touch (neither a give nor an ask)');
  });

  test('restoring a backup counts as having one, and Your data says what a backup holds', async ({
    page,
  }, testInfo) => {
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await expect(page.getByText('✓ You completed this module.')).toBeVisible();
    await page.goto('/data/');
    await expect(page.getByText('You have not exported a backup yet.')).toBeVisible();
    await expect(page.locator('main .page-intro')).toContainText(
      'your contacts and centers of influence, your giving-first planner, your self-assessment answers, your progress through the lessons and your reflections',
    );
    await expect(page.locator('#erase-title + p')).toContainText('your contacts and centers of influence');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    const file = testInfo.outputPath('backup.json');
    await download.saveAs(file);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(page.getByText('You have not exported a backup yet.')).toBeVisible();
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByText(/this browser now holds what the backup holds/)).toBeVisible();
    await expect(page.getByText('Your last backup was today.')).toBeVisible();
    await expect(page.getByText('You have not exported a backup yet.')).toHaveCount(0);
  });

  test('On this page marks the section being read, and is plain links without scripts', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/lessons/${LESSON_IDS[1]}/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = toc.getByRole('link');
    const third = links.nth(2);
    const target = decodeURIComponent(((await third.getAttribute('href')) ?? '').slice(1));
    await page.locator(`[id="${target}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect(third).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    // Back to the top: the mark moves up with the reader.
    const first = links.first();
    const top = decodeURIComponent(((await first.getAttribute('href')) ?? '').slice(1));
    await page.locator(`[id="${top}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect(first).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`/lessons/${LESSON_IDS[1]}/`);
    const noScript = plain.getByRole('navigation', { name: 'On this page' });
    await expect(noScript.locator('[aria-current]')).toHaveCount(0);
    await noScript.getByRole('link').nth(2).click();
    await expect(plain).toHaveURL(new RegExp(`#${encodeURIComponent(target).replace(/[%]/g, '%')}$`));
    await context.close();
  });
});
