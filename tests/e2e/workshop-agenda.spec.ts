import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/** Text of each page of a PDF (pdftotext from poppler-utils). */
function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** Segment ids of the first session, in the order the run of show shows them. */
const order = (page: Page) =>
  page
    .locator('section[data-session="1"] tbody tr[data-segment]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-segment')));

/** Opens the run of show once its controls work. */
async function openRunOfShow(page: Page, format = 'intro-90') {
  await page.goto(`/workshop/${format}/`);
  await expect(page.getByLabel('Starts at').first()).toBeEnabled();
}

test.describe('clock times follow the reader’s locale', () => {
  test.describe('en-US', () => {
    test.use({ locale: 'en-US' });
    test('12-hour times in the table, as in the time input', async ({ page }) => {
      await openRunOfShow(page, 'half-day');
      await page.getByLabel('Starts at').fill('18:30');
      await page.getByLabel('Starts at').blur();
      await expect(page.locator('tr[data-segment="welcome"] .time')).toHaveText(/^06:30\sPM–06:35\sPM$/);
      await expect(page.locator('[data-session-when]')).toContainText(/06:30\sPM–10:00\sPM/);
      await expect(page.locator('tfoot')).toContainText(/ends 10:00\sPM/);
    });
  });

  test.describe('en-GB', () => {
    test.use({ locale: 'en-GB' });
    test('24-hour times in the table, as in the time input', async ({ page }) => {
      await openRunOfShow(page, 'half-day');
      await page.getByLabel('Starts at').fill('18:30');
      await page.getByLabel('Starts at').blur();
      await expect(page.locator('tr[data-segment="welcome"] .time')).toHaveText('18:30–18:35');
      await expect(page.locator('tfoot')).toContainText('ends 22:00');
    });
  });
});

