import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './fixtures';

/** Text of each page of a PDF (pdftotext from poppler-utils). */
function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

test.describe('run of show', () => {
  // A 24-hour locale: clock times read 09:00 in the inputs and the table alike.
  test.use({ locale: 'en-GB' });

  test('start time, edited minutes, clock times across midnight, a warning when over, saved and printed on one page', async ({
    page,
  }, testInfo) => {
    await page.goto('/workshop/half-day/');
    const first = page.locator('tr[data-segment="welcome"] .time');
    await expect(first).toHaveText('09:00–09:05');
    await page.getByLabel('Starts at').fill('23:30');
    await page.getByLabel('Starts at').blur();
    await expect(first).toHaveText('23:30–23:35');
    await expect(page.locator('tr[data-segment="m1"] .time')).toHaveText('23:50–00:10');
    await expect(page.locator('tr[data-segment="m2"] .time')).toContainText('(next day)');
    await expect(page.getByText(/Fits the planned 3 h 30 min/)).toBeVisible();

    const m1 = page.getByLabel('Minutes for Relationships are back in business');
    await m1.fill('35');
    await m1.press('Tab');
    await expect(page.locator('[data-over]')).toContainText('15 min over its planned 3 h 30 min');
    await expect(page.locator('[data-total]')).toHaveText('3 h 45 min');

    await page.reload();
    await expect(page.getByLabel('Minutes for Relationships are back in business')).toHaveValue('35');
    await expect(first).toHaveText('23:30–23:35');

    const pdf = testInfo.outputPath('run-of-show.pdf');
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('23:30');
    expect(pages[0]).toContain('Your next 30 days');

    // Resetting the session puts the course's minutes back; the start time is the facilitator's and stays.
    await page.emulateMedia({ media: 'screen' });
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Reset this session to the course’s plan' }).click();
    await expect(page.getByLabel('Minutes for Relationships are back in business')).toHaveValue('20');
    await expect(page.locator('[data-total]')).toHaveText('3 h 30 min');
    await expect(first).toHaveText('23:30–23:35');
  });
});

