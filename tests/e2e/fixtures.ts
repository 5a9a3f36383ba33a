import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Ids of every lesson, read from `content/lessons/` so a new lesson is tested without edits here. */
export const LESSON_IDS = readdirSync(new URL('../../content/lessons/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => f.replace(/\.mdx$/, ''));

/**
 * The test fixture: every page a test opens is watched (the first page, second tabs,
 * presenter and projector windows, pages opened by clicks), and the test fails if any of
 * them asks for anything outside the local preview server, throws a JavaScript error, or
 * reports a Content-Security-Policy violation.
 */
export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ context, page }, use) => {
      const offsite: string[] = [];
      const errors: string[] = [];
      const cspViolations: string[] = [];
      const watched = new WeakSet<Page>();
      const watch = (p: Page) => {
        if (watched.has(p)) return;
        watched.add(p);
        p.on('request', (req) => {
          const url = new URL(req.url());
          const local = ['127.0.0.1', 'localhost'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol);
          if (!local) offsite.push(req.url());
        });
        p.on('pageerror', (err) => errors.push(`${p.url()}: ${err.message}`));
        p.on('console', (msg) => {
          if (/Content Security Policy|Refused to (execute|load|apply|compile|connect)/i.test(msg.text()))
            cspViolations.push(`${p.url()}: ${msg.text()}`);
        });
      };
      watch(page);
      for (const p of context.pages()) watch(p);
      context.on('page', watch);
      // Tests that provoke a violation on purpose listen for it themselves.
      const expectViolations = test.info().title.includes('refused by the policy');
      await use(offsite);
      expect(offsite, 'requests that left the site').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
      if (!expectViolations) expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** The raw localStorage of a page, as an object. */
export async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** The data of a stored record (`rf:<kind>:<id>`), or undefined; for polling with `expect.poll`. */
export async function storedData(page: Page, key: string): Promise<unknown> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  if (raw === null) return undefined;
  try {
    return (JSON.parse(raw) as { data?: unknown }).data;
  } catch {
    return raw;
  }
}

/** A contact record as the site stores it, for seeding (list, no tags, created at 1, plus `extra`). */
export const person = (name: string, tier: string, extra: Record<string, unknown> = {}) => ({
  name,
  tier,
  tags: [],
  createdAt: 1,
  ...extra,
});

/**
 * Saves people (ids `seed-0`, `seed-1`, …) and any other records (by key) straight into
 * storage, as the site stores them, before a page loads them.
 */
export async function seedRecords(page: Page, people: Record<string, unknown>[], more: Record<string, unknown> = {}) {
  await page.goto('/');
  await page.evaluate(
    ([list, extra]) => {
      const put = (k: string, data: unknown) => localStorage.setItem(k, JSON.stringify({ v: 1, rev: 1, at: 1, data }));
      list.forEach((data, i) => {
        put(`rf:contact:seed-${i}`, data);
      });
      for (const [k, data] of Object.entries(extra)) put(k, data);
    },
    [people, more] as const,
  );
}

/** The reader's calendar date `n` days from today (`YYYY-MM-DD`, local time). */
export function day(n = 0): string {
  const d = new Date(Date.now() + n * 86_400_000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A record's data as the site stores it (version 1, revision 1). */
export const env = (data: unknown) => JSON.stringify({ v: 1, rev: 1, at: 1, data });

/**
 * Puts records (data by key) in storage before the first page's scripts run, once per test:
 * later navigations in the same tab find what the test's pages saved since.
 */
export async function seedBeforeScripts(page: Page, data: Record<string, unknown>) {
  const raw = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, env(v)]));
  await page.addInitScript((d) => {
    if (sessionStorage.getItem('test-seeded')) return;
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, v);
    sessionStorage.setItem('test-seeded', '1');
  }, raw);
}

export { expect };

/** Runs axe-core on the page and expects no violations (WCAG 2.2 A/AA and best practices). */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Waits until a reading page has run the scripts it loads after first paint (src/integrations/first-paint.ts). */
export async function scriptsLoaded(page: Page) {
  await expect(page.locator('html[data-scripts="loaded"]')).toHaveCount(1);
}

/** Waits until every island on the page has hydrated (Astro removes `ssr` from each one). */
export async function islandsReady(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
