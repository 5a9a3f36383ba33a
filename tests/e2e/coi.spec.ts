import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { expect, expectAccessible, person, test } from './fixtures';

/** Waits until the worksheet island has rendered. */
async function worksheetReady(page: Page) {
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
}

/** Saves people straight into storage, as the site stores them, before the page loads them. */
async function seed(page: Page, people: Record<string, unknown>[]) {
  await page.goto('/');
  await page.evaluate((list) => {
    list.forEach((data, i) => {
      localStorage.setItem(`rf:contact:seed-${i}`, JSON.stringify({ v: 1, rev: 1, at: 1, data }));
    });
  }, people);
}

const scores = (extra: Record<string, unknown> = {}) => ({ reach: 3, likes: 3, willing: 3, lunches: [], ...extra });

/** Number of people stored in each tier. */
async function storedTiers(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(localStorage)) {
      if (!k.startsWith('rf:contact:')) continue;
      const tier = JSON.parse(v).data.tier as string;
      out[tier] = (out[tier] ?? 0) + 1;
    }
    return out;
  });
}

const status = (page: Page) => page.locator('.coi-status');
/** A person's name button in the list. */
const nameButton = (page: Page, name: string) => page.locator('.coi-people').getByRole('button', { name, exact: true });

test.describe('COI worksheet by keyboard', () => {
  test('fills 12 core and more potentials with the keyboard; the 13th core is refused', async ({ page }) => {
    // Fifteen people typed and twelve promoted one by one, then an accessibility scan, a reload and My progress:
    // 25 to 35 seconds on a busy machine, around the default limit.
    test.slow();
    await page.goto('/coi/');
    await worksheetReady(page);
    const name = page.getByLabel('Name', { exact: true });
    await name.focus();
    for (let i = 1; i <= 15; i++) {
      await page.keyboard.type(`Person ${String(i).padStart(2, '0')}`);
      await page.keyboard.press('Enter');
      await expect(status(page)).toContainText(`Person ${String(i).padStart(2, '0')} was added to your potential list`);
      await expect(name).toBeFocused();
      await expect(name).toHaveValue('');
    }
    await expect(page.locator('.coi-counts')).toContainText('15 of 100 potential');

    // Score one person with the keyboard: type-ahead on the select.
    const first = page.locator('.coi-person').filter({ hasText: 'Person 01' });
    await first.getByLabel('Likes you').focus();
    await page.keyboard.press('2');
    await expect(first.getByLabel('Likes you')).toHaveValue('2');
    await expect(first).toContainText('Score 2 of 9');

    // Promote twelve with Alt+↑ on their names.
    for (let i = 1; i <= 12; i++) {
      const who = `Person ${String(i).padStart(2, '0')}`;
      await nameButton(page, who).focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(status(page)).toContainText(`${who} moved to your core list (${i} of 12)`);
      // Focus stays on the person, now on the core list.
      await expect(nameButton(page, who)).toBeFocused();
    }
    await expect(page.locator('.coi-counts')).toContainText('12 of 12 core');

    // The 13th is refused with a reason and a way forward; nothing changes.
    await nameButton(page, 'Person 13').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(status(page)).toContainText('Your core list already holds 12 people');
    await expect(status(page)).toContainText('Move one of them back to potential first');
    expect(await storedTiers(page)).toEqual({ core: 12, potential: 3 });

    // The button path refuses too.
    await page
      .locator('.coi-person')
      .filter({ hasText: 'Person 14' })
      .getByRole('button', { name: /move Person 14 to your core list/ })
      .press('Enter');
    await expect(status(page)).toContainText('already holds 12');

    // Moving one back with Alt+↓ frees a place; Undo puts it back.
    await nameButton(page, 'Person 12').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(status(page)).toContainText('Person 12 moved to your potential list');
    await status(page).getByRole('button', { name: 'Undo' }).press('Enter');
    await expect(status(page)).toContainText('Person 12 moved to your core list (12 of 12)');

    await page.reload();
    await worksheetReady(page);
    await expect(page.locator('.coi-counts')).toContainText('12 of 12 core');
    await expect(page.locator('.coi-counts')).toContainText('3 of 100 potential');
    await expectAccessible(page, 'COI worksheet with people');

    await page.goto('/me/');
    await expect(page.getByText('12 of 12 core · 3 of 100 potential · no lunches overdue')).toBeVisible();
  });

  test('a second tab cannot take a core place the first tab filled', async ({ context }) => {
    const a = await context.newPage();
    await seed(a, [
      ...Array.from({ length: 11 }, (_, i) => person(`Core ${i}`, 'core', { coi: scores() })),
      person('Tab A pick', 'potential', { coi: scores() }),
      person('Tab B pick', 'potential', { coi: scores() }),
    ]);
    const b = await context.newPage();
    await a.goto('/coi/');
    await b.goto('/coi/');
    await worksheetReady(a);
    await worksheetReady(b);
    await a.getByRole('button', { name: /move Tab A pick to your core list/ }).click();
    await expect(status(a)).toContainText('(12 of 12)');
    await b.getByRole('button', { name: /move Tab B pick to your core list/ }).click();
    await expect(status(b)).toContainText('already holds 12');
    expect(await storedTiers(b)).toEqual({ core: 12, potential: 1 });
  });

  test('the potential list stops at 100 and says why a longer list is worth less', async ({ page }) => {
    await seed(
      page,
      Array.from({ length: 100 }, (_, i) => person(`Potential ${i}`, 'potential', { coi: scores() })),
    );
    await page.goto('/coi/');
    await worksheetReady(page);
    await page.getByLabel('Name', { exact: true }).fill('Number 101');
    await page.getByLabel('Name', { exact: true }).press('Enter');
    await expect(status(page)).toContainText('A longer list is worth less');
    expect(await storedTiers(page)).toEqual({ potential: 100 });
  });
});

