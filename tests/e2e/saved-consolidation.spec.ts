import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, stored, test } from './fixtures';

// Data saved by the site before its stores, kinds, dates and calendar files were
// consolidated (issue 13) must read back unchanged. The fixture holds every kind of record
// exactly as that version wrote it, through its own store actions: contacts with worksheet
// and planner fields and `tierSince`, ledger entries, plans, an introduction, a listening
// week, a finished and an unfinished self-assessment attempt, 30-day actions, a run of show
// (agenda v2), a deck, a room profile, lesson progress, a reflection and the settings.
// Each test seeds those strings and reads them through the pages that show them.

interface Saved {
  savedOn: string;
  entries: Record<string, string>;
}
const SAVED = JSON.parse(readFileSync(new URL('./saved-before-consolidation.json', import.meta.url), 'utf8')) as Saved;

/** The stored envelope of a key. */
const envelope = (key: string) => JSON.parse(SAVED.entries[key] ?? 'null') as { v: number; data: unknown };
/** A contact's id by name. */
const contactId = (name: string) =>
  (
    Object.keys(SAVED.entries).find(
      (k) => k.startsWith('rf:contact:') && (envelope(k).data as { name: string }).name === name,
    ) ?? ''
  ).slice('rf:contact:'.length);

/** Stores the saved strings before the page's scripts run, once per test (reloads keep what the page saved since). */
async function seed(page: Page) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, raw] of Object.entries(entries)) localStorage.setItem(key, raw);
    sessionStorage.setItem('seeded', '1');
  }, SAVED.entries);
}

