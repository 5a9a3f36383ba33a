import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { qrDrawing } from '../../src/domain/qr';
import { shortAddress } from '../../src/domain/site-address';
import { expect, test } from './fixtures';

/**
 * The address on slides, QR codes and handouts is where the site is served from. The
 * built site is served at two addresses (the test server, and a second server on another
 * host name and port), and each shows its own.
 */

let second: Server;
let secondOrigin = '';

test.beforeAll(async () => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  second = createServer(sirv(dist, { extensions: ['html'], dev: false }));
  await new Promise<void>((resolve) => second.listen(0, resolve));
  secondOrigin = `http://localhost:${(second.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => second.close(resolve));
});

/** Text of a PDF (pdftotext from poppler-utils). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

for (const which of ['the test server', 'a second address'] as const) {
  test(`slides, QR codes and handout footers carry the address they are served from: ${which}`, async ({
    page,
    baseURL,
  }, testInfo) => {
    const origin = which === 'the test server' ? new URL(baseURL ?? '').origin : secondOrigin;
    const site = `${origin}/`;
    await page.goto(`${origin}/workshop/intro-90/1/present/`);
    await expect(page.locator('[data-ready="projector"]')).toBeAttached();
    const title = page.locator('.slide.is-current');
    await expect(title.locator('.slide-text')).toHaveText(`Follow along on your phone: ${site}`);
    const qr = title.locator('svg.qr');
    await expect(qr).toHaveAttribute('data-qr', site);
    // The QR code is exactly the code of that address.
    await expect(qr.locator('path')).toHaveAttribute('d', qrDrawing(site).path);
    await page.keyboard.press('End');
    await expect(page.locator('.slide.is-current .slide-text')).toHaveText(`Everything from today is at ${site}`);

    await page.goto(`${origin}/workshop/handouts/`);
    const footers = page.locator('.sheet-footer');
    await expect(footers).toHaveCount(10);
    for (const [i, path] of ['coi/', 'planner/', 'assessment/'].entries()) {
      const url = `${site}${path}`;
      await expect(footers.nth(i).locator('[data-sheet-address]')).toHaveText(shortAddress(url));
      await expect(footers.nth(i).locator('svg')).toHaveAttribute('data-qr', url);
      await expect(footers.nth(i).locator('svg path')).toHaveAttribute('d', qrDrawing(url, 1).path);
    }
    const lesson = footers.nth(3);
    await expect(lesson.locator('svg')).toHaveAttribute('data-qr', /\/lessons\/01-[a-z-]+\/$/);
    await expect(lesson.locator('svg')).toHaveAttribute('data-qr', new RegExp(`^${site.replace(/[.]/g, '\\.')}`));

    // And on paper.
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath('handouts.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const text = pdfText(file);
    expect(text).toContain(`Online: ${shortAddress(`${site}coi/`)}`);
    expect(text).toContain(shortAddress(`${site}assessment/`));
    expect(text).not.toContain('localhost:4321');
  });
}