test.describe('finding people', () => {
  test('search, tag and list filters, sorting, and 50 rows at a time with "show more"', async ({ page }) => {
    await seed(page, [
      person('Zoë Adams', 'potential', {
        organization: 'Harbor Law',
        tags: ['lawyers'],
        coi: scores({ likes: 1 }),
        lastContact: '2025-01-02',
      }),
      person('Bob Baker', 'core', { tags: ['faith', 'lawyers'], coi: scores(), lastContact: '2026-03-01' }),
      ...Array.from({ length: 120 }, (_, i) => person(`Triage ${String(i).padStart(3, '0')}`, 'triage')),
    ]);
    await page.goto('/coi/');
    await worksheetReady(page);
    await expect(page.getByText('Showing 50 of 122 people.')).toBeVisible();
    const names = () => page.locator('.coi-people .coi-name').allTextContents();
    expect((await names()).slice(0, 2)).toEqual(['Bob Baker', 'Zoë Adams']);

    await page.getByRole('button', { name: /Show 50 more/ }).click();
    await expect(page.getByText('Showing 100 of 122 people.')).toBeVisible();
    // Focus moves to the first newly shown person.
    await expect(page.locator('.coi-people').getByRole('button', { name: 'Triage 048', exact: true })).toBeFocused();

    await page.getByLabel('Search').fill('zoe harbor');
    await expect(page.getByText('Showing 1 of 1 person.')).toBeVisible();
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Tag').selectOption('lawyers');
    await expect(page.getByText('Showing 2 of 2 people.')).toBeVisible();
    await page.getByLabel('Sort by').selectOption('lastContact');
    expect(await names()).toEqual(['Bob Baker', 'Zoë Adams']);
    await page.getByLabel('Sort by').selectOption('name');
    expect(await names()).toEqual(['Bob Baker', 'Zoë Adams']);
    await page.getByLabel('Tag').selectOption('');
    await page.getByLabel('List', { exact: true }).selectOption('triage');
    await expect(page.getByText('Showing 50 of 120 people.')).toBeVisible();
    await page.getByLabel('Search').fill('nobody at all');
    await expect(page.getByText('Nobody matches.')).toBeVisible();
  });
});

