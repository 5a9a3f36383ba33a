import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { askingOrder, overallScore, type StatementInfo, scoreAnswers } from '../../src/domain/assessment';
import { decodeShareCode } from '../../src/domain/share-code';
import { DIMENSION_IDS, type DimensionId } from '../../src/schemas/constants';
import { expect, expectAccessible, test } from './fixtures';

/** The statements and habits as the site builds them, read from the content files. */
const read = (file: string) =>
  parse(readFileSync(new URL(`../../content/assessment/${file}`, import.meta.url), 'utf8'));
const STATEMENTS: StatementInfo[] = (read('statements.yaml') as StatementInfo[]).map((s) => ({
  ...s,
  reverse: s.reverse ?? false,
}));
const LABELS = Object.fromEntries(
  (read('dimensions.yaml') as { id: DimensionId; label: string }[]).map((d) => [d.id, d.label]),
);
const ORDER = askingOrder(STATEMENTS);
const TOTAL = ORDER.length;
const DAY = 86_400_000;

/** The answer the tests give to the statement at position `i`: a fixed, uneven pattern. */
const pattern = (i: number) => ((i * 3) % 5) + 1;
const answersFor = (value: (i: number) => number) => Object.fromEntries(ORDER.map((id, i) => [id, value(i)]));

/** Presses Tab until `target` has focus (a keyboard-only user's way there). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error('could not reach the element with the Tab key');
}

/** Stores completed attempts before the page loads (once per test, so reloads keep what the page saved). */
async function seed(page: Page, records: Record<string, unknown>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, data] of Object.entries(entries)) {
      localStorage.setItem(key, JSON.stringify({ v: 1, rev: 1, at: Date.now(), data }));
    }
    sessionStorage.setItem('seeded', '1');
  }, records);
}

/** A completed attempt record taken `daysAgo` days ago. */
function attempt(daysAgo: number, answers: Record<string, number>) {
  const at = Date.now() - daysAgo * DAY;
  const scores = Object.fromEntries(Object.entries(scoreAnswers(STATEMENTS, answers)).filter(([, s]) => s !== null));
  return { startedAt: at - 600_000, completedAt: at, answers, scores };
}

/** Expects the result table to show these scores, habit by habit. */
async function expectScores(page: Page, answers: Record<string, number>) {
  const scores = scoreAnswers(STATEMENTS, answers);
  const table = page.locator('.chart-with-table').first().locator('.score-table');
  for (const d of DIMENSION_IDS) {
    const row = table.locator(`tr[data-dimension="${d}"]`);
    await expect(row.getByRole('rowheader')).toHaveText(LABELS[d] ?? d);
    await expect(row.locator('td strong')).toHaveText(String(scores[d]));
  }
  await expect(page.locator('.overall-score')).toHaveText(String(overallScore(scores)));
  return scores;
}

