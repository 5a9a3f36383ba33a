import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { day, expect, expectAccessible, seedBeforeScripts, test } from './fixtures';

/**
 * The tools as one product about each person: the worksheet and the planner agree on when
 * someone is due, share one timeline per person and link to each other, and My progress
 * shows what is due this week across both, with the plans as a calendar file.
 */

const DAY = 86_400_000;

const scores = (extra: Record<string, unknown> = {}) => ({ reach: 3, likes: 3, willing: 3, lunches: [], ...extra });

/**
 * Ana, a core COI: her last lunch was 60 days ago with a six-week cadence (a lunch-only rule
 * would call her 18 days overdue), but a give was logged 10 days ago and a give-only rule
 * with a 30-day window would say 20 days left. The one rule says: due 42 days after the give.
 */
const ana = {
  name: 'Ana Lopez',
  tier: 'core',
  tags: [],
  createdAt: Date.now() - 200 * DAY,
  organization: 'Lopez Print',
  coi: scores({ cadenceWeeks: 6, lunches: [day(-60)], offer: 'An intro to the guild' }),
};
const anaLedger = {
  'rf:ledger:e1': {
    contactId: 'ana',
    date: day(-10),
    kind: 'resource',
    note: 'Sent the pricing guide',
    channel: 'email',
    createdAt: 2,
  },
  'rf:ledger:e2': { contactId: 'ana', date: day(-30), kind: 'ask-referral', note: 'Asked about Ben', createdAt: 1 },
};

async function worksheetReady(page: Page) {
  await expect(page.locator('.coi-add').getByLabel('Name', { exact: true })).toBeVisible();
}

async function plannerReady(page: Page) {
  await expect(page.locator('.planner-parts[data-ready]')).toBeVisible();
}

