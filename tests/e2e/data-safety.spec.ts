import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, islandsReady, person, stored, storedData, test } from './fixtures';

/**
 * The seams of the data layer, each as a reader would meet it: imports against data the
 * site cannot read, undo after an import, a backup's contents, two tabs on one person, the
 * limits of the lists, and a full or refusing storage.
 */

const env = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, rev: 1, at: 1, data, ...extra });
const NEWER = JSON.stringify({ v: 99, rev: 3, at: 5, data: { saved: 'by a later version of the site' } });
const DAMAGED = '{"v":1,"rev":2,"at":1,"data":{"name":"Cut short';
const SET_ASIDE = 'rf:quarantine:2026-01-01T00:00:00.000Z:rf:contact:earlier';

/** Puts raw values into storage before the site reads them (on its own origin). */
async function seed(page: Page, values: Record<string, string>) {
  await page.goto('/404/');
  await page.evaluate((v) => {
    localStorage.clear();
    for (const [k, raw] of Object.entries(v)) localStorage.setItem(k, raw);
  }, values);
}

/** A backup file made in a fresh browser with a reflection and one person, saved to disk. */
async function backupFile(context: BrowserContext, path: string): Promise<string> {
  const other = await context.browser()?.newContext();
  if (!other) throw new Error('no browser');
  const page = await other.newPage();
  await page.goto(`${test.info().project.use.baseURL}/404/`);
  await page.evaluate(
    ([a, b]) => {
      localStorage.setItem('rf:reflection:l1:p', a as string);
      localStorage.setItem('rf:contact:from-backup', b as string);
    },
    [env({ text: 'from the backup' }), env(person('Grace from the backup', 'triage'))],
  );
  await page.goto(`${test.info().project.use.baseURL}/data/`);
  await islandsReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export a backup' }).click(),
  ]);
  await download.saveAs(path);
  await other.close();
  return path;
}

test.describe('import against data the site cannot read', () => {
  test('data from a newer version locks the data page; no import can overwrite it', async ({ page, context }) => {
    const file = await backupFile(context, test.info().outputPath('backup.json'));
    await seed(page, { 'rf:contact:from-backup': NEWER, 'rf:reflection:l1:p': env({ text: 'mine' }) });
    await page.goto('/data/');
    await islandsReady(page);
    await expect(page.locator('[data-mode="locked"]')).toContainText('Read only');
    await expect(page.locator('[data-notice="locked"]')).toBeVisible();
    await expect(page.locator('[data-import-locked]')).toContainText('never changes it');
    await expect(page.getByLabel('Backup file')).toBeDisabled();
    await expect(page.getByRole('row', { name: /From a newer version of the site 1/ })).toBeVisible();
    expect(file).toMatch(/backup\.json$/);
    expect((await stored(page))['rf:contact:from-backup']).toBe(NEWER);
    // The export still holds the newer record, verbatim.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    const out = test.info().outputPath('locked-export.json');
    await download.saveAs(out);
    expect(JSON.parse(readFileSync(out, 'utf8')).verbatim['rf:contact:from-backup']).toBe(NEWER);
  });

  test('replace sets a damaged record aside instead of deleting it, and the preview says so', async ({
    page,
    context,
  }) => {
    const file = await backupFile(context, test.info().outputPath('backup.json'));
    await seed(page, { 'rf:contact:broken': DAMAGED, 'rf:reflection:l1:p': env({ text: 'mine' }) });
    await page.goto('/data/');
    await islandsReady(page);
    // The data page reads everything, so the damaged record is set aside at once, with a notice.
    await expect(page.locator('[data-notice="quarantined"]')).toContainText('set it aside instead of deleting it');
    await page.getByLabel('Backup file').setInputFiles(file);
    const preview = page.locator('[data-import-preview]');
    await expect(preview).toContainText('If you replace');
    await expect(preview).toContainText('set aside here earlier (data the site could not read) will be kept');
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByText(/this browser now holds what the backup holds/)).toBeVisible();
    const after = await stored(page);
    expect(Object.entries(after).filter(([, v]) => v === DAMAGED)).toEqual([
      [expect.stringMatching(/^rf:quarantine:.*:rf:contact:broken$/), DAMAGED],
    ]);
  });
});

