import type { Page } from '@playwright/test';
import { expect, expectAccessible, person, seedRecords as seed, storedData, test } from './fixtures';

/** Stored people by name: their list and tags. */
async function storedPeople(page: Page): Promise<Record<string, { tier: string; tags: string[] }>> {
  return page.evaluate(() => {
    const out: Record<string, { tier: string; tags: string[] }> = {};
    for (const [k, v] of Object.entries(localStorage)) {
      if (!k.startsWith('rf:contact:')) continue;
      const d = JSON.parse(v).data;
      out[d.name] = { tier: d.tier, tags: d.tags };
    }
    return out;
  });
}

/** How many people are stored in each list. */
async function storedTiers(page: Page): Promise<Record<string, number>> {
  const all = await storedPeople(page);
  const out: Record<string, number> = {};
  for (const p of Object.values(all)) out[p.tier] = (out[p.tier] ?? 0) + 1;
  return out;
}

const status = (page: Page) => page.locator('#coi-status');
const box = (page: Page, name: string) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
const bar = (page: Page) => page.getByRole('region', { name: /selected/ });
const announced = (page: Page) => page.locator('p[aria-live="polite"].visually-hidden');
const pad = (i: number) => `Person ${String(i).padStart(2, '0')}`;

test.describe('bulk actions on the worksheet', () => {
  test('selects with Space, Shift+Space and Shift+click, then moves, tags and deletes in one step each, with undo', async ({
    page,
  }) => {
    await seed(
      page,
      Array.from({ length: 30 }, (_, i) => person(pad(i + 1), 'triage')),
    );
    await page.goto('/coi/?list=triage');
    await expect(page.locator('.coi-person')).toHaveCount(30);

    // Space ticks one; Shift+Space ticks everyone shown from there to here.
    await box(page, pad(1)).focus();
    await page.keyboard.press('Space');
    await expect(announced(page)).toHaveText('1 selected');
    await expect(bar(page)).toBeVisible();
    await box(page, pad(5)).focus();
    await page.keyboard.press('Shift+Space');
    await expect(announced(page)).toHaveText('5 selected');
    for (let i = 1; i <= 5; i++) await expect(box(page, pad(i))).toBeChecked();
    await expect(box(page, pad(6))).not.toBeChecked();
    await expect(box(page, pad(5))).toBeFocused();
    await expectAccessible(page, 'worksheet with people selected');

    // Move them to potential with the keyboard: one step, focus on the message and its undo.
    await bar(page).getByLabel('Move to').selectOption('potential');
    await bar(page).getByRole('button', { name: 'Move', exact: true }).press('Enter');
    await expect(status(page)).toContainText('5 people moved to your potential list (5 of 100).');
    await expect(status(page)).toBeFocused();
    expect(await storedTiers(page)).toEqual({ potential: 5, triage: 25 });
    await expect(bar(page)).toHaveCount(0);
    await expect(page.locator('.coi-person')).toHaveCount(25);
    await page.keyboard.press('Tab');
    await expect(status(page).getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('5 people are back as before.');
    expect(await storedTiers(page)).toEqual({ triage: 30 });

    // Shift+click takes a range with the mouse.
    await box(page, pad(2)).click();
    await box(page, pad(4)).click({ modifiers: ['Shift'] });
    await expect(announced(page)).toHaveText('3 selected');
    // Escape on a box clears the selection.
    await page.keyboard.press('Escape');
    await expect(bar(page)).toHaveCount(0);
    await expect(box(page, pad(3))).not.toBeChecked();

    // Select all matching the search; people the search hides stay selected and are counted.
    await page.getByRole('searchbox', { name: 'Search' }).fill('person 0');
    const matching = await page.locator('.coi-person').count();
    expect(matching).toBeLessThan(30);
    await box(page, pad(1)).check();
    await bar(page)
      .getByRole('button', { name: `Select all ${matching} matching` })
      .click();
    await expect(announced(page)).toHaveText(`${matching} selected`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('person 05');
    await expect(bar(page)).toContainText(`${matching} selected (${matching - 1} not shown by the search or filters)`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await bar(page).getByRole('button', { name: 'Select all 30 matching' }).click();
    await expect(announced(page)).toHaveText('30 selected');
    await bar(page).getByLabel('Tags').fill('golf, Lawyers');
    await bar(page).getByLabel('Tags').press('Enter');
    await expect(status(page)).toContainText('Tags “golf”, “Lawyers” added to 30 people.');
    expect((await storedPeople(page))[pad(7)]?.tags).toEqual(['golf', 'Lawyers']);
    // Tagging keeps the selection, so the same people can be moved or untagged next.
    await expect(announced(page)).toHaveText('30 selected');
    await bar(page).getByLabel('Tags').fill('lawyers');
    await bar(page).getByRole('button', { name: 'Remove tag' }).click();
    await expect(status(page)).toContainText('Tag “lawyers” taken off 30 people.');
    expect((await storedPeople(page))[pad(7)]?.tags).toEqual(['golf']);

    // Delete all thirty in one step; undo brings every one back as they were.
    await bar(page).getByRole('button', { name: 'Delete 30 people' }).click();
    await expect(status(page)).toContainText('30 people removed from the worksheet.');
    expect(await storedTiers(page)).toEqual({});
    await expect(page.getByText('Nobody here yet')).toBeVisible();
    await status(page).getByRole('button', { name: 'Undo' }).click();
    await expect(status(page)).toContainText('30 people are back as before.');
    // The Undo button goes with its message; focus stays on the status line, not the page's body.
    await expect(status(page)).toBeFocused();
    expect(await storedTiers(page)).toEqual({ triage: 30 });
    expect((await storedPeople(page))[pad(30)]?.tags).toEqual(['golf']);
  });

  test('a move over the core limit moves nobody, says how many fit, and moves the first ones only when asked', async ({
    page,
  }) => {
    await seed(page, [
      ...Array.from({ length: 10 }, (_, i) => person(`Core ${i}`, 'core')),
      ...Array.from({ length: 5 }, (_, i) => person(`Hopeful ${i}`, 'potential')),
    ]);
    await page.goto('/coi/?list=potential');
    await expect(page.locator('.coi-person')).toHaveCount(5);
    await box(page, 'Hopeful 0').check();
    await bar(page).getByRole('button', { name: 'Select all 5 matching' }).click();
    await bar(page).getByLabel('Move to').selectOption('core');
    await bar(page).getByRole('button', { name: 'Move', exact: true }).click();
    await expect(status(page)).toContainText(
      'Nobody was moved: you chose 5 people for your core list, and it holds 10 of 12, so 2 more fit.',
    );
    expect(await storedTiers(page)).toEqual({ core: 10, potential: 5 });
    await expect(announced(page)).toHaveText('5 selected');
    await status(page).getByRole('button', { name: 'Move the first 2' }).click();
    await expect(status(page)).toContainText(
      '2 people moved to your core list (12 of 12). 3 people did not fit and stay selected, where they were.',
    );
    expect(await storedTiers(page)).toEqual({ core: 12, potential: 3 });
    await expect(announced(page)).toHaveText('3 selected');
    await status(page).getByRole('button', { name: 'Undo' }).click();
    await expect(status(page)).toContainText('back as before');
    expect(await storedTiers(page)).toEqual({ core: 10, potential: 5 });
  });

  test('on a phone the selection bar sits at the bottom of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await seed(
      page,
      Array.from({ length: 8 }, (_, i) => person(pad(i + 1), 'triage')),
    );
    await page.goto('/coi/?list=triage');
    await box(page, pad(1)).check();
    const rect = await bar(page).boundingBox();
    expect(Math.round((rect?.y ?? 0) + (rect?.height ?? 0))).toBe(640);
    expect(rect?.width).toBe(320);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'worksheet selection bar on a phone');
  });
});