test.describe('one person across the tools', () => {
  test('the worksheet and the planner show the same status and days for the same person', async ({ page }) => {
    await seedBeforeScripts(page, { 'rf:contact:ana': ana, ...anaLedger });
    await page.goto('/coi/');
    await worksheetReady(page);
    const row = page.locator('.coi-person').filter({ hasText: 'Ana Lopez' });
    const inWorksheet = (await row.locator('.coi-lunch .due-text').textContent())?.trim();
    expect(inWorksheet).toMatch(/^Due in 32 days: /);
    await expect(page.locator('.coi-counts')).toContainText('0 lunches overdue');
    await expect(page.locator('.coi-month')).not.toContainText('Overdue');

    await page.goto('/planner/');
    await plannerReady(page);
    const plannerRow = page.locator('.people-table tr[data-person="Ana Lopez"]');
    await expect(plannerRow.locator('.due-text')).toHaveText(inWorksheet ?? '');
    await expect(page.locator('#slipping')).toContainText('Nobody is slipping');

    // Planning a give moves the due date in both tools alike.
    await plannerRow.getByRole('button', { name: 'Ana Lopez' }).click();
    const detail = page.locator('.person-detail');
    await detail.getByRole('radio', { name: 'Something to do later' }).check();
    await detail.getByLabel('What you will do').selectOption({ label: 'Resource shared' });
    await detail.getByLabel('Day to do it').fill(day(3));
    await detail.getByRole('button', { name: 'Plan it' }).click();
    await expect(plannerRow.locator('.due-text')).toHaveText(/^Planned give in 3 days: /);
    const planned = await plannerRow.locator('.due-text').textContent();
    await page.goto('/coi/');
    await worksheetReady(page);
    await expect(row.locator('.coi-lunch .due-text')).toHaveText(planned ?? '');
  });

  test('one timeline per person, reachable from either tool and back, by keyboard', async ({ page }) => {
    await seedBeforeScripts(page, {
      'rf:contact:ana': { ...ana, coi: { ...ana.coi, plannedLunch: day(20) } },
      'rf:plan:p1': { contactId: 'ana', due: day(5), kind: 'help', note: 'Review her flyer', createdAt: 3 },
      ...anaLedger,
    });
    await page.goto('/coi/');
    await worksheetReady(page);
    const name = page.locator('.coi-people').getByRole('button', { name: 'Ana Lopez', exact: true });
    await name.focus();
    await page.keyboard.press('Enter');
    const timeline = page.locator('.person-timeline');
    await expect(timeline.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    const lines = timeline.locator('.timeline-item .timeline-title');
    await expect(lines).toHaveText([
      /Coming up: Planned lunch/,
      /Coming up: Planned give: Help or a favor/,
      /Give: Resource shared · Email/,
      /Ask: Asked for a referral/,
      /^Lunch/,
      /Added to your contacts/,
    ]);
    await expect(timeline).toContainText('Sent the pricing guide');
    await expect(timeline).toContainText('Review her flyer');
    await expect(timeline.locator('.due-text')).toHaveText(/^Planned give in 5 days/);
    await expectAccessible(page, 'worksheet with a timeline open');

    // To the planner by keyboard: the same person opens there, with the same timeline.
    const toPlanner = timeline.getByRole('link', { name: 'Open Ana Lopez in the giving-first planner' });
    await toPlanner.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/planner\/\?person=ana#people$/);
    await plannerReady(page);
    await expect(page.locator('#person-ana-title')).toBeFocused();
    const there = page.locator('.person-detail .person-timeline');
    await expect(there.locator('.timeline-item .timeline-title')).toHaveText(await lines.allTextContents());
    await expectAccessible(page, 'planner with a timeline open');

    // And back to the worksheet, opened at the same person.
    const back = there.getByRole('link', { name: 'Open Ana Lopez in the COI worksheet' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/coi\/\?person=ana$/);
    await worksheetReady(page);
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.person-timeline')).toBeVisible();
  });

  test('someone outside the planner has a timeline in the worksheet that says how to bring them in', async ({
    page,
  }) => {
    await seedBeforeScripts(page, {
      'rf:contact:tom': { name: 'Tom Triage', tier: 'triage', tags: [], createdAt: Date.now() - 3 * DAY },
    });
    await page.goto('/coi/');
    await worksheetReady(page);
    await page.locator('.coi-people').getByRole('button', { name: 'Tom Triage', exact: true }).click();
    const timeline = page.locator('.person-timeline');
    await expect(timeline.locator('.timeline-item')).toHaveText([/Added to your contacts/]);
    await expect(timeline).toContainText('bring them into the giving-first planner');
    await expect(timeline.getByRole('link')).toHaveCount(0);
  });
});

test.describe('due this week on My progress', () => {
  test('shows lunches, planned gives and follow-ups across the tools, each linking to where it is done', async ({
    page,
  }) => {
    await seedBeforeScripts(page, {
      // Overdue by the shared rule: a lunch 50 days ago, six weeks' cadence, nothing since.
      'rf:contact:ana': { ...ana, coi: scores({ cadenceWeeks: 6, lunches: [day(-50)] }) },
      'rf:contact:ben': {
        name: 'Ben Okafor',
        tier: 'potential',
        tags: [],
        createdAt: Date.now() - 10 * DAY,
        coi: scores(),
      },
      'rf:plan:p1': { contactId: 'ben', due: day(0), kind: 'resource', note: 'Send the article', createdAt: 1 },
      'rf:contact:cy': {
        name: 'Cy Novak',
        tier: 'other',
        tags: [],
        createdAt: Date.now() - 100 * DAY,
        planner: { keepInTouchDays: 30 },
      },
      'rf:contact:dee': { name: 'Dee Imported', tier: 'triage', tags: [], createdAt: Date.now() - 400 * DAY },
    });
    await page.goto('/me/');
    const due = page.locator('.due-this-week');
    await expect(due.getByRole('heading', { name: 'Due this week' })).toBeVisible();
    await expect(due).toContainText('3 things to do by');
    const lunches = due.locator('[data-due-group="lunches"]');
    await expect(lunches.getByRole('heading', { name: 'Lunches with core COIs (1)' })).toBeVisible();
    await expect(lunches).toContainText(/Ana Lopez\s*● Overdue by 8 days/);
    await expect(due.locator('[data-due-group="gives"]')).toContainText(/Ben Okafor\s*Give: Resource shared, today/);
    await expect(due.locator('[data-due-group="follow-ups"]')).toContainText(/Cy Novak\s*● Overdue by 70 days/);
    // Someone only imported (not in the planner, not a COI) is not nagged about.
    await expect(due).not.toContainText('Dee Imported');
    // The same words as in the tools.
    await expect(page.locator('[data-tool="coi"]')).toContainText('1 lunch overdue');
    await expectAccessible(page, 'My progress with things due');

    // Each line leads to where it is done, by keyboard.
    const link = lunches.getByRole('link', { name: 'Plan or log a lunch with Ana Lopez' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/coi\/\?person=ana$/);
    await worksheetReady(page);
    await expect(page.locator('.coi-people').getByRole('button', { name: 'Ana Lopez', exact: true })).toBeFocused();
    await page.goBack();
    await due.locator('[data-due-group="gives"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/planner\/\?person=ben#people$/);
    await plannerReady(page);
    await expect(page.locator('#person-ben-title')).toBeFocused();
  });

  test('says kindly that nothing is due, the calendar holds only what was planned, with alarms, and a new reader is told where to start', async ({
    page,
  }, testInfo) => {
    await seedBeforeScripts(page, {
      'rf:contact:ana': { ...ana, coi: scores({ cadenceWeeks: 6, lunches: [day(-1)], plannedLunch: day(30) }) },
      'rf:contact:ben': { name: 'Ben Okafor', tier: 'core', tags: [], createdAt: Date.now(), coi: scores() },
      'rf:plan:p1': { contactId: 'ana', due: day(12), kind: 'gift', note: 'Book on print history', createdAt: 1 },
    });
    await page.goto('/me/');
    const due = page.locator('.due-this-week');
    await expect(due).toContainText('Nothing is due between now and');
    await expect(due).toContainText('Enjoy the quiet week');
    await expect(due.getByRole('list')).toHaveCount(0);
    await expectAccessible(page, 'My progress with nothing due');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      due.getByRole('button', { name: 'Add your plans to your calendar (.ics)' }).click(),
    ]);
    await expect(page.locator('#due-status')).toContainText('1 planned lunch and 1 planned give, each with a reminder');
    const file = testInfo.outputPath('plans.ics');
    await download.saveAs(file);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Ben, a core COI with no lunch planned, gets none.
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Give: Gift — Ana Lopez', day(12)],
      ['Lunch with Ana Lopez', day(30)],
    ]);
    for (const e of events) expect(e.component.getAllSubcomponents('valarm')).toHaveLength(1);

    // A new reader, with nobody in the tools yet, is told where to start.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(due).toContainText('Nothing yet: once you add people to your COI worksheet');
    await expect(due.getByRole('button')).toHaveCount(0);
    await expectAccessible(page, 'My progress for a new reader');
  });
});
