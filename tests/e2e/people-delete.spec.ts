import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { day, expect, expectAccessible, islandsReady, seedBeforeScripts, test } from './fixtures';

/**
 * Deleting a person is one rule whichever tool it is done from: their ledger entries, plans
 * and introductions go with them, the reader is told before and after, every tool (and a
 * planner open in another tab) stops showing them at once, backups stop holding them, and
 * undo puts back exactly what went.
 */

const scores = { reach: 3, likes: 2, willing: 3, lunches: [] };

/**
 * Ana, a core COI in the planner with two gives logged, a give planned for today and an
 * introduction to Ben under way; Ben with a give of his own and an introduction to Cy; Dee,
 * imported, with nothing in the planner.
 */
const WORLD: Record<string, unknown> = {
  'rf:contact:ana': {
    name: 'Ana Lopez',
    tier: 'core',
    tags: [],
    createdAt: 1,
    coi: scores,
    planner: { keepInTouchDays: 30 },
  },
  'rf:contact:ben': { name: 'Ben Okafor', tier: 'potential', tags: [], createdAt: 2, coi: scores, planner: {} },
  'rf:contact:cy': { name: 'Cy Novak', tier: 'other', tags: [], createdAt: 3, planner: {} },
  'rf:contact:dee': { name: 'Dee Imported', tier: 'triage', tags: [], createdAt: 4 },
  'rf:ledger:e1': { contactId: 'ana', date: day(-20), kind: 'gift', note: 'Book on print history', createdAt: 1 },
  'rf:ledger:e2': { contactId: 'ana', date: day(-5), kind: 'resource', note: 'Pricing guide', createdAt: 2 },
  'rf:ledger:e3': { contactId: 'ben', date: day(-3), kind: 'help', note: 'Fixed his invoice template', createdAt: 3 },
  'rf:plan:p1': { contactId: 'ana', due: day(0), kind: 'time', note: 'Coffee at the guild', createdAt: 4 },
  'rf:intro:i1': { a: 'ana', b: 'ben', why: 'Both print locally', step: 'idea', reached: {}, createdAt: 5 },
  'rf:intro:i2': { a: 'ben', b: 'cy', why: 'Cy needs a printer', step: 'idea', reached: {}, createdAt: 6 },
};

/** Every stored record's data by key (the site's `rf:` keys). */
async function storedRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.entries(localStorage)
        .filter(([k]) => k.startsWith('rf:contact:') || /^rf:(ledger|plan|intro):/.test(k))
        .map(([k, v]) => [k, JSON.parse(v).data]),
    ),
  );
}

/** The keys of stored planner records that name one of `ids`. */
async function recordsNaming(page: Page, ids: string[]): Promise<string[]> {
  const all = await storedRecords(page);
  return Object.entries(all)
    .filter(([k, r]) => {
      if (k.startsWith('rf:contact:')) return false;
      const x = r as { contactId?: string; a?: string; b?: string };
      return [x.contactId, x.a, x.b].some((id) => id && ids.includes(id));
    })
    .map(([k]) => k)
    .sort();
}

async function worksheetReady(page: Page) {
  await expect(page.locator('.coi-add').getByLabel('Name', { exact: true })).toBeVisible();
}

async function plannerReady(page: Page) {
  await expect(page.locator('.planner-parts[data-ready]')).toBeVisible();
}

/** A backup exported from the data page, as its parsed file, with the page's counts checked against it. */
async function exportBackup(page: Page, path: string): Promise<{ records: Record<string, unknown> }> {
  await page.goto('/data/');
  await islandsReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a backup' }).click(),
  ]);
  await download.saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** What My progress says is due this week. */
async function dueThisWeek(page: Page): Promise<string> {
  await page.goto('/me/');
  const due = page.locator('.due-this-week');
  await expect(due.getByRole('heading', { name: 'Due this week' })).toBeVisible();
  await expect(due).not.toContainText('Reading');
  return (await due.textContent()) ?? '';
}

