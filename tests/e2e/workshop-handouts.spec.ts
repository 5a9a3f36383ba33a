import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { SHEET_PAGES } from '../../src/domain/handouts';
import { expect, expectAccessible, LESSON_IDS, test } from './fixtures';

/** Text of each page of a PDF, and its page count as pdfinfo reports it. */
function readPdf(file: string): { pages: string[]; count: number } {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return { pages: text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== ''), count };
}

/** Prints the page to a PDF of `format` and reads it back. */
async function print(page: Page, testInfo: TestInfo, name: string, format: 'A4' | 'Letter') {
  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath(`${name}-${format}.pdf`);
  writeFileSync(file, await page.pdf({ format }));
  await page.emulateMedia({ media: 'screen' });
  return readPdf(file);
}

/** Ids of the ticked sheets. */
const ticked = (page: Page) =>
  page
    .locator('input[data-sheet-choice]:checked')
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

const PAGES: Record<string, number> = {
  coi: SHEET_PAGES.coi,
  planner: SHEET_PAGES.planner,
  assessment: SHEET_PAGES.assessment,
  ...Object.fromEntries(LESSON_IDS.map((id) => [`reflection-${id}`, SHEET_PAGES.reflection])),
};

/** Ticks exactly the given sheets. */
async function choose(page: Page, ids: string[]) {
  for (const box of await page.locator('input[data-sheet-choice]').all()) {
    const want = ids.includes((await box.getAttribute('value')) ?? '');
    if ((await box.isChecked()) !== want) await box.click();
  }
  await expect.poll(() => ticked(page)).toEqual(ids);
}

test.describe('the handout pack', () => {
  test('each sheet keeps to its own pages on A4 and Letter, its footer on its last page', async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.goto('/workshop/handouts/');
    for (const [id, expected] of Object.entries(PAGES)) {
      await choose(page, [id]);
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, count } = await print(page, testInfo, id, format);
        expect(count, `${id} on ${format}`).toBe(expected);
        expect(pages.at(-1), `${id} on ${format}: footer on the last page`).toMatch(/Online:/);
        for (const [i, text] of pages.entries()) {
          expect(text.trim().length, `${id} on ${format}: page ${i + 1} is blank`).toBeGreaterThan(40);
          // A page that is only a spilt footer would have little else on it.
          if (i > 0)
            expect(
              text.replace(/Online:[\s\S]*$/, '').trim().length,
              `${id} on ${format}: page ${i + 1}`,
            ).toBeGreaterThan(200);
        }
      }
    }
  });

  for (const [key, label, expected] of [
    [
      'intro-90-1',
      '90-minute introduction',
      ['coi', 'planner', ...LESSON_IDS.slice(0, 3).map((id) => `reflection-${id}`)],
    ],
    // Week 1 teaches module 1, whose activity uses the planner; its welcome segment names the self-assessment.
    ['four-weeks-1', 'Four weekly sessions: Week 1', ['planner', 'assessment', `reflection-${LESSON_IDS[0]}`]],
    ['half-day-1', 'Half-day workshop', Object.keys(PAGES)],
  ] as const) {
    test(`a session’s sheets by default: ${label}, printed to the pages they add up to`, async ({ page }, testInfo) => {
      await page.goto(`/workshop/handouts/?for=${key}`);
      await expect(page.getByLabel('Sheets for')).toHaveValue(key);
      await expect.poll(() => ticked(page)).toEqual([...expected]);
      const total = expected.reduce((n, id) => n + (PAGES[id] ?? 0), 0);
      await expect(page.locator('[data-choice-summary]')).toHaveText(
        `For ${label}: ${expected.length} sheets, ${total} pages on A4 or US Letter.`,
      );
      await expect(page.locator('.handout-sheet:not([hidden])')).toHaveCount(expected.length);
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, count } = await print(page, testInfo, key, format);
        expect(count, format).toBe(total);
        expect(
          pages.filter((t) => /Online:/.test(t)),
          format,
        ).toHaveLength(expected.length);
        expect(pages[0]?.trim().length, `${format}: first page`).toBeGreaterThan(40);
      }
    });
  }

  test('the choice is saved with the workshop, follows the agenda, and can go back to the default', async ({
    page,
    context,
  }, testInfo) => {
    await page.goto('/workshop/handouts/');
    await expect(page.locator('[data-choice-summary]')).toHaveText('10 sheets, 17 pages on A4 or US Letter.');
    await page.getByLabel('Sheets for').selectOption('intro-90-1');
    await expect(page).toHaveURL(/\?for=intro-90-1$/);
    await expect(page.getByRole('link', { name: 'run of show', exact: true })).toHaveAttribute(
      'href',
      '/workshop/intro-90/',
    );
    await page.getByLabel(/Giving-first planner sheet/).uncheck();
    await expect(page.locator('[data-choice-summary]')).toContainText('4 sheets, 8 pages');
    await expect(page.getByRole('button', { name: 'Back to this session’s sheets' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(/Giving-first planner sheet/)).not.toBeChecked();
    await expect(page.locator('#sheet-planner')).toBeHidden();
    const { count } = await print(page, testInfo, 'own-choice', 'Letter');
    expect(count).toBe(8);

    // Removing module 3 from the session's agenda drops its reflection sheet from the default.
    await page.getByRole('button', { name: 'Back to this session’s sheets' }).click();
    await expect(page.getByLabel('Sheets for')).toBeFocused();
    await expect(page.locator('[data-choice-summary]')).toContainText('5 sheets, 10 pages');
    const plan = await context.newPage();
    await plan.goto('/workshop/intro-90/');
    await expect(plan.getByLabel('Starts at')).toBeEnabled();
    await plan.getByRole('button', { name: 'Edit Centers of influence' }).click();
    await plan.getByRole('button', { name: 'Remove from this session' }).click();
    await expect(page.locator('[data-choice-summary]')).toContainText('4 sheets, 9 pages');
    await expect(page.getByLabel(/Reflection sheet, module 3/)).not.toBeChecked();
    // The whole pack again.
    await page.getByLabel('Sheets for').selectOption('');
    await expect(page.locator('[data-choice-summary]')).toContainText('10 sheets, 17 pages');
    await expectAccessible(page, 'handout pack with a choice');
  });

  test('nothing chosen: a clear message, and nothing to print', async ({ page }) => {
    await page.goto('/workshop/handouts/');
    await choose(page, []);
    await expect(page.locator('[data-choice-summary]')).toHaveText('No sheets chosen: tick at least one to print.');
    await expect(page.getByRole('button', { name: 'Print the chosen sheets' })).toBeDisabled();
  });
});