test.describe('the facilitator’s own agenda', () => {
  test.use({ locale: 'en-GB' });

  test('date, rename, notes, add, remove, reorder and reset; kept on reload, live in a second tab, used by the slides and printed', async ({
    page,
    context,
  }, testInfo) => {
    await openRunOfShow(page);
    const other = await context.newPage();
    await openRunOfShow(other);

    // A date.
    await page.getByLabel('Date').fill('2026-03-03');
    await page.getByLabel('Date').blur();
    await expect(page.locator('[data-session-when]')).toContainText(/Tuesday,? 3 March 2026/);

    // Rename a course segment and add notes to it.
    await page.getByRole('button', { name: 'Edit The emotional bank account' }).click();
    const title = page.locator('#title-m2');
    await expect(title).toBeFocused();
    await title.fill('Deposits and withdrawals');
    await title.press('Enter');
    await page.getByLabel(/Your notes/).fill('Bring the flip chart with two columns.');
    await expect(page.locator('tr[data-segment="m2"] .segment-title')).toHaveText('Deposits and withdrawals');
    await expect(page.locator('tr[data-segment="m2"]')).toContainText('Changed');
    await expect(page.locator('[data-notes-for="m2"]')).toContainText('Bring the flip chart with two columns.');
    // An empty title is refused with a message; the title stays.
    await title.fill('   ');
    await title.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('A segment needs a title. The previous title is kept.');
    await expect(title).toHaveValue('Deposits and withdrawals');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('button', { name: 'Edit Deposits and withdrawals' })).toBeFocused();

    // Reorder with the keyboard: focus stays on the moved row's button.
    await page.getByRole('button', { name: 'Move One promise for this week up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move One promise for this week up' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual(['welcome', 'm1', 'm2', 'close', 'm3', 'coi-start']);

    // Remove a course segment; it can be added back.
    await page.getByRole('button', { name: 'Edit Welcome and why we are here' }).click();
    await page.getByRole('button', { name: 'Remove from this session' }).click();
    await expect(page.getByRole('button', { name: 'Add back Welcome and why we are here' })).toBeVisible();
    await expect.poll(() => order(page)).toEqual(['m1', 'm2', 'close', 'm3', 'coi-start']);

    // Add a segment of one's own, with a clear message when the title is missing.
    await page.getByText('Add a segment').click();
    await page.getByRole('button', { name: 'Add the segment' }).click();
    await expect(page.getByText('Give the segment a title.')).toBeVisible();
    await expect(page.locator('#add-title-1')).toBeFocused();
    await page.locator('#add-title-1').fill('Thank the sponsor');
    await page.locator('#add-minutes-1').fill('3');
    await page.getByLabel('Kind').selectOption('talk');
    await page.getByLabel('Place').selectOption({ label: 'Before “Relationships are back in business”' });
    await page.getByRole('button', { name: 'Add the segment' }).click();
    const own = page.locator('tbody tr[data-segment^="own-"]');
    await expect(own).toContainText('Thank the sponsor');
    await expect(own).toContainText('Your own');
    await expect(page.getByRole('button', { name: 'Edit Thank the sponsor' })).toBeFocused();
    const ownId = await own.getAttribute('data-segment');
    await expect.poll(() => order(page)).toEqual([ownId, 'm1', 'm2', 'close', 'm3', 'coi-start']);
    await expect(page.locator(`tr[data-segment="${ownId}"] .time`)).toHaveText('09:00–09:03');
    await expect(page.getByText(/with 2 min to spare/)).toBeVisible();

    // The other tab shows all of it without a reload.
    await expect.poll(() => order(other)).toEqual([ownId, 'm1', 'm2', 'close', 'm3', 'coi-start']);
    await expect(other.locator('tr[data-segment="m2"] .segment-title')).toHaveText('Deposits and withdrawals');
    await expect(other.locator('[data-notes-for="m2"]')).toContainText('Bring the flip chart');
    await expect(other.locator('[data-session-when]')).toContainText(/3 March 2026/);
    // An edit there shows here.
    await other.getByLabel('Minutes for Thank the sponsor').fill('5');
    await other.getByLabel('Minutes for Thank the sponsor').press('Tab');
    await expect(page.locator(`tr[data-segment="${ownId}"] .time`)).toHaveText('09:00–09:05');

    // Everything survives a reload.
    await page.reload();
    await expect(page.getByLabel('Starts at')).toBeEnabled();
    await expect.poll(() => order(page)).toEqual([ownId, 'm1', 'm2', 'close', 'm3', 'coi-start']);
    await expect(page.getByLabel('Date')).toHaveValue('2026-03-03');
    await expect(page.locator('[data-notes-for="m2"]')).toContainText('Bring the flip chart');
    await expectAccessible(page, 'edited run of show');

    // The slides follow the agenda: the own segment has a slide, the removed one has none,
    // and the presenter shows the facilitator's notes.
    const presenter = await context.newPage();
    await presenter.goto('/workshop/intro-90/1/presenter/');
    await expect(presenter.locator('[data-ready="presenter"]')).toBeAttached();
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('.slide.is-current .slide-heading')).toHaveText('Thank the sponsor');
    await expect(presenter.locator('.slide.is-current .slide-label')).toHaveText('5 min');
    await expect(presenter.locator('.slide[data-slide-id="welcome"]')).toHaveCount(0);
    for (let i = 0; i < 6; i++) await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('.slide.is-current')).toHaveAttribute('data-slide-id', /^m2-/);
    await expect(presenter.locator('.side .notes')).toContainText('Your notes: Bring the flip chart with two columns.');
    await expect(presenter.locator('[data-segment-end]')).toContainText('Deposits and withdrawals: ends');
    await presenter.close();

    // The printed sheet: the edited agenda, the date, discussion questions and notes, on one page.
    for (const format of ['A4', 'Letter'] as const) {
      await page.emulateMedia({ media: 'print' });
      const file = testInfo.outputPath(`edited-run-of-show-${format}.pdf`);
      writeFileSync(file, await page.pdf({ format }));
      const pages = pdfPages(file);
      expect(pages, format).toHaveLength(1);
      const text = pages[0]?.replace(/\s+/g, ' ') ?? '';
      expect(text).toMatch(/3 March 2026/);
      expect(text).toContain('Thank the sponsor');
      expect(text).toContain('Deposits and withdrawals');
      expect(text).toContain('Your notes: Bring the flip chart with two columns.');
      expect(text).toContain('Discuss: Think of a business you keep using');
      expect(text).not.toContain('Welcome and why we are here');
      expect(text.indexOf('One promise for this week')).toBeLessThan(text.indexOf('Centers of influence'));
    }
    await page.emulateMedia({ media: 'screen' });

    // Reset one segment: the course's title again, the notes stay.
    await page.getByRole('button', { name: 'Edit Deposits and withdrawals' }).click();
    await page.getByRole('button', { name: 'Reset to the course’s title and minutes' }).click();
    await expect(page.locator('tr[data-segment="m2"] .segment-title')).toHaveText('The emotional bank account');
    await expect(page.locator('[data-notes-for="m2"]')).toContainText('Bring the flip chart');
    // Add the removed segment back: it returns to its place before the course's next segment.
    await page.getByRole('button', { name: 'Add back Welcome and why we are here' }).click();
    await expect.poll(() => order(page)).toEqual([ownId, 'welcome', 'm1', 'm2', 'close', 'm3', 'coi-start']);
    await expect(page.getByRole('button', { name: 'Edit Welcome and why we are here' })).toBeFocused();
    // Reset the whole session: the course's plan, with the date and the notes kept.
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Reset this session to the course’s plan' }).click();
    await expect.poll(() => order(page)).toEqual(['welcome', 'm1', 'm2', 'm3', 'coi-start', 'close']);
    await expect(page.getByLabel('Date')).toHaveValue('2026-03-03');
    await expect(page.locator('[data-notes-for="m2"]')).toContainText('Bring the flip chart');
    await expect(other.locator('tbody tr[data-segment^="own-"]')).toHaveCount(0);
  });

  test('the address for participants can be the facilitator’s own, with a clear message for a bad one', async ({
    page,
  }) => {
    await openRunOfShow(page);
    await expect(page.locator('[data-shown-address]')).toHaveText(new URL('/', page.url()).href);
    const input = page.getByLabel('Another address (optional)');
    await input.fill('not an address');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByRole('alert')).toContainText('is not a web address');
    await expect(input).toBeFocused();
    await input.fill('workshop.example.org/rf');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.locator('[data-shown-address]')).toHaveText('https://workshop.example.org/rf/');
    await page.goto('/workshop/intro-90/1/present/');
    await expect(page.locator('.slide.is-current .slide-text')).toHaveText(
      'Follow along on your phone: https://workshop.example.org/rf/',
    );
    await expect(page.locator('.slide.is-current .qr')).toHaveAttribute('data-qr', 'https://workshop.example.org/rf/');
    await page.goto('/workshop/intro-90/');
    await page.getByRole('button', { name: 'Use this site’s address' }).click();
    await expect(page.locator('[data-shown-address]')).toHaveText(new URL('/', page.url()).href);
  });
});

