import { plannerData } from '../fixtures/planner-data.mjs';
import { day, expect, stored, test } from './fixtures';

/**
 * A long saved history: the tools read large kinds in slices as the page opens
 * (src/store/collection.ts) and draw their parts in turns (src/islands/use-in-turns.ts).
 * Whatever the reader sees must be drawn from all of it, and an edit made the moment a tool
 * appears must be saved beside everything else.
 */

const PEOPLE = 300;
const ENTRIES = 5_000;
const data: Record<string, string> = plannerData({
  people: PEOPLE,
  entries: ENTRIES,
  plans: 60,
  intros: 20,
  today: day(),
});

/** The planner's count of gives and asks over the whole ledger. */
const kinds = Object.entries(data)
  .filter(([k]) => k.startsWith('rf:ledger:'))
  .map(([, v]) => JSON.parse(v).data.kind as string);
const asks = kinds.filter((k) => k.startsWith('ask-')).length;
const gives = kinds.filter((k) => k !== 'touch' && !k.startsWith('ask-')).length;

test.beforeEach(async ({ page }) => {
  await page.addInitScript((d) => {
    if (sessionStorage.getItem('test-seeded')) return;
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, v);
    sessionStorage.setItem('test-seeded', '1');
  }, data);
});

test('the worksheet shows everyone once read, and keeps a person added the moment it appears', async ({ page }) => {
  await page.goto('/coi/');
  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Zoe Harbor');
  await page.getByLabel('Add to').selectOption('triage');
  await name.press('Enter');
  await expect(page.locator('#coi-status')).toContainText('Zoe Harbor');
  await expect(page.locator('.coi-result-count')).toHaveText(`Showing 50 of ${PEOPLE + 1} people.`);
  await expect(page.locator('.coi-people > li')).toHaveCount(50);
  const keys = Object.keys(await stored(page));
  expect(keys.filter((k) => k.startsWith('rf:contact:'))).toHaveLength(PEOPLE + 1);
  expect(keys.filter((k) => k.startsWith('rf:ledger:'))).toHaveLength(ENTRIES);
});

test('the planner draws every part from the whole ledger', async ({ page }) => {
  await page.goto('/planner/');
  await expect(page.locator('.planner-parts[data-ready]')).toBeVisible();
  await expect(page.getByText('Opening your planner…')).toHaveCount(0);
  const summary = page.locator('.planner-summary');
  await expect(summary.locator('div', { hasText: 'Gives to asks, in all' }).locator('dd')).toHaveText(
    `${gives} to ${asks}`,
  );
  // Long lists show their first rows, and all of them on request (by keyboard here).
  await expect(page.locator('.people-table > tbody')).toHaveCount(25);
  await expect(page.getByRole('button', { name: 'Show more (275 not shown)' })).toBeVisible();
  const ladder = page.locator('#ladder');
  const heading = await ladder.getByRole('heading', { name: /^Ready for a step up \(\d+\)$/ }).textContent();
  const stalled = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
  expect(stalled).toBeGreaterThan(12);
  await expect(ladder.locator('.ladder-list > li')).toHaveCount(12);
  const all = ladder.getByRole('button', { name: `Show all ${stalled}` });
  await all.focus();
  await page.keyboard.press('Enter');
  await expect(ladder.locator('.ladder-list > li')).toHaveCount(stalled);
  await expect(ladder.getByRole('button', { name: 'Show the first 12 only' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ladder.locator('.ladder-list > li')).toHaveCount(12);
});

test('My progress and Your data count all of it', async ({ page }) => {
  await page.goto('/me/');
  await expect(page.locator('[data-tool="planner"] .tool-value')).toContainText(/\S/);
  await expect(page.getByText('Reading your tools…')).toHaveCount(0);

  await page.goto('/data/');
  const table = page.locator('[data-stored-table]');
  await expect(
    table
      .getByRole('row', { name: /^Planner ledger entries/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(String(ENTRIES));
  await expect(
    table
      .getByRole('row', { name: /^Contacts/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(String(PEOPLE));
});

test('arriving at a person far down the worksheet opens their row and puts focus on it', async ({ page }) => {
  await page.goto('/coi/?person=p0299');
  const name = page.locator('button[data-person="p0299"]');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-expanded', 'true');
  // Far down: not among the rows drawn first.
  expect(
    await page
      .locator('.coi-people > li')
      .evaluateAll((rows) => rows.findIndex((r) => r.querySelector('[data-person="p0299"]'))),
  ).toBeGreaterThan(8);
});

test('a lesson remembers answers, reflections and completion beside a long saved history', async ({ page }) => {
  const lesson = '/lessons/01-relationships-are-back/';
  await page.goto(lesson);
  await expect(page.locator('[data-completion][data-bound]')).toBeVisible();
  await page.getByRole('textbox').first().fill('Written beside 5,000 ledger entries.');
  await page.locator('.question').first().getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Mark this module complete' }).click();
  await expect(page.locator('[data-reflection-status]')).toHaveText('Your answers are saved in this browser.');

  await page.reload();
  await expect(page.locator('[data-completion][data-bound]')).toBeVisible();
  await expect(page.getByRole('textbox').first()).toHaveValue('Written beside 5,000 ledger entries.');
  await expect(page.locator('.question').first().getByRole('radio').nth(1)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText(/^1 of \d+ modules complete/)).toBeVisible();
  const keys = Object.keys(await stored(page));
  expect(keys.filter((k) => k.startsWith('rf:ledger:'))).toHaveLength(ENTRIES);
});