test.describe('possible duplicates', () => {
  test('adding someone who is already saved warns, and merges or keeps both', async ({ page }) => {
    await seed(page, [
      person('Smith, Anna', 'potential', { organization: 'Harbor Law' }),
      person('Zoe Adams', 'triage'),
    ]);
    await page.goto('/coi/');
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('anna SMITH');
    await name.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(
      'anna SMITH may already be on your worksheet: Smith, Anna (Harbor Law) is a potential COI (same name). Merge them into one, or keep both?',
    );
    await expect(page.getByRole('button', { name: 'Merge', exact: true })).toBeFocused();
    await expectAccessible(page, 'worksheet with a duplicate warning');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('Merged: anna SMITH is Smith, Anna, a potential COI.');
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('');
    expect(Object.keys(await storedPeople(page))).toHaveLength(2);

    // Accents and organisation: Zoë Adams of Riverside looks like Zoe Adams, who has none.
    await name.fill('Zoë Adams');
    await page.getByLabel('Organization (optional)').fill('Riverside');
    await name.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Zoe Adams is in triage (same name)');
    await page.getByRole('button', { name: 'Keep both' }).click();
    await expect(status(page)).toContainText('Zoë Adams was added to your potential list (2 of 100).');
    expect(Object.keys(await storedPeople(page))).toHaveLength(3);

    // Someone new is added without a question.
    await name.fill('Ruth Jones');
    await name.press('Enter');
    await expect(status(page)).toContainText('Ruth Jones was added');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the merge tool lists look-alikes, merges a pair field by field with its planner records, and undoes it', async ({
    page,
  }) => {
    await seed(
      page,
      [
        person('Anna Smith', 'potential', {
          organization: 'Harbor Law',
          email: 'anna@example.com',
          tags: ['law'],
          coi: { reach: 2, likes: 2, willing: 2, lunches: [] },
        }),
        person('SMITH, Anna', 'core', {
          organization: 'Harbor Legal',
          email: 'ANNA@example.com',
          phone: '+44 20 1234 5678',
          tags: ['golf'],
          coi: { reach: 3, likes: 3, willing: 3, lunches: ['2026-01-05'] },
        }),
        person('Ruth Jones', 'triage'),
        person('Ruth Jones', 'triage', { organization: 'Jones & Co' }),
      ],
      {
        'rf:ledger:give1': {
          contactId: 'seed-1',
          date: '2026-01-06',
          kind: 'resource',
          note: 'Sent the article',
          createdAt: 1,
        },
      },
    );
    await page.goto('/coi/');
    await page.getByRole('link', { name: 'Check and merge them' }).click();
    await expect(page.getByRole('heading', { name: 'Possible duplicates', level: 1 })).toBeVisible();
    await expect(page.getByText('2 possible duplicates to check.')).toBeVisible();
    await expectAccessible(page, 'possible duplicates');

    const pair = page.getByRole('region', { name: 'Anna Smith and SMITH, Anna' });
    await expect(pair).toContainText('They look like one person: same email.');
    // Where they differ the reader chooses; the better list is offered first.
    await expect(pair.getByRole('radio', { name: 'Keep list: Core COIs' })).toBeChecked();
    await pair.getByRole('radio', { name: 'Keep organisation: Harbor Legal' }).check();
    await pair.getByRole('button', { name: 'Merge SMITH, Anna into Anna Smith' }).click();
    await expect(page.locator('#coi-dup-status')).toContainText(
      'SMITH, Anna and Anna Smith are one person now: Anna Smith. The planner’s 1 record for SMITH, Anna moved with them.',
    );
    await expect(page.locator('#coi-dup-status')).toBeFocused();
    await expect(pair).toHaveCount(0);
    await expect(page.getByText('1 possible duplicate to check.')).toBeVisible();
    await expect
      .poll(() => storedData(page, 'rf:contact:seed-0'))
      .toMatchObject({
        name: 'Anna Smith',
        organization: 'Harbor Legal',
        email: 'anna@example.com',
        phone: '+44 20 1234 5678',
        tier: 'core',
        tags: ['law', 'golf'],
        coi: { reach: 3, likes: 3, willing: 3, lunches: ['2026-01-05'] },
      });
    expect(await storedData(page, 'rf:contact:seed-1')).toBeUndefined();
    expect(await storedData(page, 'rf:ledger:give1')).toMatchObject({ contactId: 'seed-0' });

    // Undo: two people again, exactly as before, and the give points back at its person.
    await page.locator('#coi-dup-status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('#coi-dup-status')).toContainText('are two people again, as before');
    expect(await storedData(page, 'rf:contact:seed-1')).toMatchObject({ name: 'SMITH, Anna', tier: 'core' });
    expect(await storedData(page, 'rf:contact:seed-0')).toMatchObject({
      organization: 'Harbor Law',
      tier: 'potential',
    });
    expect(await storedData(page, 'rf:ledger:give1')).toMatchObject({ contactId: 'seed-1' });
    await expect(page.getByText('2 possible duplicates to check.')).toBeVisible();

    // Keep both: the pair is not offered again, even after a reload.
    const ruth = page.getByRole('region', { name: 'Ruth Jones and Ruth Jones' });
    await ruth.getByRole('button', { name: /Keep both/ }).click();
    await expect(page.locator('#coi-dup-status')).toContainText('stay two people');
    await page.reload();
    await expect(page.getByText('1 possible duplicate to check.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ruth Jones and Ruth Jones' })).toHaveCount(0);
  });

  test('an import finds a saved person whose name is written the other way round', async ({ page }) => {
    await seed(page, [person('Smith, Anna', 'potential')]);
    await page.goto('/coi/import/');
    const csv = 'Name,Company\nAnna Smith,Harbor Law\nRuth Jones,Jones & Co\n';
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('1 entry looks like someone you already have')).toBeVisible();
    await page.getByText('Choose one by one (1)').click();
    await expect(page.getByRole('table', { name: 'Entries that match someone you already have' })).toContainText(
      'Smith, Anna already on your worksheet: same name',
    );
  });
});