test.describe('data saved before the consolidation', () => {
  test.beforeEach(async ({ page }) => seed(page));

  test('the fixture holds every kind of record the site stores, an agenda of version 2 among them', () => {
    const prefixes = new Set(Object.keys(SAVED.entries).map((k) => k.split(':').slice(0, 2).join(':')));
    expect([...prefixes].sort()).toEqual(
      [
        'rf:action',
        'rf:agenda',
        'rf:assessment',
        'rf:contact',
        'rf:deck',
        'rf:intro',
        'rf:ledger',
        'rf:lesson',
        'rf:listen',
        'rf:meta',
        'rf:plan',
        'rf:reflection',
        'rf:room',
      ].sort(),
    );
    expect(envelope('rf:agenda:four-weeks').v).toBe(2);
    const zoe = envelope(`rf:contact:${contactId('Zoë Ångström')}`).data as Record<string, unknown>;
    expect(Object.keys(zoe)).toEqual(expect.arrayContaining(['tierSince', 'coi', 'planner']));
  });

  test('the worksheet shows the lists, scores, lunches and offer', async ({ page }) => {
    await page.goto('/coi/');
    const counts = page.locator('.coi-counts');
    await expect(counts).toContainText('1 of 12 core');
    await expect(counts).toContainText('1 of 100 potential');
    await expect(counts).toContainText('1 in triage');
    const zoe = page.locator('.coi-person').filter({ hasText: 'Zoë Ångström' });
    await expect(zoe).toContainText('Ångström & Daughters');
    await expect(zoe).toContainText('Wedding planner');
    await expect(zoe).toContainText('Score 8 of 9');
    await expect(zoe.getByLabel('Sees or knows many people in your target market')).toHaveValue('3');
    await expect(zoe.getByLabel('Likes you')).toHaveValue('2');
    await expect(zoe).toContainText(/Planned .*Dec.* 4.* 2026/);
    await expect(zoe).toContainText(/last lunch .*Oct.* 2.* 2026/);
    await expect(zoe.getByLabel('Lunch every')).toHaveValue('8');
    await expect(zoe.getByLabel('One thing to offer')).toHaveValue(
      'An introduction to the harbour museum’s events team',
    );
    await expect(page.locator('.coi-person').filter({ hasText: 'Pat Okafor' })).toContainText('Score 2 of 9');
    await page.getByLabel('List', { exact: true }).selectOption('triage');
    await expect(page.locator('.coi-person')).toHaveCount(1);
    await expect(page.locator('.coi-person')).toContainText('José Núñez');
    // The other fields, in the person's details.
    await page.getByLabel('List', { exact: true }).selectOption('core');
    await page.locator('.coi-people').getByRole('button', { name: 'Zoë Ångström', exact: true }).click();
    await expect(zoe.getByLabel('Email')).toHaveValue('zoe@example.org');
    await expect(zoe.getByLabel('Notes')).toHaveValue('Met at the spring fair; loves sailing.');
  });

  test('the planner shows the relationships, ledgers, plans, the introduction and the routine', async ({ page }) => {
    await page.goto('/planner/');
    await expect(page.locator('.planner-parts[data-ready]')).toBeVisible();
    const rows = page.locator('table').filter({ hasText: 'Balance' }).locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: 'Zoë Ångström' })).toContainText('+3 (3 gives, 0 asks)');
    await expect(rows.filter({ hasText: 'Zoë Ångström' })).toContainText('Phone call');
    await expect(rows.filter({ hasText: 'Sam Rivera' })).toContainText('0 (1 give, 1 ask)');
    await expect(rows.filter({ hasText: 'Sam Rivera' })).toContainText('Email');
    await expect(rows.filter({ hasText: 'Pat Okafor' })).toContainText('+1 (1 give, 0 asks)');
    await expect(page.getByText('5 to 1', { exact: true })).toBeVisible();
    await expect(page.getByText('Zoë Ångström and Pat Okafor · next: followed up')).toBeVisible();

    await rows.filter({ hasText: 'Zoë Ångström' }).getByRole('button', { name: 'Zoë Ångström' }).click();
    const detail = page.locator('.person-detail');
    for (const note of [
      'Sent the venue checklist',
      'Introduced to Pat Okafor',
      'Replied as part of the listening routine',
    ])
      await expect(detail).toContainText(note);
    await expect(detail).toContainText('Introduce Zoë to the museum');
    await expect(detail.getByLabel('Keep in touch every (days)')).toHaveValue('21');

    await page.goto('/planner/introductions/');
    const intro = page
      .locator('li, article')
      .filter({ hasText: 'Both serve couples planning a harbour wedding' })
      .first();
    await expect(intro).toContainText('Introduced');
    await expect(intro).toContainText('Next: Followed up');

    await page.goto('/planner/listening/');
    await expect(page.locator('main')).toContainText('Listen to');
    await expect(page.getByRole('button', { name: 'Remove Zoë Ångström from Reply to' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove Zoë Ångström from Listen to' })).toBeVisible();
  });

  test('the self-assessment shows the finished attempt’s scores and carries on the unfinished one', async ({
    page,
  }) => {
    const attempts = Object.keys(SAVED.entries)
      .filter((k) => k.startsWith('rf:assessment:'))
      .map((k) => envelope(k).data as { completedAt?: number; scores?: Record<string, number>; answers: object });
    const finished = attempts.find((a) => a.completedAt !== undefined);
    const draft = attempts.find((a) => a.completedAt === undefined);
    if (!finished?.scores || !draft) throw new Error('the fixture has a finished and an unfinished attempt');

    await page.goto('/assessment/result/');
    const table = page.locator('.chart-with-table').first().locator('.score-table');
    for (const [habit, score] of Object.entries(finished.scores))
      await expect(table.locator(`tr[data-dimension="${habit}"] td strong`), habit).toHaveText(String(score));

    await page.goto('/assessment/');
    await expect(page.getByText(`${Object.keys(draft.answers).length} of 38 answered`)).toBeVisible();
    await expect(page.getByText(/Your 2 answers from .* are saved/)).toBeVisible();
  });

  test('My progress shows the lessons, the reflection, every tool’s line and the 30-day actions', async ({ page }) => {
    await page.goto('/me/');
    await expect(page.locator('tr[data-module-row="01-relationships-are-back"] td').first()).toContainText(
      /✓ Completed on (Mon|Tue|Wed|Thu|Fri|Sat|Sun), /,
    );
    await expect(page.getByRole('link', { name: /Continue with module 3/ })).toBeVisible();
    await expect(page.locator('.reflection-group')).toContainText(
      'The bakery, the garage, the florist, the printer and the café.',
    );
    await expect(page.locator('[data-tool="coi"]')).toContainText(
      '1 of 12 core · 1 of 100 potential · no lunches overdue',
    );
    await expect(page.locator('[data-tool="planner"]')).toContainText('5 gives to 1 ask in all · 0 stalled');
    await expect(page.locator('[data-tool="assessment"]')).toContainText(/Overall \d+ of 100 · 1 attempt, last on /);
    await expect(page.locator('[data-tool="assessment"]')).toContainText('one unfinished');
    const actions = page.locator('section').filter({ hasText: 'Your 30-day actions' });
    await expect(actions).toContainText('Reply with care to three posts a week.');
    await expect(actions.locator('li').filter({ hasText: 'Introduce two people' })).toContainText('✓ done');
  });

  test('workshop mode shows the run of show, the deck where it stopped, the room and the chosen handouts', async ({
    page,
  }) => {
    await page.goto('/workshop/four-weeks/');
    const week1 = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Week 1' }) })
      .first();
    await expect(week1.getByLabel('Date')).toHaveValue('2026-12-08');
    await expect(week1.getByLabel('Starts at')).toHaveValue('18:30');
    const rows = week1.locator('tbody tr');
    await expect(rows.nth(0)).toContainText('Welcome, coffee and name badges');
    await expect(rows.nth(0).getByRole('spinbutton')).toHaveValue('12');
    await expect(rows.nth(2)).toContainText('Stretch break');
    await expect(rows.nth(2)).toContainText('Your own');
    await expect(rows.nth(3)).toContainText('Your notes: Ask the florist to tell her story.');
    await expect(page.locator('main')).toContainText('send people to https://workshop.example.org/');

    await page.goto('/workshop/four-weeks/1/presenter/');
    await expect(page.getByText('4 / 12')).toBeVisible();
    await expect(page.locator('main, body').first()).toContainText('Stretch break');
    await expect(page.getByText('2:00', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Sound at the end')).not.toBeChecked();

    await page.goto('/workshop/room/');
    await expect(page.getByText('The room (2 people)')).toBeVisible();
    await expect(page.locator('tr').filter({ hasText: 'Giving first' }).first()).toContainText('70');

    await page.goto('/workshop/handouts/?for=four-weeks-1');
    const choice = (name: RegExp) => page.getByRole('checkbox', { name });
    await expect(choice(/Centers-of-influence worksheet/)).toBeChecked();
    await expect(choice(/Self-assessment on paper/)).toBeChecked();
    await expect(choice(/Giving-first planner sheet/)).not.toBeChecked();
    await expect(choice(/Reflection sheet, module 1/)).not.toBeChecked();
  });

  test('the data page counts every kind, and everything reads back unchanged: in storage and in a backup', async ({
    page,
  }) => {
    // Every page that reads the data, opened in turn: none of them rewrites or sets aside a record.
    for (const path of [
      '/coi/',
      '/coi/print/mine/',
      '/planner/',
      '/planner/introductions/',
      '/planner/listening/',
      '/planner/print/mine/',
      '/assessment/',
      '/assessment/result/',
      '/me/',
      '/workshop/four-weeks/',
      '/workshop/four-weeks/1/present/',
      '/workshop/four-weeks/1/presenter/',
      '/workshop/room/',
      '/workshop/handouts/',
      '/data/',
    ]) {
      await page.goto(path);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    }
    const table = page.locator('[data-stored-table]');
    const expected: Record<string, number> = {
      'Lesson progress': 2,
      Reflections: 1,
      Settings: 1,
      Contacts: 4,
      'Planner ledger entries': 6,
      'Planned gives': 2,
      Introductions: 1,
      'Listening routine': 1,
      'Self-assessment': 2,
      '30-day actions': 2,
      'Workshop runs of show': 1,
      'Workshop slides and timers': 1,
      'Workshop room profile': 1,
    };
    await expect(table.locator('tbody tr')).toHaveCount(Object.keys(expected).length);
    for (const [label, count] of Object.entries(expected))
      await expect(
        table
          .locator('tr')
          .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
          .locator('td')
          .first(),
        label,
      ).toHaveText(String(count));
    expect(await stored(page)).toEqual(SAVED.entries);

    // A backup made now holds every record as it was saved.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    const backup = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      records: Record<string, unknown>;
    };
    const records = { ...backup.records };
    delete records['rf:meta:app']; // the export itself records when it was made
    const saved = Object.fromEntries(
      Object.entries(SAVED.entries)
        .filter(([k]) => k !== 'rf:meta:app')
        .map(([k, raw]) => [k, JSON.parse(raw)]),
    );
    expect(records).toEqual(saved);
  });
});