test.describe('projector view', () => {
  test('walks by keyboard: arrows, space, Home and End', async ({ page }) => {
    await page.goto('/workshop/intro-90/1/present/');
    const counter = page.locator('[data-counter]');
    await expect(counter).toHaveText(/^1 \/ \d+$/);
    const total = Number((await counter.textContent())?.split('/')[1]);
    await expect(page.locator('.slide.is-current .qr')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`2 / ${total}`);
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await expect(counter).toHaveText(`4 / ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(counter).toHaveText(`3 / ${total}`);
    await page.keyboard.press('End');
    await expect(counter).toHaveText(`${total} / ${total}`);
    await expect(page.locator('.slide.is-current .slide-heading')).toHaveText('Thank you');
    await page.keyboard.press('Home');
    await expect(counter).toHaveText(`1 / ${total}`);
    await expect(page.locator('.slide:not([hidden])')).toHaveCount(1);
  });

  test('the timer starts, pauses, adds a minute and survives a reload (controlled clock)', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-02T10:00:00Z') });
    await page.goto('/workshop/intro-90/1/present/');
    // Go to the first exercise slide with a timer.
    for (let i = 0; i < 40; i++) {
      if (await page.locator('.slide.is-current[data-timer]').count()) break;
      await page.keyboard.press('ArrowRight');
    }
    const display = page.locator('.slide.is-current [data-timer-display]');
    const minutes = Number(await page.locator('.slide.is-current').getAttribute('data-timer'));
    await expect(display).toHaveText(`${minutes}:00`);
    await page.keyboard.press('t');
    await page.clock.runFor(61_000);
    await expect(display).toHaveText(`${minutes - 2}:59`);
    await page.keyboard.press('t');
    await page.clock.runFor(5 * 60_000);
    await expect(display).toHaveText(`${minutes - 2}:59`);
    await page.getByRole('button', { name: 'Add a minute' }).first().click();
    await expect(display).toHaveText(`${minutes - 1}:59`);
    await page.keyboard.press('T');
    await page.reload();
    await page.clock.runFor(60_000);
    await expect(page.locator('.slide.is-current [data-timer-display]')).toHaveText(`${minutes - 2}:59`);
    // Run past the end: never negative, and the end is shown.
    await page.clock.runFor(60 * 60_000);
    await expect(page.locator('.slide.is-current [data-timer-display]')).toHaveText('0:00');
    await expect(page.locator('body')).toHaveClass(/time-up/);
    await expect(page.locator('.slide.is-current [data-timer-status]')).toHaveText('Time is up.');
  });

  test('presenter and projector windows stay in step', async ({ context }) => {
    const presenter = await context.newPage();
    const projector = await context.newPage();
    await presenter.goto('/workshop/half-day/1/presenter/');
    await projector.goto('/workshop/half-day/1/present/');
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await expect(projector.locator('[data-counter]')).toHaveText(/^3 \//);
    await projector.keyboard.press('ArrowRight');
    await expect(presenter.locator('[data-counter]')).toHaveText(/^4 \//);
    await expect(presenter.locator('[data-notes]:not([hidden])')).toHaveCount(1);
    await expect(presenter.locator('[data-next-title]')).not.toBeEmpty();
  });

  test('works by touch on a phone', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/workshop/intro-90/1/present/');
    const counter = page.locator('[data-counter]');
    await page.locator('.slide.is-current').tap({ position: { x: 300, y: 300 } });
    await expect(counter).toHaveText(/^2 \//);
    await page.locator('.slide.is-current').tap({ position: { x: 20, y: 300 } });
    await expect(counter).toHaveText(/^1 \//);
    await context.close();
  });
});

test.describe('handouts and guide', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`the handout pack prints every blank sheet with clean page breaks on ${format}`, async ({
      page,
    }, testInfo) => {
      await page.goto('/workshop/handouts/');
      await expect(page.locator('[data-sheet="reflection"]')).toHaveCount(7);
      await page.emulateMedia({ media: 'print' });
      const pdf = testInfo.outputPath(`handouts-${format}.pdf`);
      writeFileSync(pdf, await page.pdf({ format }));
      const pages = pdfPages(pdf);
      // No blank pages.
      for (const [i, text] of pages.entries()) expect(text.trim().length, `page ${i + 1} is blank`).toBeGreaterThan(40);
      // In order: the COI worksheet (row 12 on its first page, row 100 present), the planner
      // sheet, the paper self-assessment with its key, then one page per module's reflection sheet.
      const firstCoi = pages.findIndex((t) => /Centers-of-influence worksheet/i.test(t));
      const planner = pages.findIndex((t) => /Giving-first planner/.test(t));
      const key = pages.findIndex((t) => /Scoring key/.test(t));
      const reflections = pages.flatMap((t, i) => (/Reflection sheet · Module/i.test(t) ? [i] : []));
      expect(firstCoi).toBe(0);
      expect(pages[0]).toMatch(/\b12\b/);
      expect(pages.slice(0, key).join('\n')).toMatch(/\b100\b/);
      expect(planner).toBeGreaterThan(firstCoi);
      expect(key).toBeGreaterThan(planner);
      expect(reflections).toHaveLength(7);
      expect(reflections[0]).toBeGreaterThan(key);
      expect(reflections.at(-1)).toBe(pages.length - 1);
      for (const i of reflections) {
        // Each reflection sheet fits its page: its heading, its activity (with the model
        // answer printed open, where the module has one) and its footer on the same page.
        expect(pages[i]?.match(/Reflection sheet · Module/gi), `page ${i + 1}`).toHaveLength(1);
        expect(pages[i], `page ${i + 1}`).toMatch(/Put it into practice/);
        expect(pages[i]?.match(/Online:/g), `page ${i + 1}`).toHaveLength(1);
      }
      const withExample = await page.locator('[data-sheet="reflection"] .activity-example').count();
      expect(withExample).toBeGreaterThan(0);
      expect(reflections.filter((i) => /Example of a good answer/.test(pages[i] ?? ''))).toHaveLength(withExample);
      expect(pages.join('\n')).not.toMatch(/See an example/);
      // Every sheet carries its address.
      expect(pages.filter((t) => /Online:/.test(t))).toHaveLength(10);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the facilitator guide lists every module with its facilitator notes', async ({ page }) => {
    await page.goto('/workshop/guide/');
    await expect(page.locator('.module-guide')).toHaveCount(7);
    await expect(page.locator('.module-guide').first().getByText('Discussion question', { exact: true })).toBeVisible();
  });

  for (const path of [
    '/workshop/',
    '/workshop/half-day/',
    '/workshop/guide/',
    '/workshop/handouts/',
    '/workshop/intro-90/1/present/',
    '/workshop/intro-90/1/presenter/',
  ]) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page, path);
    });
  }
});

test.describe('room profile', () => {
  test('paste three codes and one bad one: the room’s profile, and the bad code reported and skipped', async ({
    page,
  }) => {
    const { encodeShareCode } = await import('../../src/domain/share-code');
    const { DIMENSION_IDS } = await import('../../src/schemas/constants');
    const code = (v: number) =>
      encodeShareCode(Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, i === 0 ? v : 50])) as never);
    await page.goto('/workshop/room/');
    await expect(page.getByText(/No codes yet/)).toBeVisible();
    const box = page.getByLabel(/Paste share codes/);
    await box.fill([code(20), code(40), 'RF1-THIS-ISNT-RIGHT', code(90)].join('\n'));
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect(page.getByRole('status').filter({ hasText: '3 codes added' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Codes that were skipped' })).toContainText('Code 3');
    await expect(box).toHaveValue('RF1-THIS-ISNT-RIGHT');
    await expect(page.locator('[data-room-count]')).toHaveText('(3 people)');
    const first = page.locator(`tr[data-habit="${DIMENSION_IDS[0]}"] td`);
    await expect(first.nth(0)).toHaveText('50');
    await expect(first.nth(1)).toHaveText('20');
    await expect(first.nth(2)).toHaveText('90');
    await expect(page.locator('.room-result svg.radar')).toBeVisible();

    // A duplicate is reported and skipped; the profile survives a reload.
    await box.fill(code(40));
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect(page.getByRole('list', { name: 'Codes that were skipped' })).toContainText(
      'already in the room profile',
    );
    await page.reload();
    await expect(page.locator('[data-room-count]')).toHaveText('(3 people)');
    await expectAccessible(page, 'room profile');
  });
});
