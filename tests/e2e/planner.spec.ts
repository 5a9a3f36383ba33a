import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { plannerData } from '../fixtures/planner-data.mjs';
import { expect, expectAccessible, test } from './fixtures';

/** Today as the page sees it (the browser runs in this machine's time zone). */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Waits until the planner island has hydrated and read the stored data. */
async function plannerReady(page: Page) {
  await expect(page.locator('.planner-parts[data-ready]')).toBeVisible();
}

/**
 * Moves focus to `target` with the Tab key alone (Shift+Tab when it is above the current
 * focus), failing if the keyboard cannot reach it.
 */
async function tabTo(page: Page, target: Locator, max = 250) {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    const where = await target.evaluate((el) => {
      const a = document.activeElement;
      if (a === el) return 'here';
      if (!a || a === document.body) return 'after';
      return a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`The keyboard could not reach ${target}`);
}

/** Chooses an option in a focused select by typing the start of its label. */
async function choose(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  await page.keyboard.type(label, { delay: 20 });
  await expect(select.locator('option:checked')).toHaveText(new RegExp(`^${label}`));
}

/** Stored planner records of one kind, decoded. */
async function records<T>(page: Page, prefix: string): Promise<T[]> {
  const raw = await page.evaluate((p) => Object.entries(localStorage).filter(([k]) => k.startsWith(p)), prefix);
  return raw.map(([, v]) => JSON.parse(v).data as T);
}

/** Puts planner data in storage before the page's scripts run (once per test). */
async function seed(page: Page, data: Record<string, string>) {
  await page.addInitScript((d) => {
    if (sessionStorage.getItem('planner-seeded')) return;
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, v);
    sessionStorage.setItem('planner-seeded', '1');
  }, data);
}

/** A person as stored, for hand-made fixtures. */
const env = (data: unknown) => JSON.stringify({ v: 1, rev: 1, at: 1, data });
const person = (name: string, extra = {}) =>
  env({ name, tier: 'other', tags: [], createdAt: Date.now() - 86_400_000, planner: {}, ...extra });