test.describe('undo of an import', () => {
  for (const mode of ['Merge with my data', 'Replace my data']) {
    test(`${mode}, then undo: every key is exactly as before, set-aside data and the theme too`, async ({
      page,
      context,
    }) => {
      const file = await backupFile(context, test.info().outputPath('backup.json'));
      await seed(page, {
        'rf:reflection:l1:p': env({ text: 'mine' }),
        'rf:contact:me': env(person('Ada', 'core', { tierSince: 1 })),
        [SET_ASIDE]: 'bytes kept \u0001 as they were',
        'rf:theme': 'dark',
      });
      await page.goto('/data/');
      await islandsReady(page);
      const before = await stored(page);
      await page.getByLabel('Backup file').setInputFiles(file);
      await page.getByRole('button', { name: mode }).click();
      await expect(page.getByRole('button', { name: 'Undo the import' })).toBeVisible();
      expect(await stored(page)).not.toEqual(before);
      await page.getByRole('button', { name: 'Undo the import' }).click();
      await expect(page.getByText('The import was undone: everything is exactly as it was before.')).toBeVisible();
      expect(await stored(page)).toEqual(before);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  }
});

test.describe('a backup holds everything', () => {
  test('the page counts what the file holds; unreadable values travel verbatim and come back', async ({ page }) => {
    await seed(page, {
      'rf:contact:a': env(person('Ada', 'potential')),
      'rf:contact:b': env(person('Bo', 'potential')),
      [SET_ASIDE]: 'could not be read',
      'rf:theme': 'dark',
    });
    await page.goto('/data/');
    await islandsReady(page);
    await expect(page.getByRole('row', { name: /^Contacts 2/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Could not be read \(kept as found\) 1/ })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    await expect(page.locator('[data-export-done]')).toContainText(
      'contacts: 2; 1 unreadable value kept as found; 1 setting',
    );
    const path = test.info().outputPath('everything.json');
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(Object.keys(file.records).filter((k) => k.startsWith('rf:contact:'))).toHaveLength(2);
    expect(file.verbatim).toEqual({ [SET_ASIDE]: 'could not be read', 'rf:theme': 'dark' });

    // Into an empty browser: the set-aside value and the theme come back as they were.
    await seed(page, {});
    await page.goto('/data/');
    await islandsReady(page);
    await page.getByLabel('Backup file').setInputFiles(path);
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByText(/this browser now holds/)).toBeVisible();
    const back = await stored(page);
    expect(back[SET_ASIDE]).toBe('could not be read');
    expect(back['rf:theme']).toBe('dark');
    expect(Object.keys(back).filter((k) => k.startsWith('rf:contact:'))).toHaveLength(2);
  });
});

test.describe('writes that would break the schema', () => {
  test('the room profile stops at 1,000 codes with a message, and the room survives a reload', async ({ page }) => {
    const { encodeShareCode } = await import('../../src/domain/share-code');
    const { DIMENSION_IDS } = await import('../../src/schemas/constants');
    const codes = Array.from({ length: 1001 }, (_, i) =>
      encodeShareCode(
        Object.fromEntries(
          DIMENSION_IDS.map((d, j) => [d, j === 0 ? i % 101 : j === 1 ? Math.floor(i / 101) : 50]),
        ) as never,
      ),
    );
    await page.goto('/workshop/room/');
    await islandsReady(page);
    await page.getByLabel(/Paste share codes/).fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Add to the room' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1000 codes added' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Codes that were skipped' })).toContainText(
      'holds up to 1,000 codes and is full',
    );
    await page.reload();
    await islandsReady(page);
    await expect(page.locator('[data-room-count]')).toHaveText('(1000 people)');
    await expect(page.locator('[data-notice="quarantined"]')).toHaveCount(0);
  });

  test('a name over 200 characters is refused with a message in the worksheet, as in the planner', async ({ page }) => {
    await page.goto('/coi/');
    await islandsReady(page);
    await page.getByLabel('Name', { exact: true }).fill('N'.repeat(230));
    await page.keyboard.press('Enter');
    await expect(page.locator('.coi-status')).toContainText('Names can be up to 200 characters, and this one has 230');
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith('rf:contact:'))).toEqual([]);
  });
});