test.describe('deleting a person from the worksheet', () => {
  test('asks first, takes their planner records along everywhere (another tab too), and undo brings all back', async ({
    page,
    context,
  }, testInfo) => {
    await seedBeforeScripts(page, WORLD);
    await page.goto('/coi/');
    await worksheetReady(page);
    const before = await storedRecords(page);

    // The planner, open in another tab, shows Ana with her plan and her introduction.
    const planner = await context.newPage();
    await planner.goto('/planner/');
    await plannerReady(planner);
    const people = planner.locator('#people');
    await expect(people.getByRole('button', { name: 'Ana Lopez', exact: true })).toBeVisible();
    await expect(planner.locator('.intro-summary')).toContainText('Ana Lopez and Ben Okafor');
    await expect(planner.locator('#week')).toContainText('Coffee at the guild');

    // In the worksheet, by keyboard: open Ana, ask to remove her.
    await page.bringToFront();
    const name = page.locator('.coi-people').getByRole('button', { name: 'Ana Lopez', exact: true });
    await name.focus();
    await page.keyboard.press('Enter');
    const remove = page.getByRole('button', { name: 'Remove Ana Lopez from the worksheet' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const question =
      'Delete Ana Lopez together with 2 ledger entries, 1 plan and 1 introduction from the planner? You can undo it.';
    await expect(page.getByText(question)).toBeVisible();
    const yes = page.getByRole('button', { name: 'Yes, delete Ana Lopez' });
    await expect(yes).toBeFocused();
    await expectAccessible(page, 'the worksheet asking before deleting someone with planner records');
    // Escape keeps her, and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(page.getByText(question)).toHaveCount(0);
    await expect(remove).toBeFocused();
    expect(await storedRecords(page)).toEqual(before);
    await page.keyboard.press('Enter');
    await expect(yes).toBeFocused();
    await page.keyboard.press('Enter');

    const status = page.locator('#coi-status');
    await expect(status).toContainText(
      'Ana Lopez was removed from the worksheet, with 2 ledger entries, 1 plan and 1 introduction from the planner.',
    );
    await expectAccessible(page, 'the worksheet after deleting someone with planner records');
    await expect(page.locator('.coi-people').getByRole('button', { name: 'Ana Lopez', exact: true })).toHaveCount(0);
    expect(await recordsNaming(page, ['ana'])).toEqual([]);
    expect(Object.keys(await storedRecords(page)).sort()).toEqual([
      'rf:contact:ben',
      'rf:contact:cy',
      'rf:contact:dee',
      'rf:intro:i2',
      'rf:ledger:e3',
    ]);

    // The planner in the other tab shows nothing of her at once: no row, no plan, no introduction.
    await expect(people.getByRole('button', { name: 'Ana Lopez', exact: true })).toHaveCount(0);
    await expect(planner.locator('.intro-summary')).not.toContainText('Ana Lopez');
    await expect(planner.locator('.intro-summary')).not.toContainText('someone removed');
    await expect(planner.locator('.intro-summary')).toContainText('Ben Okafor and Cy Novak');
    await expect(planner.locator('#week')).not.toContainText('Coffee at the guild');

    // My progress does not count her plan; a backup no longer holds her records, and the data page says so.
    const other = await context.newPage();
    expect(await dueThisWeek(other)).not.toContain('Ana Lopez');
    const backup = await exportBackup(other, testInfo.outputPath('after-delete.json'));
    expect(Object.keys(backup.records).sort()).toEqual([
      'rf:contact:ben',
      'rf:contact:cy',
      'rf:contact:dee',
      'rf:intro:i2',
      'rf:ledger:e3',
    ]);
    await expect(other.getByRole('row', { name: /Planner ledger entries 1/ })).toBeVisible();
    await expect(other.getByRole('row', { name: /Planned gives/ })).toHaveCount(0);

    // Undo, by keyboard, in the worksheet's tab: everything comes back, in both tools.
    await page.bringToFront();
    await status.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toContainText('Ana Lopez is back, with 2 ledger entries, 1 plan and 1 introduction.');
    await expectAccessible(page, 'the worksheet after undoing a delete');
    expect(await storedRecords(page)).toEqual(before);
    await expect(page.locator('.coi-people').getByRole('button', { name: 'Ana Lopez', exact: true })).toBeVisible();
    await expect(people.getByRole('button', { name: 'Ana Lopez', exact: true })).toBeVisible();
    await expect(planner.locator('.intro-summary')).toContainText('Ana Lopez and Ben Okafor');
    await expect(planner.locator('#week')).toContainText('Coffee at the guild');
    expect(await dueThisWeek(other)).toContain('Ana Lopez');
    const restored = await exportBackup(other, testInfo.outputPath('after-undo.json'));
    // Everything is back in the backup (beside the note of when one was last made).
    expect(
      Object.keys(restored.records)
        .filter((k) => k !== 'rf:meta:app')
        .sort(),
    ).toEqual(Object.keys(before).sort());
  });

  test('someone with nothing in the planner goes at once, as before; an introduction alone is asked about', async ({
    page,
  }) => {
    await seedBeforeScripts(page, WORLD);
    await page.goto('/coi/');
    await worksheetReady(page);
    const before = Object.keys(await storedRecords(page)).length;
    await page.locator('.coi-people').getByRole('button', { name: 'Dee Imported', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Dee Imported from the worksheet' }).click();
    await expect(page.locator('#coi-status')).toContainText('Dee Imported was removed from the worksheet.');
    expect(Object.keys(await storedRecords(page))).toHaveLength(before - 1);

    // Cy has no entries or plans, but Ben's introduction to him names him: it goes with him.
    await page.locator('.coi-people').getByRole('button', { name: 'Cy Novak', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Cy Novak from the worksheet' }).click();
    await expect(
      page.getByText('Delete Cy Novak together with 1 introduction from the planner? You can undo it.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete Cy Novak' }).click();
    await expect(page.locator('#coi-status')).toContainText(
      'Cy Novak was removed from the worksheet, with 1 introduction from the planner.',
    );
    expect(await recordsNaming(page, ['cy'])).toEqual([]);
  });
});

test.describe('bulk delete on the worksheet', () => {
  test('asks first, takes everyone’s planner records in one step, and undo brings back each once', async ({
    page,
    context,
  }, testInfo) => {
    await seedBeforeScripts(page, WORLD);
    await page.goto('/coi/');
    await worksheetReady(page);
    const before = await storedRecords(page);
    const planner = await context.newPage();
    await planner.goto('/planner/');
    await plannerReady(planner);
    await expect(planner.locator('.intro-summary')).toContainText('Ana Lopez and Ben Okafor');

    // Select Ana and Ben with the keyboard.
    await page.bringToFront();
    const box = (name: string) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
    await box('Ana Lopez').focus();
    await page.keyboard.press('Space');
    await box('Ben Okafor').focus();
    await page.keyboard.press('Space');
    const bar = page.getByRole('region', { name: /selected/ });
    await expect(bar).toContainText('2 selected');
    const del = bar.getByRole('button', { name: 'Delete 2 people' });
    await del.focus();
    await page.keyboard.press('Enter');
    // The introduction between the two is counted once.
    const question =
      'Delete 2 people together with 3 ledger entries, 1 plan and 2 introductions from the planner? You can undo it.';
    await expect(bar.getByText(question)).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Yes, delete 2 people' })).toBeFocused();
    await expectAccessible(page, 'the selection bar asking before a bulk delete');
    // Escape keeps them, and the selection with them.
    await page.keyboard.press('Escape');
    await expect(bar.getByText(question)).toHaveCount(0);
    await expect(del).toBeFocused();
    await expect(bar).toContainText('2 selected');
    // Asked again (the question comes once the planner's records are counted), then yes.
    await page.keyboard.press('Enter');
    await expect(bar.getByRole('button', { name: 'Yes, delete 2 people' })).toBeFocused();
    await page.keyboard.press('Enter');

    const status = page.locator('#coi-status');
    await expect(status).toContainText(
      '2 people removed from the worksheet, with 3 ledger entries, 1 plan and 2 introductions from the planner.',
    );
    await expectAccessible(page, 'the worksheet after a bulk delete with planner records');
    expect(Object.keys(await storedRecords(page)).sort()).toEqual(['rf:contact:cy', 'rf:contact:dee']);
    await expect(planner.locator('#people').getByRole('button', { name: 'Ben Okafor', exact: true })).toHaveCount(0);
    await expect(planner.locator('.intro-summary')).toHaveCount(0);

    const other = await context.newPage();
    expect(await dueThisWeek(other)).not.toMatch(/Ana Lopez|Ben Okafor/);
    const backup = await exportBackup(other, testInfo.outputPath('after-bulk-delete.json'));
    expect(Object.keys(backup.records).sort()).toEqual(['rf:contact:cy', 'rf:contact:dee']);

    await page.bringToFront();
    await status.getByRole('button', { name: 'Undo' }).click();
    await expect(status).toContainText(
      '2 people are back as before, with 3 ledger entries, 1 plan and 2 introductions.',
    );
    expect(await storedRecords(page)).toEqual(before);
    await expect(planner.locator('.intro-summary')).toContainText('Ana Lopez and Ben Okafor');
    await expect(planner.locator('.intro-summary li')).toHaveCount(2);
    await expect(planner.locator('#people').getByRole('button', { name: 'Ben Okafor', exact: true })).toBeVisible();
    expect(await dueThisWeek(other)).toContain('Ana Lopez');
  });
});
