import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { askingOrder, DIMENSION_IDS, type StatementInfo, scoreAnswers } from '../../src/domain/assessment';
import { encodeShareCode } from '../../src/domain/share-code';
import { expect, test } from './fixtures';

/**
 * The radar chart is one component that looks the same wherever it appears: on the
 * self-assessment result page and in the room profile (in the page and full screen), in
 * both themes. Checked on screenshots: the two charts, drawn from the same scores at the
 * same size, are compared pixel by pixel, and each shows axes, a see-through shape with
 * an outline, and every label inside its frame.
 */

const STATEMENTS: StatementInfo[] = (
  parse(readFileSync(new URL('../../content/assessment/statements.yaml', import.meta.url), 'utf8')) as StatementInfo[]
).map((s) => ({ ...s, reverse: s.reverse ?? false }));
const ORDER = askingOrder(STATEMENTS);
const answers = Object.fromEntries(ORDER.map((id, i) => [id, ((i * 3) % 5) + 1]));
const scores = Object.fromEntries(
  Object.entries(scoreAnswers(STATEMENTS, answers)).map(([k, v]) => [k, v ?? 0]),
) as Record<(typeof DIMENSION_IDS)[number], number>;

/** Seeds a completed attempt and a room with one participant holding the same scores. */
async function seed(page: Page) {
  const at = Date.now() - 60_000;
  const records = {
    'rf:assessment:a': { startedAt: at - 600_000, completedAt: at, answers, scores },
    'rf:room:current': { codes: [encodeShareCode(scores)] },
  };
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, data] of Object.entries(entries))
      localStorage.setItem(key, JSON.stringify({ v: 1, rev: 1, at: Date.now(), data }));
    sessionStorage.setItem('seeded', '1');
  }, records);
}