test.describe('two tabs on one person', () => {
  test('notes typed in one tab and the organisation changed in another both survive, on screen too', async ({
    context,
  }) => {
    const a = await context.newPage();
    await seed(a, {
      'rf:contact:ada': env(
        person('Ada Lovelace', 'potential', { coi: { reach: 1, likes: 1, willing: 1, lunches: [] } }),
      ),
    });
    const b = await context.newPage();
    for (const p of [a, b]) {
      await p.goto('/coi/');
      await islandsReady(p);
      await p.locator('.coi-people').getByRole('button', { name: 'Ada Lovelace', exact: true }).click();
    }
    const notesA = a.locator('#coi-details-ada').getByLabel('Notes');
    const orgB = b.locator('#coi-details-ada').getByLabel('Organization');
    // Both start typing before either has saved.
    await notesA.pressSequentially('Met at the chamber breakfast', { delay: 5 });
    await orgB.pressSequentially('Analytical Engines', { delay: 5 });
    await expect
      .poll(() => storedData(a, 'rf:contact:ada'))
      .toMatchObject({ notes: 'Met at the chamber breakfast', organization: 'Analytical Engines' });
    await expect(a.locator('#coi-details-ada').getByLabel('Organization')).toHaveValue('Analytical Engines');
    await expect(b.locator('#coi-details-ada').getByLabel('Notes')).toHaveValue('Met at the chamber breakfast');
    await expect(notesA).toHaveValue('Met at the chamber breakfast');
  });

  test('the same field in both: the later save wins, and the other tab offers its text back', async ({ context }) => {
    const a = await context.newPage();
    await seed(a, { 'rf:contact:ada': env(person('Ada Lovelace', 'potential')) });
    const b = await context.newPage();
    for (const p of [a, b]) {
      await p.goto('/coi/');
      await islandsReady(p);
      await p.locator('.coi-people').getByRole('button', { name: 'Ada Lovelace', exact: true }).click();
    }
    // Both type into the notes before either pause ends; B's save comes last.
    await a.locator('#coi-details-ada').getByLabel('Notes').fill('Written in tab A');
    await b.locator('#coi-details-ada').getByLabel('Notes').fill('Written in tab B');
    await expect.poll(() => storedData(a, 'rf:contact:ada')).toMatchObject({ notes: 'Written in tab B' });
    const notice = a.locator('[data-notice="conflict"]');
    await expect(notice).toContainText('another tab changed notes at the same time');
    await expect(notice.locator('blockquote')).toHaveText('Written in tab A');
    await notice.getByRole('button', { name: 'Put my notes back' }).click();
    await expect.poll(() => storedData(a, 'rf:contact:ada')).toMatchObject({ notes: 'Written in tab A' });
    await expect(b.locator('[data-notice="conflict"] blockquote')).toHaveText('Written in tab B');
  });
});