test.describe('lunches and exports', () => {
  test('logs a lunch, shows overdue lunches, and downloads CSV and a calendar of planned lunches only', async ({
    page,
  }) => {
    await seed(page, [
      person('=Ada, "the" Lovelace', 'core', {
        organization: '@Engines',
        coi: scores({ cadenceWeeks: 4, lunches: ['2020-01-06'], offer: '+ an intro' }),
      }),
      // Added today with nothing logged: not due yet, and no lunch planned.
      person('Grace Hopper', 'core', { createdAt: Date.now(), coi: scores({ cadenceWeeks: 8 }) }),
      person('Triage Tom', 'triage'),
    ]);
    await page.goto('/coi/');
    await worksheetReady(page);
    await expect(page.locator('.coi-counts')).toContainText('1 lunch overdue');
    const month = page.locator('.coi-month');
    await expect(month.getByRole('heading', { name: 'Overdue' })).toBeVisible();
    await expect(month).toContainText(/Overdue by \d+ days/);

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the worksheet (CSV)' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^coi-worksheet-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await csvFile.path(), 'utf8');
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(4);
    expect(rows[1]?.slice(0, 3)).toEqual(['\'=Ada, "the" Lovelace', 'Core COIs', "'@Engines"]);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);

    // Nobody has a planned lunch yet: the calendar invents none, and says how to plan one.
    await month.getByRole('button', { name: 'Download your plans (.ics)' }).click();
    await expect(status(page)).toContainText('Nothing is planned from today on.');
    // Plan Grace's lunch: that one lunch goes in the file, with an alarm; Ada (overdue, no plan) does not.
    const grace = page.locator('.coi-person').filter({ hasText: 'Grace Hopper' });
    const planned = new Date(Date.now() + 10 * 86_400_000);
    const day = `${planned.getFullYear()}-${String(planned.getMonth() + 1).padStart(2, '0')}-${String(planned.getDate()).padStart(2, '0')}`;
    await grace.getByLabel('Plan next lunch').fill(day);
    await expect(grace).toContainText('Planned lunch in 10 days');
    const icsDownload = page.waitForEvent('download');
    await month.getByRole('button', { name: 'Download your plans (.ics)' }).click();
    const icsFile = await icsDownload;
    expect(icsFile.suggestedFilename()).toMatch(/^relationship-first-plans-\d{4}-\d{2}-\d{2}\.ics$/);
    await expect(status(page)).toContainText('1 planned lunch, each with a reminder');
    const cal = new ICAL.Component(ICAL.parse(readFileSync(await icsFile.path(), 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([['Lunch with Grace Hopper', day]]);
    expect(events[0]?.component.getFirstPropertyValue('rrule')).toBeNull();
    const alarm = events[0]?.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('description')).toBe(
      'Lunch with Grace Hopper tomorrow: confirm the time and place.',
    );

    // Log the overdue lunch: it leaves the overdue list.
    await month.getByRole('button', { name: /Log lunch with =Ada/ }).click();
    await expect(status(page)).toContainText('logged');
    await expect(page.locator('.coi-counts')).toContainText('0 lunches overdue');
    await expect(month.getByRole('heading', { name: 'Overdue' })).toHaveCount(0);
  });
});

/** LinkedIn's Connections.csv as LinkedIn writes it. */
const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.com,"Analytical Engines, Ltd","Lead, Research",15 Mar 2024
Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,02 Jan 2023
,,https://www.linkedin.com/in/anonymous,,,,01 Feb 2022
<img src=x onerror=alert(1)>,Turing,https://www.linkedin.com/in/alan-turing,,"=HYPERLINK(""http://evil.test"")",Mathematician,10 Oct 2021
`;

const VCF = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Okafor;Chidi;;;',
  'FN:Chidi Okafor',
  'ORG:Okafor Bakery;',
  'EMAIL;TYPE=INTERNET:chidi@example.com',
  'NOTE:Supplies bread to half the cafés in town\\, and knows every owner by na',
  ' me.',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Mei Tanaka',
  'ORG:Harbor Walkers',
  'CATEGORIES:walking,neighbours',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'EMAIL:nobody@example.com',
  'END:VCARD',
  '',
].join('\r\n');

test.describe('import', () => {
  test('a LinkedIn export: notes skipped, quoted commas kept, nameless rows reported, duplicates skipped, undo', async ({
    page,
  }) => {
    await page.goto('/coi/import/');
    const file = page.getByLabel('File to import');
    await file.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(LINKEDIN) });
    await expect(page.getByText('This is LinkedIn’s connections export')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Match the columns of Connections.csv' })).toBeFocused();
    await expect(page.getByRole('table')).toContainText('Analytical Engines, Ltd');
    await expectAccessible(page, 'import mapping step');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('3 new people will go into your triage list.')).toBeVisible();
    await expect(page.getByText('1 entry has no name and will be skipped: row 3.')).toBeVisible();
    await page.getByRole('button', { name: 'Import into triage' }).click();
    await expect(page.getByText('Done: 3 people added to triage, 1 entry without a name skipped.')).toBeVisible();
    expect(await storedTiers(page)).toEqual({ triage: 3 });

    // The same file again: every person is a duplicate; skip them all.
    await file.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(LINKEDIN) });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('3 entries look like people you already have')).toBeVisible();
    await page.getByLabel('Skip: leave them out of this import').check();
    await page.getByRole('button', { name: 'Import into triage' }).click();
    await expect(page.getByText('Done: 0 people added to triage, 3 duplicates skipped')).toBeVisible();
    expect(await storedTiers(page)).toEqual({ triage: 3 });

    await page.getByRole('link', { name: 'Open your triage list' }).click();
    await worksheetReady(page);
    await expect(page.getByLabel('List', { exact: true })).toHaveValue('triage');
    await expect(page.locator('.coi-person')).toHaveCount(3);
    // Hostile text stays text.
    await expect(nameButton(page, '<img src=x onerror=alert(1)> Turing')).toBeVisible();
    await expect(page.locator('.coi-people img')).toHaveCount(0);
    await expect(page.locator('.coi-person').filter({ hasText: 'Ada Lovelace' })).toContainText(
      'Analytical Engines, Ltd',
    );

    // Undo the first import from a fresh import run: import once more with "add anyway", then undo.
    await page.goto('/coi/import/');
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(LINKEDIN) });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Keep both: add them as separate people').check();
    await page.getByRole('button', { name: 'Import into triage' }).click();
    expect(await storedTiers(page)).toEqual({ triage: 6 });
    await page.getByRole('button', { name: 'Undo this import' }).click();
    await expect(page.getByText('The import was undone: 3 people removed')).toBeVisible();
    expect(await storedTiers(page)).toEqual({ triage: 3 });
  });

  test('a CSV with its own columns is mapped by the reader, with a preview', async ({ page }) => {
    await page.goto('/coi/import/');
    const csv = 'Who;Firm;Labels\nRuth Jones;Jones & Co;lawyers\nSam Ortiz;Riverside Walkers;walking\n';
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'crm.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByText('Pick the column that holds each person’s name')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await page.getByLabel(/Column “Who”/).selectOption('name');
    await page.getByLabel(/Column “Firm”/).selectOption('organization');
    await expect(page.getByRole('table')).toContainText('Jones & Co');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Import into triage' }).click();
    await expect(page.getByText('Done: 2 people added to triage.')).toBeVisible();
  });

  test('a vCard file from a phone: v3 and v4 cards, folded lines, a card without a name', async ({ page }) => {
    await seed(page, [person('Chidi O.', 'core', { email: 'CHIDI@example.com', coi: scores() })]);
    await page.goto('/coi/import/');
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(VCF) });
    await expect(page.getByRole('heading', { name: 'Check the import from contacts.vcf' })).toBeFocused();
    await expect(page.getByText('1 new person will go into your triage list.')).toBeVisible();
    await expect(page.getByText('1 entry looks like someone you already have')).toBeVisible();
    await expect(page.getByText('1 entry has no name and will be skipped: card 3.')).toBeVisible();
    await page.getByRole('button', { name: 'Import into triage' }).click();
    await expect(
      page.getByText('Done: 1 person added to triage, 1 merged, 1 entry without a name skipped.'),
    ).toBeVisible();
    expect(await storedTiers(page)).toEqual({ core: 1, triage: 1 });
    const chidi = await page.evaluate(() => JSON.parse(localStorage.getItem('rf:contact:seed-0') ?? '{}').data);
    expect(chidi).toMatchObject({
      name: 'Chidi O.',
      tier: 'core',
      organization: 'Okafor Bakery',
      notes: 'Supplies bread to half the cafés in town, and knows every owner by name.',
    });
    await page.goto('/coi/?list=triage');
    await worksheetReady(page);
    await expect(page.locator('.coi-person').filter({ hasText: 'Mei Tanaka' })).toContainText('Harbor Walkers');
  });

  test('empty, binary, wrong-format and 50 MB files are refused and change nothing', async ({ page }) => {
    await seed(page, [person('Kept', 'potential', { coi: scores() })]);
    await page.goto('/coi/import/');
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const huge = join(mkdtempSync(join(tmpdir(), 'coi-huge-')), 'huge.csv');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const cases: [string, string, Buffer | null, RegExp][] = [
      ['empty.csv', 'text/csv', Buffer.alloc(0), /“empty.csv” is empty/],
      ['photo.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), /PNG image/],
      ['data.bin', 'application/octet-stream', Buffer.from([1, 2, 3, 0, 0, 4, 5, 6, 7]), /not a text file/],
      ['backup.json', 'application/json', Buffer.from('{"app":"relationship-first"}'), /JSON file/],
      ['huge.csv', 'text/csv', null, /“huge.csv” is 50\.0 MB.*up to 10\.0 MB/],
    ];
    for (const [name, mimeType, buffer, message] of cases) {
      await page.getByLabel('File to import').setInputFiles(buffer ? { name, mimeType, buffer } : huge);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('Nothing was imported or changed.');
      await expect(alert).toBeFocused();
    }
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  });
});

test.describe('printing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coi-print-'));
  const pdfText = (file: string, page?: number) =>
    execFileSync('pdftotext', [
      ...(page ? ['-f', String(page), '-l', String(page)] : []),
      '-layout',
      file,
      '-',
    ]).toString();
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);

  for (const format of ['A4', 'Letter'] as const) {
    test(`the blank worksheet prints on ${format}: 12 core rows on page 1, 100 potential rows, headers on every page`, async ({
      page,
    }) => {
      await page.goto('/coi/print/blank/');
      const file = join(dir, `blank-${format}.pdf`);
      writeFileSync(file, await page.pdf({ format }));
      expect(pages(file)).toBe(5);
      const first = pdfText(file, 1);
      expect(first).toContain('Core COIs, with your lunch plan');
      expect(first).toMatch(/^\s*12\s*$/m);
      expect(first).not.toContain('Potential COIs');
      expect(first).not.toContain('Print');
      for (let p = 2; p <= 5; p++) {
        const text = pdfText(file, p);
        // The header repeats on every page, its last column included (nothing cut at the edge).
        expect(text, `page ${p}`).toContain('How they reach your');
        expect(text, `page ${p}`).toContain('Score');
      }
      expect(pdfText(file, 5)).toMatch(/^\s*100\s*$/m);
      expect(pdfText(file)).not.toMatch(/^\s*101\s*$/m);
    });
  }

  test('nothing is wider than the printable width of A4 or Letter', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    // A4 is the narrower paper: 210 mm less 2 × 12 mm margins = 186 mm ≈ 703 CSS pixels.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.goto('/coi/print/blank/');
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      tables: [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right),
    }));
    expect(widths.doc).toBeLessThanOrEqual(703);
    for (const right of widths.tables) expect(right).toBeLessThanOrEqual(703);
  });

  test('your own worksheet prints your people, best score first', async ({ page }) => {
    await seed(page, [
      person('Core Cora', 'core', { organization: 'Cora Law', coi: scores({ offer: 'A printer intro' }) }),
      person('Potential Pat', 'potential', { coi: { reach: 3, likes: 1, willing: 1, lunches: [] } }),
    ]);
    await page.goto('/coi/print/mine/');
    await expect(page.getByRole('cell', { name: /Core Cora/ })).toBeVisible();
    const file = join(dir, 'mine.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const first = pdfText(file, 1);
    expect(first).toContain('Core Cora');
    expect(first).toContain('A printer intro');
    expect(pdfText(file, 2)).toContain('Potential Pat');
    await expectAccessible(page, 'your worksheet to print');
  });

  test('the blank worksheet page is accessible', async ({ page }) => {
    await page.goto('/coi/print/blank/');
    await expectAccessible(page, 'blank worksheet');
  });
});