/** Number of pages in a PDF file. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test.describe('taking the self-assessment', () => {
  test('keyboard only: start, answer every statement with number keys, see the chart and the table', async ({
    page,
  }) => {
    await page.goto('/assessment/');
    const start = page.getByRole('button', { name: 'Start the assessment' });
    await expect(start).toBeVisible();
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`0 of ${TOTAL} answered`)).toBeVisible();
    for (let i = 0; i < TOTAL; i++) {
      await page.keyboard.press(String(pattern(i)));
      if (i === 4) await expect(page.getByText(`5 of ${TOTAL} answered`)).toBeVisible();
    }
    await expect(page.getByText(`${TOTAL} of ${TOTAL} answered`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Every statement answered' })).toBeVisible();
    // The first statement shows the answer its key gave.
    await expect(
      page.getByRole('group', { name: /^1 of \d+/ }).getByRole('radio', { checked: true }),
    ).toHaveAccessibleName(
      `${pattern(0)} ${['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'][pattern(0) - 1]}`,
    );
    await tabTo(page, page.getByRole('button', { name: 'See my result' }));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/assessment\/result\/$/);
    await expect(page.getByRole('img', { name: /Radar chart of your eight scores/ })).toBeVisible();
    await expect(page.locator('.chart-with-table .radar-series.latest circle')).toHaveCount(8);
    await expectScores(page, answersFor(pattern));
    await expect(page.getByRole('heading', { name: 'Your strongest habits' })).toBeVisible();
    await expect(page.locator('.advice-section').first().locator('article')).toHaveCount(2);
    const grow = page.locator('.advice-section').nth(1).locator('article');
    expect([2, 3]).toContain(await grow.count());
    await expect(grow.first().getByRole('link', { name: /./ })).toHaveAttribute('href', /^\/lessons\/0\d-/);
    await expect(grow.first().locator('.advice-actions li')).toHaveCount(2);
    await expect(page.getByText('This is your first attempt.', { exact: false })).toBeVisible();
    await expectAccessible(page, 'assessment result');
  });

  test('one statement at a time on a small screen, with a way back to change an answer', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/assessment/');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect(page.locator('.statement')).toHaveCount(1);
    const first = page.getByRole('group', { name: /^1 of \d+/ });
    await expect(first).toBeFocused();
    await page.keyboard.press('4');
    await expect(page.getByRole('group', { name: /^2 of \d+/ })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(first.getByRole('radio', { name: '4 Agree' })).toBeChecked();
    // Tapping an answer moves on by itself.
    await first.getByText('Strongly disagree').click();
    await expect(page.getByRole('group', { name: /^2 of \d+/ })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(first.getByRole('radio', { name: '1 Strongly disagree' })).toBeChecked();
    await expect(page.getByText(`1 of ${TOTAL} answered`)).toBeVisible();
    await expectAccessible(page, 'assessment, one at a time');
    // Skipping is allowed, and the end says what is still open.
    await page.getByRole('button', { name: 'Next' }).click();
    for (let i = 1; i < TOTAL; i++) await page.getByRole('button', { name: /^(Next|Skip for now)$/ }).click();
    await expect(page.getByRole('heading', { name: `${TOTAL - 1} statements still to answer` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'See my result' })).toBeDisabled();
    await page.getByRole('button', { name: 'Go to statement 2' }).click();
    await expect(page.getByRole('group', { name: /^2 of \d+/ })).toBeFocused();
  });

  test('a reload half-way keeps every answer and carries on where it stopped', async ({ page }) => {
    await page.goto('/assessment/');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    for (let i = 0; i < 12; i++) await page.keyboard.press(String(pattern(i)));
    await expect(page.getByText(`12 of ${TOTAL} answered`)).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Welcome back\. Your 12 answers from .* are saved/)).toBeVisible();
    await expect(page.getByText(`12 of ${TOTAL} answered`)).toBeVisible();
    for (let i = 0; i < 12; i++) {
      const group = page.getByRole('group', { name: new RegExp(`^${i + 1} of \\d+`) });
      await expect(group.getByRole('radio', { name: new RegExp(`^${pattern(i)} `) })).toBeChecked();
    }
    for (let i = 12; i < TOTAL; i++) await page.keyboard.press(String(pattern(i)));
    await page.getByRole('button', { name: 'See my result' }).click();
    await expectScores(page, answersFor(pattern));
  });

  test('start over throws away only the unfinished answers', async ({ page }) => {
    await page.goto('/assessment/');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('5');
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
    await page.getByRole('button', { name: 'Keep them' }).click();
    await expect(page.getByText(`3 of ${TOTAL} answered`)).toBeVisible();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, start over' }).click();
    await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeFocused();
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rf:assessment:')));
    expect(keys).toEqual([]);
  });
});

test.describe('history', () => {
  test('retaking after a month shows the change per habit and the first and latest on one chart', async ({ page }) => {
    const first = answersFor((i) => {
      const s = STATEMENTS.find((x) => x.id === ORDER[i]);
      return s?.reverse ? 4 : 2;
    });
    await seed(page, { 'rf:assessment:first': attempt(40, first) });
    await page.goto('/assessment/');
    await expect(page.locator('.taker-intro .notice.warn')).toContainText('It has been 40 days since you last took');
    await page.getByRole('button', { name: 'Take it again' }).click();
    for (let i = 0; i < TOTAL; i++) await page.keyboard.press(String(pattern(i)));
    await page.getByRole('button', { name: 'See my result' }).click();

    const before = scoreAnswers(STATEMENTS, first);
    const after = await expectScores(page, answersFor(pattern));
    const table = page.locator('.chart-with-table').first().locator('.score-table');
    await expect(table.getByRole('columnheader', { name: /^Since / })).toBeVisible();
    for (const d of DIMENSION_IDS) {
      const delta = (after[d] ?? 0) - (before[d] ?? 0);
      const text = delta === 0 ? 'No change' : delta > 0 ? `+${delta}` : `−${-delta}`;
      await expect(table.locator(`tr[data-dimension="${d}"] td[data-change]`)).toHaveText(text);
    }
    const history = page.locator('.history-table tbody tr');
    await expect(history).toHaveCount(2);
    await expect(history.first()).toContainText('(latest)');
    await expect(history.last()).toContainText('(first)');
    const overlay = page.getByRole('img', { name: /Your first attempt .* and your latest .* on one chart/ });
    await expect(overlay).toBeVisible();
    await expect(overlay.locator('.radar-series')).toHaveCount(2);
    await expect(overlay.locator('.radar-series.first rect')).toHaveCount(8);
    await expect(page.locator('[data-nudge="wait"]')).toContainText('Take it again from');
    await expectAccessible(page, 'assessment result with history');
  });

  test('an attempt saved under older statements still shows, and says what changed', async ({ page }) => {
    const answers = answersFor(pattern);
    delete answers[ORDER[0] as string];
    answers['an-old-statement'] = 3;
    await seed(page, { 'rf:assessment:old': attempt(3, answers) });
    await page.goto('/assessment/result/');
    await expect(page.getByText(/taken with an earlier set of statements/)).toContainText(
      '1 answer is to a statement this site no longer has',
    );
    await expect(page.getByText(/1 statement was added later/)).toBeVisible();
    await expect(page.locator('.chart-with-table .score-table tbody tr')).toHaveCount(8);
  });
});

test.describe('result on paper and as a code', () => {
  test('the result prints on one page, A4 or Letter, and the paper version has its scoring key', async ({ page }) => {
    await seed(page, { 'rf:assessment:a': attempt(2, answersFor(pattern)) });
    await page.goto('/assessment/result/');
    await expect(page.locator('.overall-score')).toBeVisible();
    for (const format of ['A4', 'Letter']) {
      expect(pdfPages(await page.pdf({ format })), `result on ${format}`).toBe(1);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.history')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this result' })).toBeHidden();
    await expect(page.locator('[data-share-code]')).toBeVisible();

    await page.emulateMedia({ media: null });
    await page.goto('/assessment/print/');
    await expect(page.locator('.paper-table tbody tr')).toHaveCount(TOTAL);
    await expect(page.locator('.key-table tbody tr')).toHaveCount(8);
    await expect(page.locator('.key-table tbody tr').first()).toContainText('R');
    for (const format of ['A4', 'Letter']) {
      expect(pdfPages(await page.pdf({ format })), `paper version on ${format}`).toBeLessThanOrEqual(3);
    }
    await expectAccessible(page, 'paper version');
  });

  test('the share code holds the scores, and malformed codes are refused with a reason', async ({ page }) => {
    const answers = answersFor(pattern);
    await seed(page, { 'rf:assessment:a': attempt(1, answers) });
    await page.goto('/assessment/result/');
    const code = (await page.locator('[data-share-code]').textContent()) ?? '';
    const decoded = decodeShareCode(code);
    expect(decoded.ok && decoded.scores).toEqual(scoreAnswers(STATEMENTS, answers));

    await page.getByRole('link', { name: 'How share codes work' }).click();
    await expect(page.getByRole('heading', { name: 'Share codes', level: 1 })).toBeVisible();
    const input = page.getByLabel('Share code', { exact: true });
    await input.fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Read the code' }).click();
    const read = page.locator('.read-out table');
    await expect(read.getByRole('row', { name: new RegExp(`^${LABELS.trust}`) })).toContainText(
      String(scoreAnswers(STATEMENTS, answers).trust),
    );
    for (const [bad, message] of [
      [`${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`, /does not add up/],
      [code.slice(0, -3), /this one has 9\. Check for a missing symbol/],
      [code.replace('RF1', 'RF7'), /format version 7/],
      ['hello', /starts with “RF”/],
    ] as const) {
      await input.fill(bad);
      await input.press('Enter');
      await expect(page.getByRole('alert')).toContainText(message);
    }
    await expectAccessible(page, 'share codes');

    // A score worked out on paper makes the same code.
    const scores = scoreAnswers(STATEMENTS, answers);
    for (const d of DIMENSION_IDS) await page.getByLabel(LABELS[d] ?? d, { exact: true }).fill(String(scores[d]));
    await page.getByLabel(LABELS.depth ?? 'depth', { exact: true }).fill('140');
    await page.getByRole('button', { name: 'Make the code' }).click();
    await expect(page.getByLabel(LABELS.depth ?? 'depth', { exact: true })).toBeFocused();
    await expect(page.getByText('“140” is not a whole number from 0 to 100.')).toBeVisible();
    await page.getByLabel(LABELS.depth ?? 'depth', { exact: true }).fill(String(scores.depth));
    await page.getByRole('button', { name: 'Make the code' }).click();
    await expect(page.locator('.made-out .share-code')).toHaveText(code);
  });
});

test.describe('30-day actions and My progress', () => {
  test('actions added from the result appear on My progress with the assessment summary', async ({ page }) => {
    await seed(page, { 'rf:assessment:a': attempt(5, answersFor(pattern)) });
    await page.goto('/assessment/result/');
    const card = page.locator('.advice-section').nth(1).locator('article').first();
    const item = card.locator('.advice-actions li').first();
    const text = (await item.locator('span').first().textContent()) ?? '';
    await item.getByRole('button', { name: 'Add to my plan' }).click();
    await expect(item.getByText('✓ In your plan')).toBeVisible();
    await expect(item.getByRole('button', { name: 'Remove from my plan' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Added to your plan' })).toHaveCount(1);

    await page.goto('/me/');
    const overall = overallScore(scoreAnswers(STATEMENTS, answersFor(pattern)));
    await expect(page.locator('[data-tool="assessment"]')).toContainText(
      `Overall ${overall} of 100 · 1 attempt, last on`,
    );
    const actions = page.getByRole('region', { name: 'Your 30-day actions' });
    await expect(actions.getByText(text)).toBeVisible();
    await actions.getByRole('checkbox', { name: text }).check();
    await expect(actions.getByText(/✓ done/)).toBeVisible();
    await expectAccessible(page, 'my progress with actions');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: text })).toBeChecked();
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('region', { name: 'Your 30-day actions' })).toHaveCount(0);
  });

  test('My progress shows an unfinished attempt', async ({ page }) => {
    await page.goto('/assessment/');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('3');
    await expect(page.getByText(`4 of ${TOTAL} answered`)).toBeVisible();
    await page.goto('/me/');
    await expect(page.locator('[data-tool="assessment"]')).toContainText('Unfinished: 4 answers saved');
    await expect(page.locator('[data-tool="assessment"] a')).toHaveAttribute('href', '/assessment/');
  });
});

test.describe('the assessment pages', () => {
  test('are accessible before starting, and the result page says when there is nothing yet', async ({ page }) => {
    await page.goto('/assessment/');
    await expect(page.getByRole('button', { name: 'Start the assessment' })).toBeVisible();
    await expectAccessible(page, 'assessment start');
    await page.goto('/assessment/result/');
    await expect(page.getByText('You have not taken the assessment in this browser yet.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the assessment' })).toHaveAttribute('href', '/assessment/');
  });
});

test.describe('in the dark theme and on a 320 px phone', () => {
  test.use({ colorScheme: 'dark' });

  test('every assessment page is accessible and fits without sideways scrolling', async ({ page }) => {
    const older = answersFor(() => 3);
    await seed(page, { 'rf:assessment:a': attempt(45, older), 'rf:assessment:b': attempt(2, answersFor(pattern)) });
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/assessment/', '/assessment/result/', '/assessment/print/', '/assessment/share-code/']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      if (path === '/assessment/result/') await expect(page.locator('.compare .radar')).toBeVisible();
      if (path === '/assessment/') {
        await page.getByRole('button', { name: 'Take it again' }).click();
        await page.keyboard.press('2');
        await expect(page.getByRole('group', { name: /^2 of \d+/ })).toBeVisible();
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${path} (dark, 320 px)`);
    }
  });
});
