import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The projector sizes a room is likely to have. */
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1280, 800],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const;

/** Decks that between them have every kind of slide. */
const DECKS = ['/workshop/half-day/1/present/', '/workshop/intro-90/1/present/'];

/** What must be on screen: the slide's text, its timer and QR code, and the control bar. */
const PARTS =
  '.slide-label, .slide-heading, .slide-text, .slide-steps li, .slide-points li, .qr, .timer-display, .timer-controls button';

interface Box {
  what: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/** Every part of the current slide and of the control bar, with its bounding box and the slide's fit. */
async function measure(page: Page) {
  return page.evaluate((parts) => {
    const box = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    };
    const slide = document.querySelector('.slide.is-current');
    const bar = document.querySelector('.deck-bar');
    return {
      kind: [...(slide?.classList ?? [])].find((c) => c.startsWith('slide-'))?.slice(6) ?? '',
      id: slide?.getAttribute('data-slide-id') ?? '',
      fit: Number(slide?.getAttribute('data-fit') ?? '0'),
      parts: [...(slide?.querySelectorAll(parts) ?? [])].map((el) =>
        box(el, `${el.className || el.tagName}: ${el.textContent?.slice(0, 30)}`),
      ),
      bar: bar ? box(bar, 'bar') : null,
      controls: [...(bar?.querySelectorAll('button, a, label') ?? [])].map((el) => box(el, el.textContent ?? '')),
      hasTimer: !!slide?.querySelector('.timer-display'),
    };
  }, PARTS);
}

const inside = (b: Box, w: number, h: number) =>
  b.x >= -0.5 && b.y >= -0.5 && b.right <= w + 0.5 && b.bottom <= h + 0.5;

for (const theme of ['light', 'dark'] as const) {
  for (const [w, h] of SIZES) {
    test(`every slide fits ${w}×${h} (${theme} theme): text, timer and controls inside the viewport`, async ({
      browser,
    }, testInfo) => {
      test.slow();
      const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme });
      const page = await context.newPage();
      const shot = new Set<string>();
      for (const deck of DECKS) {
        await page.goto(deck);
        await expect(page.locator('[data-ready="projector"]')).toBeAttached();
        const total = Number((await page.locator('[data-counter]').textContent())?.split('/')[1]);
        for (let i = 0; i < total; i++) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          await expect(page.locator('[data-counter]')).toHaveText(`${i + 1} / ${total}`);
          const m = await measure(page);
          const where = `${deck} slide ${i + 1} (${m.id}, ${m.kind})`;
          expect(m.parts.length, where).toBeGreaterThan(1);
          expect(m.fit, `${where}: type shrunk too far to fit`).toBeGreaterThanOrEqual(0.6);
          if (m.kind === 'exercise' || m.kind === 'break' || m.kind === 'question' || m.kind === 'debrief')
            expect(m.hasTimer, where).toBe(true);
          const barTop = m.bar?.y ?? h;
          for (const part of m.parts) {
            expect(inside(part, w, h), `${where}: ${part.what} is outside the viewport`).toBe(true);
            expect(part.bottom, `${where}: ${part.what} runs under the control bar`).toBeLessThanOrEqual(barTop + 0.5);
          }
          for (const c of m.controls) expect(inside(c, w, h), `${where}: control ${c.what} is off screen`).toBe(true);
          if (!shot.has(m.kind)) {
            shot.add(m.kind);
            await testInfo.attach(`${m.kind}-${w}x${h}-${theme}.png`, {
              body: await page.screenshot(),
              contentType: 'image/png',
            });
          }
        }
      }
      expect([...shot].sort()).toEqual(['break', 'debrief', 'end', 'exercise', 'ideas', 'info', 'question', 'title']);
      await context.close();
    });
  }
}

test('the presenter view keeps its clock, schedule, timer and slide controls on screen at projector sizes', async ({
  browser,
}) => {
  for (const [w, h] of SIZES.slice(0, 5)) {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    await page.goto('/workshop/half-day/1/presenter/');
    await expect(page.locator('[data-ready="presenter"]')).toBeAttached();
    // An exercise slide with long notes.
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    for (const sel of [
      '[data-wall-clock]',
      '[data-drift]',
      '.big-timer [data-timer-display]',
      '.big-timer [data-timer-toggle]',
      '.side [data-go="next"]',
      '.side [data-go="prev"]',
      '.slide.is-current .slide-heading',
    ]) {
      const b = await page.locator(sel).boundingBox();
      expect(b, `${w}×${h}: ${sel}`).not.toBeNull();
      if (b)
        expect(
          inside({ what: sel, x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height }, w, h),
          `${w}×${h}: ${sel}`,
        ).toBe(true);
    }
    await context.close();
  }
});