/** Facts about a chart, measured in the page. */
async function inspect(chart: Locator) {
  return chart.evaluate((svg) => {
    const el = svg as SVGSVGElement;
    const vb = el.viewBox.baseVal;
    const box = el.getBoundingClientRect();
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
    };
    let bgEl: Element | null = el;
    let bg = 'rgba(0, 0, 0, 0)';
    while (bgEl && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
      bg = getComputedStyle(bgEl).backgroundColor;
      bgEl = bgEl.parentElement;
    }
    const bgRgb = rgb(bg);
    /** Contrast of a stroke (blended at its opacity over the background) with the background. */
    const contrast = (node: Element) => {
      const s = getComputedStyle(node);
      const a = Number(s.strokeOpacity);
      const c = rgb(s.stroke).map((v, i) => v * a + (bgRgb[i] ?? 0) * (1 - a));
      const [hi, lo] = [lum(c), lum(bgRgb)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const shape = el.querySelector('.radar-series polygon');
    const shapeStyle = shape ? getComputedStyle(shape) : null;
    const labels = [...el.querySelectorAll('.radar-labels text')].map((t) => {
      const b = (t as SVGTextElement).getBBox();
      const r = t.getBoundingClientRect();
      return {
        text: t.textContent ?? '',
        inViewBox:
          b.x >= vb.x - 0.5 &&
          b.y >= vb.y - 0.5 &&
          b.x + b.width <= vb.x + vb.width + 0.5 &&
          b.y + b.height <= vb.y + vb.height + 0.5,
        onScreen:
          r.left >= box.left - 0.5 &&
          r.right <= box.right + 0.5 &&
          r.top >= box.top - 0.5 &&
          r.bottom <= box.bottom + 0.5,
        font: getComputedStyle(t).fontFamily,
      };
    });
    return {
      width: box.width,
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      spokes: el.querySelectorAll('.radar-grid line').length,
      spokeContrast: Math.min(...[...el.querySelectorAll('.radar-grid line, .radar-rim')].map(contrast)),
      fillOpacity: Number(shapeStyle?.fillOpacity),
      fill: shapeStyle?.fill ?? '',
      outline: shapeStyle
        ? { width: Number.parseFloat(shapeStyle.strokeWidth), contrast: contrast(shape as Element) }
        : null,
      labels,
    };
  });
}

/**
 * Compares screenshots in the page, where decoding and counting are fast (sending a
 * screenshot's pixels back to the test would take seconds): the share of black pixels
 * (darker than either theme's page and text: a solid black shape makes it large) of `a`,
 * and, given `b` of the same size, the share of pixels of `a` that differ clearly from
 * every pixel of `b` within one pixel of the same place (so anti-aliasing and sub-pixel
 * placement do not count).
 */
async function compare(page: Page, a: Buffer, b?: Buffer) {
  return page.evaluate(
    async ([pngA, pngB]) => {
      const decode = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no canvas');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const x = await decode(pngA as string);
      let black = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if ((x.data[i] ?? 0) + (x.data[i + 1] ?? 0) + (x.data[i + 2] ?? 0) < 30) black++;
      const out = { width: x.width, height: x.height, black: black / (x.width * x.height), difference: -1 };
      if (!pngB) return out;
      const y = await decode(pngB);
      if (y.width !== x.width || y.height !== x.height) return out;
      const at = (d: Uint8ClampedArray, px: number, py: number, k: number) => d[(py * x.width + px) * 4 + k] ?? 0;
      let differ = 0;
      for (let py = 0; py < x.height; py++) {
        for (let px = 0; px < x.width; px++) {
          let close = false;
          for (let dy = -1; dy <= 1 && !close; dy++) {
            for (let dx = -1; dx <= 1 && !close; dx++) {
              const bx = Math.min(x.width - 1, Math.max(0, px + dx));
              const by = Math.min(x.height - 1, Math.max(0, py + dy));
              close = [0, 1, 2].every((k) => Math.abs(at(x.data, px, py, k) - at(y.data, bx, by, k)) <= 40);
            }
          }
          if (!close) differ++;
        }
      }
      return { ...out, difference: differ / (x.width * x.height) };
    },
    [a.toString('base64'), b?.toString('base64')] as const,
  );
}

const WIDTH = 480;

for (const theme of ['light', 'dark'] as const) {
  test(`the radar chart looks the same on the result page and in the room profile, in page and full screen (${theme} theme)`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    await seed(page);

    const shots: Record<string, Buffer> = {};
    for (const [where, path, selector] of [
      ['result', '/assessment/result/', '.result svg.radar'],
      ['room', '/workshop/room/', '.room-result svg.radar'],
    ] as const) {
      await page.goto(path);
      const chart = page.locator(selector).first();
      await expect(chart.locator('.radar-series polygon')).toBeAttached();
      // Both at the same size, so their screenshots can be compared.
      await chart.evaluate((el, w) => {
        (el as SVGElement).style.width = `${w}px`;
        (el as SVGElement).style.maxWidth = 'none';
      }, WIDTH);
      const m = await inspect(chart);
      expect(m.width).toBe(WIDTH);
      expect(m.spokes, where).toBe(DIMENSION_IDS.length);
      expect(m.spokeContrast, `${where}: axes stand out from the page`).toBeGreaterThanOrEqual(3);
      expect(m.fill, `${where}: the shape is filled`).not.toBe('none');
      expect(m.fillOpacity, `${where}: the shape is see-through`).toBeLessThan(0.5);
      expect(m.fillOpacity).toBeGreaterThan(0);
      expect(m.outline?.width, `${where}: the shape has an outline`).toBeGreaterThanOrEqual(2);
      expect(m.outline?.contrast, `${where}: the outline is readable`).toBeGreaterThanOrEqual(3);
      for (const l of m.labels) {
        expect(l.inViewBox, `${where}: “${l.text}” inside the viewBox`).toBe(true);
        expect(l.onScreen, `${where}: “${l.text}” not clipped`).toBe(true);
        expect(l.font, `${where}: “${l.text}” in the UI font`).not.toMatch(/^(Charter|Georgia|serif)/);
      }
      shots[where] = await chart.screenshot();
      await testInfo.attach(`radar-${where}-${theme}.png`, { body: shots[where], contentType: 'image/png' });
      expect((await compare(page, shots[where])).black, `${where}: not a solid black shape`).toBeLessThan(0.03);
    }

    // The same chart, pixel for pixel (within anti-aliasing).
    const same = await compare(page, shots.result as Buffer, shots.room as Buffer);
    const room = await compare(page, shots.room as Buffer);
    expect([same.width, same.height]).toEqual([room.width, room.height]);
    expect(same.difference).toBeGreaterThanOrEqual(0);
    expect(same.difference).toBeLessThan(0.01);

    // Full screen for the projector: the chart fills the screen, every label still inside.
    await page.goto('/workshop/room/');
    await page.getByRole('button', { name: 'Show full screen for the projector' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toContain('room-result');
    await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible();
    const chart = page.locator('.room-result svg.radar');
    const m = await inspect(chart);
    expect(m.width).toBeGreaterThan(WIDTH);
    expect(m.box.bottom).toBeLessThanOrEqual(900.5);
    for (const l of m.labels) {
      expect(l.inViewBox, `full screen: “${l.text}”`).toBe(true);
      expect(l.onScreen, `full screen: “${l.text}”`).toBe(true);
    }
    expect(m.fillOpacity).toBeLessThan(0.5);
    const full = await page.screenshot();
    await testInfo.attach(`radar-full-screen-${theme}.png`, { body: full, contentType: 'image/png' });
    expect((await compare(page, await chart.screenshot())).black).toBeLessThan(0.03);
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await context.close();
  });
}