test.describe('the presenter’s schedule (controlled clock)', () => {
  test.use({ locale: 'en-GB', timezoneId: 'UTC' });

  test('wall clock, the segment’s planned end, ahead or behind, and the next segment; follows edits made in another tab', async ({
    context,
  }) => {
    await context.clock.install({ time: new Date(Date.UTC(2026, 2, 3, 8, 50, 20)) });
    const plan = await context.newPage();
    await openRunOfShow(plan);
    await plan.getByLabel('Date').fill('2026-03-03');
    await plan.getByLabel('Date').blur();
    await expect(plan.locator('[data-session-when]')).toContainText('3 March 2026');

    const page = await context.newPage();
    await page.goto('/workshop/intro-90/1/presenter/');
    await expect(page.locator('[data-ready="presenter"]')).toBeAttached();
    await expect(page.locator('[data-wall-clock]')).toHaveText('08:50');
    await expect(page.locator('[data-drift]')).toHaveText('Starts in 10 min');
    await expect(page.locator('[data-next-segment]')).toHaveText('Welcome and why we are here at 09:00');

    // 09:12: on module 1's discussion (planned 09:07–09:11).
    await context.clock.runFor(22 * 60_000);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.slide.is-current')).toHaveAttribute('data-slide-id', 'm1-question');
    await expect(page.locator('[data-wall-clock]')).toHaveText('09:12');
    await expect(page.locator('[data-drift]')).toHaveText('1 min behind');
    await expect(page.locator('[data-drift]')).toHaveClass(/drift-behind/);
    await expect(page.locator('[data-segment-end]')).toHaveText(
      'Relationships are back in business: ends 09:25 (13 min left)',
    );
    await expect(page.locator('[data-next-segment]')).toHaveText('The emotional bank account at 09:25');

    // Ten minutes later, still on it.
    await context.clock.runFor(10 * 60_000);
    await expect(page.locator('[data-drift]')).toHaveText('11 min behind');
    await expect(page.locator('[data-segment-end]')).toContainText('(3 min left)');

    // In the run of show (another tab), 20 minutes are added before module 1: the room is now ahead.
    await plan.getByText('Add a segment').click();
    await plan.locator('#add-title-1').fill('Late arrivals');
    await plan.locator('#add-minutes-1').fill('20');
    await plan.getByLabel('Place').selectOption({ label: 'Before “Relationships are back in business”' });
    await plan.getByRole('button', { name: 'Add the segment' }).click();
    await expect(page.locator('[data-segment-end]')).toHaveText(
      'Relationships are back in business: ends 09:45 (23 min left)',
    );
    await expect(page.locator('[data-drift]')).toHaveText('4 min ahead');
    await expect(page.locator('[data-drift]')).toHaveClass(/drift-ahead/);
    await expectAccessible(page, 'presenter view with schedule');
  });
});