test.describe('giving-first planner', () => {
  test('keyboard only: add people, log gives and an ask, heed the warning, plan and complete a give, write a message, introduce two people', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/planner/');
    await plannerReady(page);

    // Add two relationships.
    const name = page.getByLabel('Name', { exact: true });
    await tabTo(page, name);
    await page.keyboard.type('Ana Lopez');
    await page.keyboard.press('Enter');
    await expect(page.locator('#people-status')).toContainText('Added Ana Lopez');
    const ana = page.locator('.person-detail').filter({ has: page.getByRole('heading', { name: 'Ana Lopez' }) });
    await expect(ana.getByRole('heading', { name: 'Ana Lopez' })).toBeFocused();

    // Two gives and an ask for Ana: no warning, since her account can carry it.
    for (const [kind, note] of [
      ['Resource shared', 'Sent the pricing article'],
      ['Introduction made', 'Introduced her to a printer'],
    ] as const) {
      await choose(page, ana.getByLabel('What happened'), kind);
      await tabTo(page, ana.getByLabel('Note (optional)'));
      await page.keyboard.type(note);
      await tabTo(page, ana.getByRole('button', { name: 'Log it' }));
      await page.keyboard.press('Enter');
      await expect(page.locator('#people-status')).toContainText(`Logged for Ana Lopez: ${kind}`);
    }
    await choose(page, ana.getByLabel('What happened'), 'Asked for a testimonial');
    await expect(ana.locator('[data-ask-warning]')).toHaveCount(0);
    await tabTo(page, ana.getByRole('button', { name: 'Log it' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#people-status')).toContainText('Asked for a testimonial');
    await expect(ana.getByText('2 gives to 1 ask')).toBeVisible();
    await expect(ana.locator('.stats')).toContainText('+1');

    // Ben is new: an ask warns, and the warning offers to plan a give first.
    await tabTo(page, name);
    await page.keyboard.type('Ben Okafor');
    await choose(page, page.getByLabel('Kind of relationship').first(), 'Core');
    await tabTo(page, page.getByRole('button', { name: 'Add relationship' }));
    await page.keyboard.press('Enter');
    const ben = page.locator('.person-detail').filter({ has: page.getByRole('heading', { name: 'Ben Okafor' }) });
    await expect(ben.getByRole('heading', { name: 'Ben Okafor' })).toBeFocused();
    await choose(page, ben.getByLabel('What happened'), 'Asked for a referral');
    const warning = ben.locator('[data-ask-warning]');
    await expect(warning).toContainText('You have not logged a give to Ben Okafor yet');
    await tabTo(page, warning.getByRole('button', { name: 'Plan a give first' }));
    await page.keyboard.press('Enter');
    await expect(ben.getByLabel('What you will do')).toBeFocused();
    await expect(ben.getByRole('radio', { name: 'Something to do later' })).toBeChecked();
    await choose(page, ben.getByLabel('What you will do'), 'Help or a favor');
    await tabTo(page, ben.getByLabel('Note (optional)'));
    await page.keyboard.type('Send him the bookkeeper list');
    await tabTo(page, ben.getByRole('button', { name: 'Plan it' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#people-status')).toContainText('Planned for Ben Okafor: Help or a favor');

    // The plan shows under this week; marking it done logs it in Ben's ledger.
    const done = page.locator('#week').getByRole('button', { name: 'Done: Help or a favor for Ben Okafor' });
    await tabTo(page, done);
    await page.keyboard.press('Enter');
    await expect(page.locator('#week-status')).toContainText('logged in the ledger today');
    await expect(page.locator('#week-status')).toBeFocused();
    const benEntries = (await records<{ contactId: string; kind: string; note: string }>(page, 'rf:ledger:')).filter(
      (e) => e.note === 'Send him the bookkeeper list',
    );
    expect(benEntries.map((e) => e.kind)).toEqual(['help']);

    // Write a give-first message to Ana on its own page, copy it, and log it.
    await tabTo(page, page.getByRole('button', { name: 'Ana Lopez', exact: true }));
    await page.keyboard.press('Enter');
    await expect(ana.getByRole('heading', { name: 'Ana Lopez' })).toBeFocused();
    const toAna = ana.getByRole('link', { name: 'Write a give-first message to Ana Lopez' });
    await tabTo(page, toAna);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/planner\/message\/\?to=/);
    await expect(page.locator('.composer[data-ready]')).toBeVisible();
    await expect(page.getByLabel('To', { exact: true })).toHaveValue(/.+/);
    await tabTo(page, page.getByLabel('Something you noticed about them (optional)'));
    await page.keyboard.type('I enjoyed your talk on cash flow');
    const draft = page.getByLabel('Your message');
    await expect(draft).toHaveValue(/^Hi Ana,\n\nThank you for connecting\. I enjoyed your talk on cash flow\./);
    await expect(page.getByText('Nothing here reads like an ask.')).toBeVisible();
    // A link added by hand is pointed out, with the reason.
    await tabTo(page, draft);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nPS: see https://example.com/my-course');
    await expect(page.locator('[data-findings]')).toContainText('“https://example.com/my-course”');
    await expect(page.locator('[data-findings]')).toContainText('reads as a pitch');
    await tabTo(page, page.getByRole('button', { name: 'Copy message' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#compose-status')).toContainText('Copied. Paste it into your message to Ana Lopez.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await draft.inputValue());
    await tabTo(page, page.getByRole('button', { name: 'Log it as a give to Ana Lopez' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#compose-status')).toContainText('Logged as a give to Ana Lopez.');
    await tabTo(page, page.getByRole('link', { name: 'Back to the giving-first planner' }));
    await page.keyboard.press('Enter');
    await plannerReady(page);

    // Introduce Ana and Ben in the introduction planner, one step at a time.
    await tabTo(page, page.locator('#intros').getByRole('link', { name: 'Plan an introduction' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.intro-planner[data-ready]')).toBeVisible();
    await choose(page, page.getByLabel('First person to ask'), 'Ana');
    await choose(page, page.getByLabel('Second person to ask'), 'Ben');
    await tabTo(page, page.getByLabel('Why they should meet: what each would gain'));
    await page.keyboard.type('Ana needs a bookkeeper; Ben is one.');
    await tabTo(page, page.getByRole('button', { name: 'Add the introduction' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#intro-status')).toContainText('Next, ask Ana Lopez privately.');
    for (const step of ['Asked Ana Lopez', 'Asked Ben Okafor', 'Introduced']) {
      await tabTo(page, page.locator('.intro-list').getByRole('button', { name: `Next: ${step}` }));
      await page.keyboard.press('Enter');
      await expect(page.locator('#intro-status')).toContainText(step.replace(/^./, (c) => c.toLowerCase()));
    }
    await expect(page.locator('#intro-status')).toContainText(
      'A give was logged in both Ana Lopez’s and Ben Okafor’s ledgers.',
    );
    const intros = (await records<{ kind: string; note: string }>(page, 'rf:ledger:')).filter(
      (e) => e.kind === 'introduction' && e.note.startsWith('Introduced to'),
    );
    expect(intros.map((e) => e.note).sort()).toEqual(['Introduced to Ana Lopez', 'Introduced to Ben Okafor']);

    // The planner's summary and My progress reflect it all.
    await tabTo(page, page.getByRole('link', { name: 'Back to the giving-first planner' }));
    await page.keyboard.press('Enter');
    await plannerReady(page);
    await expect(page.locator('.planner-summary')).toContainText('Gives this week6');
    await expect(page.locator('.intro-summary')).toContainText('Ana Lopez and Ben Okafor · next: followed up');
    await page.goto('/me/');
    await expect(page.getByText('6 gives this week · 6 gives to 1 ask in all · 0 stalled')).toBeVisible();
  });

  test('skipping introduction steps needs a confirmation that names what is skipped', async ({ page }) => {
    await seed(page, { 'rf:contact:a1': person('Ana Lopez'), 'rf:contact:b1': person('Ben Okafor') });
    await page.goto('/planner/introductions/');
    await expect(page.locator('.intro-planner[data-ready]')).toBeVisible();
    await page.getByLabel('First person to ask').selectOption({ label: 'Ana Lopez' });
    await page.getByLabel('Second person to ask').selectOption({ label: 'Ben Okafor' });
    await page.getByRole('button', { name: 'Add the introduction' }).click();
    const card = page.locator('.intro-card');
    await card.getByLabel('Move to').selectOption({ label: 'Introduced' });
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(card.getByRole('alert')).toContainText('passes over: asked Ana Lopez, then asked Ben Okafor');
    await expect(card.getByRole('button', { name: 'Yes, move it anyway' })).toBeFocused();
    expect(await records(page, 'rf:ledger:')).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page.locator('#intro-status')).toContainText('Passed over: asked Ana Lopez, asked Ben Okafor');
    await expect(card.locator('.steps .skipped')).toHaveCount(2);
    expect(await records(page, 'rf:ledger:')).toHaveLength(2);
    // Back before "introduced" takes both gives out again.
    await card.getByRole('button', { name: /^Back to/ }).click();
    await expect(page.locator('#intro-status')).toContainText('taken out of both ledgers');
    expect(await records(page, 'rf:ledger:')).toEqual([]);
  });

  test('the listening routine ticks per week, logs replies as gives, and shows the streak', async ({ page }) => {
    await seed(page, { 'rf:contact:z1': person('Zoë Example', { planner: { listen: ['listen', 'reply'] } }) });
    await page.goto('/planner/');
    await plannerReady(page);
    await expect(page.locator('#listening')).toContainText('No streak yet · This week: 0 of 2 done.');
    await page.locator('#listening').getByRole('link', { name: 'Open this week’s routine' }).click();
    const routine = page.locator('.routine-page[data-ready]');
    await expect(routine.getByText('No streak yet')).toBeVisible();
    await routine
      .getByRole('group', { name: /Listen to/ })
      .getByRole('checkbox', { name: 'Zoë Example' })
      .check();
    expect(await records(page, 'rf:ledger:')).toEqual([]);
    const reply = routine.getByRole('group', { name: /Reply to/ }).getByRole('checkbox', { name: 'Zoë Example' });
    await reply.check();
    await expect(page.locator('#listen-status')).toHaveText('Ticked, and logged as a give to Zoë Example.');
    await expect(reply).toBeFocused();
    await expect(routine.getByText('1 week in a row')).toBeVisible();
    await expect(routine).toContainText('2 of 2 done');
    expect((await records<{ kind: string }>(page, 'rf:ledger:')).map((e) => e.kind)).toEqual(['comment']);
    await page.goto('/planner/');
    await expect(page.locator('#listening')).toContainText('1 week in a row · This week: 2 of 2 done.');
    await page.goBack();
    await reply.uncheck();
    await expect(routine.getByText('No streak yet')).toBeVisible();
    expect(await records(page, 'rf:ledger:')).toEqual([]);
  });

  test('a stalled relationship gets a step up the ladder, planned in one move, or put off', async ({ page }) => {
    const old = Date.now() - 200 * 86_400_000;
    await seed(page, {
      'rf:contact:a1': env({ name: 'Ana Lopez', tier: 'core', tags: [], createdAt: old, planner: { rung: 'email' } }),
      'rf:contact:b1': env({
        name: 'Ben Okafor',
        tier: 'core',
        tags: [],
        createdAt: old,
        planner: { rung: 'comment' },
      }),
    });
    await page.goto('/planner/');
    await plannerReady(page);
    const ladder = page.locator('#ladder');
    await expect(ladder.getByRole('heading', { name: 'Ready for a step up (2)' })).toBeVisible();
    await expect(ladder).toContainText('Ana Lopez: Email → Phone call');
    await expect(page.locator('#slipping')).toContainText('2 people past their window');
    await ladder.getByRole('button', { name: 'Plan this step with Ana Lopez' }).click();
    const form = page.locator('#week');
    await expect(form.getByLabel('What you will do')).toBeFocused();
    await expect(form.getByLabel('Person')).toHaveValue('a1');
    await expect(form.getByLabel('Channel')).toHaveValue('phone');
    await form.getByRole('button', { name: 'Plan it' }).click();
    await expect(page.locator('#week-status')).toContainText('Planned for Ana Lopez: Time together');
    // With the step planned, Ana is no longer quiet (the shared due rule counts the plan): Ben is left.
    await expect(ladder.getByRole('heading', { name: 'Ready for a step up (1)' })).toBeVisible();
    await ladder.getByRole('button', { name: 'Not now for Ben Okafor' }).click();
    await expect(page.locator('#ladder-status')).toContainText('No step-up suggestion for Ben Okafor for 30 days.');
    await expect(ladder.getByRole('heading', { name: 'Ready for a step up (0)' })).toBeVisible();
  });

  test('adding someone who is already saved asks to use them or keep both', async ({ page }) => {
    await seed(page, {
      'rf:contact:s1': env({
        name: 'Smith, Anna',
        organization: 'Harbor Law',
        tier: 'triage',
        tags: [],
        createdAt: Date.now() - 86_400_000,
      }),
    });
    await page.goto('/planner/');
    await plannerReady(page);
    const question = page.locator('.add-twin [role="alert"]');

    // Typed in another order and case, without the organization: the same rule as the worksheet's.
    await page.locator('#add-name').fill('anna SMITH');
    await page.locator('#add-name').press('Enter');
    await expect(question).toHaveText(
      'anna SMITH may already be saved: Smith, Anna (Harbor Law) is in triage (same name). Use the saved one, or keep both?',
    );
    await expect(page.getByRole('button', { name: 'Use the saved one' })).toBeFocused();
    await expectAccessible(page, 'the planner asking about a look-alike');
    await page.keyboard.press('Enter');
    await expect(page.locator('#people-status')).toContainText('Smith, Anna is now in your planner.');
    expect(await records(page, 'rf:contact:')).toHaveLength(1);
    await expect(page.getByRole('heading', { name: 'Smith, Anna', exact: true })).toBeFocused();

    // Asked again, the reader keeps both: the new person remembers who they are not.
    await page.locator('#add-name').fill('Anna Smith');
    await page.getByRole('button', { name: 'Add relationship' }).click();
    await expect(question).toContainText('Smith, Anna (Harbor Law)');
    await page.getByRole('button', { name: 'Keep both' }).click();
    await expect(page.locator('#people-status')).toContainText('Added Anna Smith.');
    const people = await records<{ name: string; notSameAs?: string[] }>(page, 'rf:contact:');
    expect(people.map((p) => [p.name, p.notSameAs]).sort()).toEqual([
      ['Anna Smith', ['s1']],
      ['Smith, Anna', undefined],
    ]);

    // Someone new is added at once, with no question.
    await page.locator('#add-name').fill('Cy Novak');
    await page.getByRole('button', { name: 'Add relationship' }).click();
    await expect(page.locator('#people-status')).toContainText('Added Cy Novak.');
    await expect(question).toHaveCount(0);
  });

  test('deleting a relationship with entries asks first and can be undone', async ({ page }) => {
    await seed(page, {
      'rf:contact:a1': person('Ana Lopez'),
      'rf:contact:b1': person('Ben Okafor'),
      'rf:contact:c1': person('Cy Novak'),
      'rf:ledger:e1': env({ contactId: 'a1', date: today(), kind: 'gift', note: 'Book', createdAt: 1 }),
      'rf:ledger:e2': env({ contactId: 'a1', date: today(), kind: 'help', note: '', createdAt: 2 }),
      'rf:intro:i1': env({ a: 'a1', b: 'b1', why: '', step: 'idea', reached: { idea: today() }, createdAt: 1 }),
    });
    await page.goto('/planner/');
    await plannerReady(page);
    await page.getByRole('button', { name: 'Ana Lopez', exact: true }).click();
    await page.getByRole('button', { name: 'Delete Ana Lopez' }).click();
    await expect(page.getByText('Delete Ana Lopez together with 2 ledger entries and 1 introduction?')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yes, delete Ana Lopez' })).toBeFocused();
    await expectAccessible(page, 'the planner asking before deleting someone with entries');
    expect(await records(page, 'rf:contact:')).toHaveLength(3);
    await page.keyboard.press('Enter');
    await expect(page.locator('#people-status')).toContainText(
      'Deleted Ana Lopez with 2 ledger entries and 1 introduction.',
    );
    expect(await records(page, 'rf:ledger:')).toEqual([]);
    expect(await records(page, 'rf:intro:')).toEqual([]);
    await page.locator('#people-status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { name: 'Ana Lopez', exact: true })).toBeFocused();
    await expect(page.locator('#people-status')).toContainText(
      'Ana Lopez is back, with 2 ledger entries and 1 introduction.',
    );
    expect(await records(page, 'rf:ledger:')).toHaveLength(2);
    expect(await records(page, 'rf:intro:')).toHaveLength(1);
    await expect(page.locator('.intro-summary')).toContainText('Ana Lopez and Ben Okafor');
    // Someone with nothing logged goes at once, still with an undo.
    await page.getByRole('button', { name: 'Cy Novak', exact: true }).click();
    await page.getByRole('button', { name: 'Delete Cy Novak' }).click();
    await expect(page.locator('#people-status')).toContainText('Deleted Cy Novak.');
    expect(await records(page, 'rf:contact:')).toHaveLength(2);
  });

  test('bad input: future dates, long notes, empty names and hostile strings all behave', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('/planner/');
    await plannerReady(page);
    await page.getByRole('button', { name: 'Add relationship' }).click();
    await expect(page.locator('#add-error')).toHaveText('Type the person’s name first.');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();

    const hostile = '<img src=x onerror=alert(1)>';
    await page.getByLabel('Name', { exact: true }).fill(hostile);
    await page.keyboard.press('Enter');
    const detail = page.locator('.person-detail');
    await expect(detail.getByRole('heading', { name: hostile })).toBeVisible();

    // A date still to come is refused with a reason, and nothing is saved.
    await detail.getByLabel('What happened').selectOption({ label: 'Gift' });
    const tomorrow = await page.evaluate(() => {
      const d = new Date(Date.now() + 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await detail.getByLabel('Date').fill(tomorrow);
    await detail.getByRole('button', { name: 'Log it' }).click();
    await expect(detail.getByRole('alert')).toContainText('That date is still to come');
    await expect(detail.getByLabel('Date')).toBeFocused();
    expect(await records(page, 'rf:ledger:')).toEqual([]);

    // A very long note is cut at 500 characters, and the page says so.
    await detail.getByLabel('Date').fill(today());
    await detail.getByLabel('Note (optional)').fill(`"><script>alert(1)</script> ${'x'.repeat(600)}`);
    await expect(
      detail.getByText(/Notes hold up to 500 characters, so the last \d+ characters were left out\./),
    ).toBeVisible();
    await expect(detail.getByLabel('Note (optional)')).toHaveValue(/^.{500}$/s);
    await detail.getByRole('button', { name: 'Log it' }).click();
    const [entry] = await records<{ note: string }>(page, 'rf:ledger:');
    expect(entry?.note).toHaveLength(500);
    await expect(detail.locator('.ledger-table')).toContainText('"><script>alert(1)</script>');

    for (const path of [
      '/planner/',
      '/planner/print/mine/',
      '/planner/introductions/',
      '/planner/listening/',
      '/planner/message/',
    ]) {
      await page.goto(path);
      await expect(page.locator('[data-ready]').first()).toBeAttached();
      expect(await page.locator('[data-ready] img, [data-ready] script').count()).toBe(0);
    }
    await expect(page.getByLabel('Your message')).toHaveValue(/^Hi there,/);
    await page.getByLabel('To', { exact: true }).selectOption({ label: hostile });
    await expect(page.getByLabel('Your message')).toHaveValue(/^Hi <img,/);
    expect(dialogs).toBe(0);
  });

  test('without clipboard access the message is selected for copying by hand, and the page says so', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { get: () => undefined });
    });
    await page.goto('/planner/message/');
    await expect(page.getByLabel('Your message')).toHaveValue(/^Hi there,/);
    // The button is in the page's HTML before the composer runs: wait for it to run before clicking.
    await expect(page.locator('.composer[data-ready]')).toBeAttached();
    await page.getByRole('button', { name: 'Copy message' }).click();
    await expect(page.locator('#compose-status')).toContainText('did not let the page copy');
    const box = page.getByLabel('Your message');
    await expect(box).toBeFocused();
    const selected = await box.evaluate((el: HTMLTextAreaElement) => [
      el.selectionStart,
      el.selectionEnd,
      el.value.length,
    ]);
    expect(selected[0]).toBe(0);
    expect(selected[1]).toBe(selected[2]);
  });

  test('open plans download as a calendar file that a real parser reads, each with an alarm', async ({
    page,
  }, testInfo) => {
    await seed(page, {
      'rf:contact:a1': person('Ana, “the printer”; Lopez'),
      'rf:plan:p1': env({ contactId: 'a1', due: today(), kind: 'resource', note: 'Line one\nline two', createdAt: 1 }),
    });
    await page.goto('/planner/');
    await plannerReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /calendar file/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`relationship-first-plans-${today()}.ics`);
    await expect(page.locator('#week-status')).toContainText('1 planned give, each with a reminder');
    const file = testInfo.outputPath('plan.ics');
    await download.saveAs(file);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const [event] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event?.summary).toBe('Give: Resource shared — Ana, “the printer”; Lopez');
    expect(event?.description).toBe('Line one\nline two\nPlanned in the giving-first planner.');
    expect(event?.startDate.toString()).toBe(today());
    expect(event?.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the planner is accessible with a relationship open, in the ${scheme} theme`, async ({ page }) => {
      await seed(page, plannerData({ people: 12, entries: 60, plans: 8, intros: 2, today: today() }));
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/planner/');
      await plannerReady(page);
      await page.locator('.people-table tbody button').first().click();
      await expect(page.locator('.person-detail')).toBeVisible();
      await expectAccessible(page, `planner (${scheme})`);
    });
  }

  for (const [path, ready, label] of [
    ['/planner/message/', '', 'give-first message'],
    ['/planner/introductions/', '.intro-planner[data-ready]', 'introduction planner'],
    ['/planner/listening/', '.routine-page[data-ready]', 'listening routine'],
    ['/planner/print/blank/', '', 'blank planner sheet'],
    ['/planner/print/mine/', '.sheet-body[data-ready]', 'my planner to print'],
  ] as const) {
    test(`the ${label} page is accessible with saved data`, async ({ page }) => {
      await seed(page, plannerData({ people: 12, entries: 60, plans: 8, intros: 2, today: today() }));
      await page.goto(path);
      if (ready) await expect(page.locator(ready)).toBeVisible();
      await expectAccessible(page, label);
    });
  }

  test('stays usable with 300 relationships and 5,000 ledger entries', async ({ page }) => {
    await seed(page, plannerData({ people: 300, entries: 5000, today: today() }));
    await page.goto('/planner/');
    await plannerReady(page);
    await expect(page.getByText('300 relationships.')).toBeVisible();
    await page.getByLabel('Find a relationship by name').fill('Ana');
    await expect(page.getByText(/\d+ matches of 300\./)).toBeVisible();
    await page.locator('.people-table tbody button').first().click();
    const detail = page.locator('.person-detail');
    await detail.getByLabel('What happened').selectOption({ label: 'Gift' });
    await detail.getByRole('button', { name: 'Log it' }).click();
    await expect(page.locator('#people-status')).toContainText('Logged for');
  });
});

test.describe('planner print sheets', () => {
  /** Prints the page to PDF on a paper size and returns its text and page count (pdftotext and pdfinfo). */
  async function printed(page: Page, path: string, format: 'A4' | 'Letter') {
    await page.pdf({ path, format, printBackground: true });
    const text = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
    const info = execFileSync('pdfinfo', [path]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    return { text, pages, width: Number(size?.[1]), height: Number(size?.[2]) };
  }

  for (const format of ['A4', 'Letter'] as const) {
    test(`the blank sheet prints on ${format} with every part and no site chrome`, async ({ page }, testInfo) => {
      await page.goto('/planner/print/blank/');
      const pdf = await printed(page, testInfo.outputPath(`blank-${format}.pdf`), format);
      expect(Math.abs(pdf.width - (format === 'A4' ? 595.3 : 612))).toBeLessThan(2);
      expect(Math.abs(pdf.height - (format === 'A4' ? 841.9 : 792))).toBeLessThan(2);
      expect(pdf.pages).toBeGreaterThanOrEqual(1);
      expect(pdf.pages).toBeLessThanOrEqual(3);
      for (const text of [
        'Giving-first planner',
        'This week’s gives',
        'Monday',
        'Sunday',
        'Ledger',
        'The give-first message',
        'If there is someone in my network you would like to meet',
        'Introduction steps (double opt-in)',
        'Followed up',
      ])
        expect(pdf.text).toContain(text);
      for (const chrome of ['Skip to content', 'Print this sheet', 'Back to the planner', 'My progress'])
        expect(pdf.text).not.toContain(chrome);
    });

    test(`my own planner prints on ${format} with my data`, async ({ page }, testInfo) => {
      const data = plannerData({ people: 8, entries: 40, plans: 6, intros: 2, today: today() });
      data['rf:contact:zz'] = person('Zoë Example', { planner: { rung: 'phone', listen: ['reply'] } });
      data['rf:ledger:zz1'] = env({ contactId: 'zz', date: today(), kind: 'gift', note: 'A plant', createdAt: 9 });
      await seed(page, data);
      await page.goto('/planner/print/mine/');
      await expect(page.locator('.sheet-body[data-ready]')).toBeVisible();
      const pdf = await printed(page, testInfo.outputPath(`mine-${format}.pdf`), format);
      for (const text of [
        'My giving-first planner',
        'This week:',
        'Relationships',
        'Zoë Example',
        'Give: Gift',
        'A plant',
        'Ledger: the last 30 days',
        'Listening routine this week',
        'Introductions',
        'The give-first message',
      ])
        expect(pdf.text).toContain(text);
      expect(pdf.text).not.toContain('Ledger entries to include');
      expect(pdf.pages).toBeGreaterThanOrEqual(2);
    });
  }

  test('printing my planner with nothing saved says so instead of printing an empty table', async ({ page }) => {
    await page.goto('/planner/print/mine/');
    await expect(page.getByText('Your planner is empty in this browser')).toBeVisible();
  });
});