test.describe('the limits of the lists', () => {
  test('two tabs promoting into the last core place at the same moment end with 12, and say so', async ({
    context,
  }) => {
    const a = await context.newPage();
    await seed(a, {
      ...Object.fromEntries(
        Array.from({ length: 11 }, (_, i) => [
          `rf:contact:core${i}`,
          env(person(`Core ${i}`, 'core', { tierSince: 1, coi: { reach: 3, likes: 3, willing: 3, lunches: [] } })),
        ]),
      ),
      'rf:contact:pa': env(person('Tab A pick', 'potential', { coi: { reach: 3, likes: 3, willing: 3, lunches: [] } })),
      'rf:contact:pb': env(person('Tab B pick', 'potential', { coi: { reach: 3, likes: 3, willing: 3, lunches: [] } })),
    });
    const b = await context.newPage();
    for (const p of [a, b]) {
      await p.goto('/coi/');
      await islandsReady(p);
    }
    // Both clicks in the same instant: neither tab can see the other's move before making its own.
    await Promise.all([
      a.evaluate(
        (label) =>
          [...document.querySelectorAll<HTMLButtonElement>('button')]
            .find((el) => el.textContent?.includes(label))
            ?.click(),
        'move Tab A pick to your core list',
      ),
      b.evaluate(
        (label) =>
          [...document.querySelectorAll<HTMLButtonElement>('button')]
            .find((el) => el.textContent?.includes(label))
            ?.click(),
        'move Tab B pick to your core list',
      ),
    ]);
    const cores = async (p: Page) =>
      p.evaluate(
        () =>
          Object.entries(localStorage).filter(
            ([k, v]) => k.startsWith('rf:contact:') && JSON.parse(v).data.tier === 'core',
          ).length,
      );
    await expect.poll(() => cores(a)).toBe(12);
    for (const p of [a, b]) await expect(p.locator('.coi-counts')).toContainText('12 of 12 core');
  });

  test('the planner cannot add a 13th core relationship', async ({ page }) => {
    await seed(
      page,
      Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [
          `rf:contact:core${i}`,
          env(person(`Core ${i}`, 'core', { tierSince: 1 })),
        ]),
      ),
    );
    await page.goto('/planner/');
    await expect(page.locator('.planner-parts[data-ready]')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Thirteenth');
    await page.getByLabel('Kind of relationship').first().selectOption('core');
    await page.getByRole('button', { name: 'Add relationship' }).click();
    await expect(page.locator('#add-error')).toContainText('already holds 12 people');
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith('rf:contact:'))).toHaveLength(12);
  });
});

test.describe('one true message for each outcome', () => {
  /** Fills the rest of the origin's storage with another app's data. */
  const fillStorage = (page: Page) =>
    page.evaluate(() => {
      let i = 0;
      for (let size = 256 * 1024; size >= 8; size = Math.floor(size / 2)) {
        try {
          for (;;) localStorage.setItem(`other-app-${i++}`, 'x'.repeat(size));
        } catch {
          // full at this size: try smaller pieces
        }
      }
    });

  test('a give planned while storage is full says it was not planned', async ({ page }) => {
    await seed(page, { 'rf:contact:ana': env(person('Ana Lopez', 'other', { planner: {} })) });
    await page.goto('/planner/');
    await expect(page.locator('.planner-parts[data-ready]')).toBeVisible();
    await page.getByRole('button', { name: 'Ana Lopez', exact: true }).click();
    const ana = page.locator('.person-detail').filter({ has: page.getByRole('heading', { name: 'Ana Lopez' }) });
    await ana.getByRole('radio', { name: 'Something to do later' }).check();
    await ana.getByLabel('What you will do').selectOption({ label: 'Help or a favor' });
    await fillStorage(page);
    await ana.getByRole('button', { name: 'Plan it' }).click();
    await expect(page.locator('#people-status')).toContainText('Not planned: Help or a favor');
    await expect(page.locator('#people-status')).not.toContainText('Planned for');
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith('rf:plan:'))).toEqual([]);
  });

  test('an import into a full storage says how many were saved, and nothing unsaved stays on screen', async ({
    page,
  }) => {
    await page.goto('/coi/import/');
    await islandsReady(page);
    const rows = Array.from({ length: 3000 }, (_, i) => `Person ${i},Org ${i},someone${i}@example.com`);
    await fillStorage(page);
    // Free room for a few hundred people.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)
        .filter((k) => k.startsWith('other-app-'))
        .slice(0, 2))
        localStorage.removeItem(k);
    });
    await page.getByLabel('File to import').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`Name,Company,Email\n${rows.join('\n')}\n`),
    });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Import into triage' }).click();
    const done = page.getByRole('status').filter({ hasText: /did not fit in this browser’s storage/ });
    await expect(done).toBeVisible();
    const saved = Object.keys(await stored(page)).filter((k) => k.startsWith('rf:contact:')).length;
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(3000);
    await expect(done).toContainText(`Done: ${saved} people added to triage`);
    await expect(done).toContainText(`The other ${3000 - saved} people did not fit`);
  });

  test('a browser whose storage refuses every write is not reported as saving', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/data/');
    await islandsReady(page);
    await expect(page.locator('[data-mode="memory"]')).toContainText('Not being saved');
    await expect(page.locator('[data-notice="memory"]')).toBeVisible();
  });
});

