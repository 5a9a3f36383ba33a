import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  islandsReady,
  LESSON_IDS,
  person,
  seedRecords,
  stored,
  storedData,
  test,
} from './fixtures';

const L1 = `/lessons/${LESSON_IDS[0]}/`;
const L2 = `/lessons/${LESSON_IDS[1]}/`;

/** Waits until the first reflection of module 1 is saved with this text. */
async function reflectionSaved(page: Page, text: string) {
  await expect
    .poll(async () => {
      const all = await stored(page);
      return Object.entries(all).some(([k, v]) => k.startsWith('rf:reflection:') && v.includes(text));
    })
    .toBe(true);
}

/** Waits until the lesson's memory has loaded (it marks the completion box as bound). */
async function lessonReady(page: Page) {
  await expect(page.locator('[data-completion][data-bound]')).toBeVisible();
}

test.describe('lesson progress', () => {
  test('completion, reflections and answers survive a reload, and show in menus and on home', async ({ page }) => {
    await page.goto(L1);
    await lessonReady(page);
    const box = page.getByRole('textbox').first();
    await box.fill('The bakery on Elm Street: the owner knows my name.');
    await page.locator('.question').first().getByRole('radio').nth(1).check();
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await expect(page.getByText('✓ You completed this module.')).toBeVisible();
    await expect(page.locator('[data-reflection-status]')).toHaveText('Your answers are saved in this browser.');

    await page.reload();
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('The bakery on Elm Street: the owner knows my name.');
    await expect(page.locator('.question').first().getByRole('radio').nth(1)).toBeChecked();
    await expect(page.locator('.question').first().locator('.answers')).toHaveJSProperty('open', true);
    await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
    await expect(page.locator(`.module-menu [data-lesson-link="${LESSON_IDS[0]}"] .done-mark`)).toHaveCount(1);

    await page.goto('/');
    await expect(page.getByText(`1 of ${LESSON_IDS.length} modules complete`)).toBeVisible();
    await expect(page.locator(`[data-done-badge="${LESSON_IDS[0]}"]`)).toBeVisible();
    await expect(page.getByRole('link', { name: /Continue where you left off: Module 2/ })).toBeVisible();

    // Undo completion.
    await page.goto(L1);
    await page.getByRole('button', { name: 'Mark as not complete' }).click();
    await expect(page.getByRole('button', { name: 'Mark this module complete' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByText(`0 of ${LESSON_IDS.length} modules complete`)).toBeVisible();
  });

  test('what the reader does before the lesson’s memory has loaded is kept', async ({ page }) => {
    // Hold the script that saves (it loads after first paint) until the reader has acted.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Also before the page's own scripts arrive (they load after first paint): nothing marks the fields then.
    await page.route('**/_astro/LessonLayout.astro_astro_type_script_index_0_lang.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.route('**/_astro/lesson-progress.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(L1);
    const completion = page.locator('[data-completion]');
    await expect(completion).toBeVisible();
    await expect(completion).not.toHaveAttribute('data-bound', /.*/);
    await page.getByRole('textbox').first().fill('Typed while the page was still loading.');
    await page.locator('.question').first().getByRole('radio').nth(2).check();
    // Completing waits for the memory: the button cannot be pressed in vain.
    const complete = page.getByRole('button', { name: 'Mark this module complete' });
    await expect(complete).toBeDisabled();
    release();
    await lessonReady(page);
    await complete.click();
    await expect(page.getByText('✓ You completed this module.')).toBeVisible();
    await reflectionSaved(page, 'Typed while the page was still loading.');
    await page.unroute('**/_astro/lesson-progress.*.js');
    await page.unroute('**/_astro/LessonLayout.astro_astro_type_script_index_0_lang.*.js');
    await page.reload();
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('Typed while the page was still loading.');
    await expect(page.locator('.question').first().getByRole('radio').nth(2)).toBeChecked();
    await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
  });

  test('a page reopened with text the browser kept does not overwrite what another tab saved since', async ({
    context,
  }) => {
    const a = await context.newPage();
    await a.goto(L1);
    await lessonReady(a);
    await a.getByRole('textbox').first().fill('first draft');
    await reflectionSaved(a, 'first draft');
    await a.goto(L2);
    const b = await context.newPage();
    await b.goto(L1);
    await lessonReady(b);
    await b.getByRole('textbox').first().fill('second draft, from the other tab');
    await reflectionSaved(b, 'second draft, from the other tab');
    await a.goBack();
    await lessonReady(a);
    await expect(a.getByRole('textbox').first()).toHaveValue('second draft, from the other tab');
  });

  test('a reload straight after typing keeps the text', async ({ page }) => {
    await page.goto(L2);
    await lessonReady(page);
    await page.getByRole('textbox').first().pressSequentially('typed just before reload', { delay: 5 });
    await page.reload();
    await lessonReady(page);
    await expect(page.getByRole('textbox').first()).toHaveValue('typed just before reload');
  });

  test('back and forward navigation keeps edits', async ({ page }) => {
    await page.goto(L1);
    await lessonReady(page);
    await page.getByRole('textbox').nth(1).fill('before leaving');
    await page.goto(L2);
    await page.goBack();
    await lessonReady(page);
    await expect(page.getByRole('textbox').nth(1)).toHaveValue('before leaving');
  });

  test('My progress lists modules, reflections and tool summaries', async ({ page }) => {
    await page.goto(L1);
    await lessonReady(page);
    await page.getByRole('textbox').first().fill('Reflection for my progress page');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await page.goto('/me/');
    await islandsReady(page);
    await expect(page.getByText(`1 of ${LESSON_IDS.length} modules complete`)).toBeVisible();
    await expect(page.locator(`[data-module-row="${LESSON_IDS[0]}"]`)).toContainText('Completed');
    await expect(page.getByText('Reflection for my progress page')).toBeVisible();
    await expect(page.getByText('0 of 12 core · 0 of 100 potential')).toBeVisible();
    await expectAccessible(page, 'my progress');
  });
});

test.describe('two tabs', () => {
  test('edits to different records both survive; the same record takes the later edit', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(L1);
    await b.goto(L1);
    await lessonReady(a);
    await lessonReady(b);
    await a.getByRole('textbox').nth(0).fill('written in tab A');
    await b.getByRole('textbox').nth(1).fill('written in tab B');
    // Each tab shows the other's edit without a reload.
    await expect(a.getByRole('textbox').nth(1)).toHaveValue('written in tab B');
    await expect(b.getByRole('textbox').nth(0)).toHaveValue('written in tab A');

    await a.getByRole('button', { name: 'Mark this module complete' }).click();
    await expect(b.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
    await b.getByRole('button', { name: 'Mark as not complete' }).click();
    await expect(a.getByRole('button', { name: 'Mark this module complete' })).toBeVisible();

    const c = await context.newPage();
    await c.goto(L1);
    await lessonReady(c);
    await expect(c.getByRole('textbox').nth(0)).toHaveValue('written in tab A');
    await expect(c.getByRole('textbox').nth(1)).toHaveValue('written in tab B');
    await expect(c.getByRole('button', { name: 'Mark this module complete' })).toBeVisible();
  });

  test('erasing in one tab clears the other without a crash', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(L1);
    await lessonReady(a);
    await a.getByRole('textbox').first().fill('to be erased');
    await b.goto('/data/');
    await islandsReady(b);
    await b.getByLabel('Type ERASE to confirm').fill('ERASE');
    await b.getByRole('button', { name: 'Erase everything' }).click();
    await expect(b.getByText(/Everything was erased/)).toBeVisible();
    await expect(a.getByRole('textbox').first()).toHaveValue('');
    await a.getByRole('button', { name: 'Mark this module complete' }).click();
    await expect(a.getByText('✓ You completed this module.')).toBeVisible();
  });
});

test.describe('faults', () => {
  test('corrupted storage: the page loads, says so, and keeps the raw value for download', async ({ page }) => {
    await page.addInitScript((id) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(`rf:lesson:${id}`, '{"v":1,"rev":1,"at":1,"data":{"completed":"not a boolean"');
        localStorage.setItem(`rf:reflection:${id}:x`, 'definitely not json');
        sessionStorage.setItem('seeded', '1');
      }
    }, LESSON_IDS[0]);
    await page.goto(L1);
    await lessonReady(page);
    const notices = page.locator('[data-notice="quarantined"]');
    await expect(notices).toHaveCount(2);
    await expect(notices.first()).toContainText('set it aside instead of deleting it');
    const raw = await stored(page);
    const kept = Object.entries(raw).filter(([k]) => k.startsWith('rf:quarantine:'));
    expect(kept.map(([, v]) => v).sort()).toEqual(
      ['definitely not json', '{"v":1,"rev":1,"at":1,"data":{"completed":"not a boolean"'].sort(),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notices.first().getByRole('button', { name: 'Download the set-aside data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^set-aside-rf_quarantine_/);
    // The site still works, and saving does not touch the quarantined copies.
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    const after = await stored(page);
    for (const [k, v] of kept) expect(after[k]).toBe(v);
  });

  test('data from a newer version is never overwritten and the page says why', async ({ page }) => {
    const newer = JSON.stringify({ v: 99, rev: 5, at: 1, data: { future: true } });
    await page.addInitScript(
      ([id, value]) => localStorage.setItem(`rf:lesson:${id}`, value as string),
      [LESSON_IDS[0], newer],
    );
    await page.goto(L1);
    await expect(page.locator('[data-notice="locked"]')).toContainText('newer version of this site');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await page.getByRole('textbox').first().fill('will not be saved');
    await expect(page.locator('[data-reflection-status]')).toHaveText(/^Not saved: see the message at the top/);
    expect((await stored(page))[`rf:lesson:${LESSON_IDS[0]}`]).toBe(newer);
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith('rf:reflection:'))).toEqual([]);
  });

  test('blocked storage: the site works for the session and says nothing will be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(L1);
    await expect(page.locator('[data-notice="memory"]')).toContainText('will be gone when you close this page');
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await expect(page.getByText('✓ You completed this module.')).toBeVisible();
  });

  test('full storage: the edit stays on screen, the reader is told, stored data is untouched', async ({ page }) => {
    await page.goto(L1);
    await lessonReady(page);
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    // Fill the rest of the quota with another site's junk.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      let i = 0;
      try {
        for (;;) localStorage.setItem(`junk-${i++}`, chunk);
      } catch {
        // full
      }
      let small = 'x'.repeat(1024);
      while (small.length > 8) {
        try {
          localStorage.setItem(`junk-${i++}`, small);
        } catch {
          small = small.slice(0, small.length / 2);
        }
      }
    });
    const before = await page.evaluate((id) => localStorage.getItem(`rf:lesson:${id}`), LESSON_IDS[0]);
    await page.getByRole('textbox').first().fill('A long reflection that no longer fits in storage. '.repeat(20));
    await expect(page.locator('[data-notice="quota"]')).toContainText('storage for this site is full');
    await expect(page.getByRole('textbox').first()).toHaveValue(/no longer fits/);
    expect(await page.evaluate((id) => localStorage.getItem(`rf:lesson:${id}`), LESSON_IDS[0])).toBe(before);
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('junk-')) localStorage.removeItem(k);
    });
  });

  test('hostile strings stay inert everywhere they are shown', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile = ['<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><script>alert(1)</script>'];
    await page.goto(L1);
    await lessonReady(page);
    const boxes = page.getByRole('textbox');
    for (const [i, text] of hostile.entries()) await boxes.nth(i).fill(text);
    await expect
      .poll(async () => Object.keys(await stored(page)).filter((k) => k.startsWith('rf:reflection:')).length)
      .toBe(hostile.length);
    await page.goto('/me/');
    await islandsReady(page);
    for (const text of hostile) await expect(page.getByText(text, { exact: true })).toBeVisible();
    expect(await page.locator('.my-progress img').count()).toBe(0);
    expect(await page.locator('.my-progress script').count()).toBe(0);
    const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => h.startsWith('javascript:'))).toEqual([]);
    expect(dialogs).toBe(0);
  });
});