test.describe('changes the reader is told about', () => {
  test('a vCard 2.1 file from an older phone imports with its accents and notes', async ({ page }) => {
    await page.goto('/coi/import/');
    await islandsReady(page);
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller',
      'TEL;WORK;VOICE:+49 30 1234',
      'NOTE;ENCODING=QUOTED-PRINTABLE:Met at the trade fair=0D=0AAsk about the bakery=',
      ' expansion',
      'END:VCARD',
      '',
    ].join('\r\n');
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'old.vcf', mimeType: 'text/vcard', buffer: Buffer.from(card) });
    await expect(page.getByText('1 new person will go into your triage list.')).toBeVisible();
    await page.getByRole('button', { name: 'Import into triage' }).click();
    await expect(page.getByText(/Done: 1 person added to triage/)).toBeVisible();
    const people = Object.entries(await stored(page)).filter(([k]) => k.startsWith('rf:contact:'));
    expect(JSON.parse(people[0]?.[1] ?? '{}').data).toMatchObject({
      name: 'Jürgen Müller',
      phone: '+49 30 1234',
      notes: 'Met at the trade fair\nAsk about the bakery expansion',
    });
  });

  test('names cut to the worksheet’s length are listed before importing', async ({ page }) => {
    await page.goto('/coi/import/');
    await islandsReady(page);
    const csv = `Name,Email\n${'Long'.repeat(60)},a@example.com\nShort Name,b@example.com\n`;
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.coi-shortened')).toContainText(
      '1 entry has a value longer than the worksheet keeps, which will be shortened: row 1 (name).',
    );
  });

  test('a 20,000-row import shows its progress instead of freezing the page', async ({ page }) => {
    await page.goto('/coi/import/');
    await islandsReady(page);
    const { linkedInExport } = await import('../bench/linkedin-export.mjs');
    const text: string = linkedInExport(20_000);
    const seen = await page.evaluate(() => {
      const values = new Set<string>();
      new MutationObserver(() => {
        const p = document.querySelector<HTMLProgressElement>('#coi-import-progress');
        if (p) values.add(`${p.previousElementSibling?.textContent} ${p.value}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
      (window as unknown as { progressSeen: Set<string> }).progressSeen = values;
      return true;
    });
    expect(seen).toBe(true);
    await page
      .getByLabel('File to import')
      .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText(/new people will go into your triage list/)).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Import into triage' }).click();
    await expect(page.getByText(/^Done: /)).toBeVisible({ timeout: 60_000 });
    const progress = await page.evaluate(() => [...(window as unknown as { progressSeen: Set<string> }).progressSeen]);
    // Each long step showed more than one state of its progress bar: the page got turns in between.
    for (const step of ['Reading the people in the file', 'Saving']) {
      expect(progress.filter((p) => p.startsWith(step)).length, step).toBeGreaterThan(1);
    }
  });
});