test.describe('backups', () => {
  test('export, erase, then import restores everything', async ({ page }, testInfo) => {
    await page.goto(L1);
    await lessonReady(page);
    await page.getByRole('textbox').first().fill('Keep me safe');
    await page.locator('.question').nth(1).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Mark this module complete' }).click();
    await reflectionSaved(page, 'Keep me safe');
    await expect
      .poll(async () => (await storedData(page, `rf:lesson:${LESSON_IDS[0]}`)) as object)
      .toMatchObject({
        completed: true,
      });
    const original = Object.fromEntries(
      Object.entries(await stored(page)).filter(([k]) => /^rf:(lesson|reflection):/.test(k)),
    );

    await page.goto('/data/');

    await islandsReady(page);
    await expect(page.getByRole('row', { name: /Reflections 1/ })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^relationship-first-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('backup.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).app).toBe('relationship-first');

    // Erase needs the typed word.
    const erase = page.getByRole('button', { name: 'Erase everything' });
    await expect(erase).toBeDisabled();
    await page.getByLabel('Type ERASE to confirm').fill('erase');
    await expect(erase).toBeDisabled();
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await erase.click();
    await expect(page.getByText(/Everything was erased/)).toBeVisible();
    expect(Object.keys(await stored(page)).filter((k) => k.startsWith('rf:'))).toEqual([]);

    await page.getByLabel('Backup file').setInputFiles(file);
    await expect(page.getByText('Lesson progress: 1', { exact: true })).toBeVisible();
    await expect(page.getByText('Reflections: 1', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await expect(page.getByText(/this browser now holds what the backup holds/)).toBeVisible();

    const restored = Object.fromEntries(
      Object.entries(await stored(page)).filter(([k]) => /^rf:(lesson|reflection):/.test(k)),
    );
    expect(Object.keys(restored).sort()).toEqual(Object.keys(original).sort());
    for (const [k, v] of Object.entries(original)) expect(JSON.parse(restored[k]!).data).toEqual(JSON.parse(v).data);
    await page.goto(L1);
    await expect(page.getByRole('textbox').first()).toHaveValue('Keep me safe');
  });

  test('erase can be undone in the same session', async ({ page }) => {
    await page.goto(L1);
    await lessonReady(page);
    await page.getByRole('textbox').first().fill('Undo brings me back');
    await reflectionSaved(page, 'Undo brings me back');
    await page.goto('/data/');
    await islandsReady(page);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Everything was erased/)).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Undo the erase' }).click();
    await expect(page.getByText('Your data is back.')).toBeVisible();
    await page.goto(L1);
    await expect(page.getByRole('textbox').first()).toHaveValue('Undo brings me back');
  });

  test('a file that is not a backup is refused with a reason and changes nothing', async ({ page }, testInfo) => {
    await page.goto(L1);
    await lessonReady(page);
    await page.getByRole('textbox').first().fill('still here');
    await reflectionSaved(page, 'still here');
    const before = await stored(page);
    await page.goto('/data/');
    await islandsReady(page);
    const cases: [string, string, RegExp][] = [
      ['contacts.csv', 'name,email\nAda,ada@example.com\n', /not valid JSON/],
      ['truncated.json', '{"app":"relationship-first","format":1,"exportedAt":"2026', /cut short/],
      [
        'proto.json',
        '{"app":"relationship-first","format":1,"exportedAt":"x","records":{},"__proto__":{"x":1}}',
        /"__proto__"/,
      ],
      [
        'wrong.json',
        '{"app":"relationship-first","format":1,"exportedAt":"x","records":{"rf:lesson:a":{"v":1,"rev":1,"at":1,"data":{"completed":3,"quiz":{}}}}}',
        /wrong type/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      await page.getByLabel('Backup file').setInputFiles(path);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    }
    const big = testInfo.outputPath('big.json');
    writeFileSync(big, `{"pad":"${'x'.repeat(25 * 1024 * 1024 + 10)}"}`);
    await page.getByLabel('Backup file').setInputFiles(big);
    await expect(page.getByRole('alert')).toContainText('limit is 25 MB');
    expect(await stored(page)).toEqual(before);
  });

  test.describe('the import’s code', () => {
    // Requests the page makes itself, not answered from the offline copy.
    test.use({ serviceWorkers: 'block' });

    test('loads when the reader reaches for a file; if it cannot, choosing a file says so and changes nothing', async ({
      page,
    }, testInfo) => {
      const importCode = /\/_astro\/data-import\.[\w-]+\.js$/;
      const asked: string[] = [];
      page.on('request', (r) => {
        if (importCode.test(r.url())) asked.push(r.url());
      });
      await seedRecords(page, [person('Ada Lovelace', 'core')]);
      await page.goto('/data/');
      await islandsReady(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export a backup' }).click(),
      ]);
      const file = testInfo.outputPath('backup.json');
      await download.saveAs(file);
      expect(asked).toEqual([]);

      await page.route(importCode, (route) => route.abort());
      const before = await stored(page);
      await page.getByLabel('Backup file').setInputFiles(file);
      await expect(page.getByRole('alert')).toContainText('The part of the page that reads backups did not load.');
      await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
      expect(await stored(page)).toEqual(before);

      // Reloaded, as the message says, the page asks for it as the file chooser opens.
      await page.unroute(importCode);
      await page.reload();
      await islandsReady(page);
      asked.length = 0;
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Backup file').click()]);
      await expect.poll(() => asked.length).toBeGreaterThan(0);
      await chooser.setFiles(file);
      await expect(page.getByText('Contacts: 1', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Merge with my data' }).click();
      await expect(page.getByText('Done: 0 items from the backup were added or updated.')).toBeVisible();
    });
  });

  test('the data page is accessible', async ({ page }) => {
    await page.goto('/data/');
    await islandsReady(page);
    await expect(page.getByRole('heading', { name: 'What is stored' })).toBeVisible();
    await expectAccessible(page, 'your data');
  });
});
