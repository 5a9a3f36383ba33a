// Renders the site's PNG icons and social preview image from SVG/HTML with Chromium.
// Run once after changing the logo: node tests/scripts/make-icons.mjs (outputs go to public/).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';

const out = new URL('../../public/', import.meta.url).pathname;
const logo = (
  size,
  pad,
) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">
  <rect width="32" height="32" rx="${pad ? 0 : 7}" fill="#1f5f57"/>
  <g transform="${pad ? 'translate(4.8 4.8) scale(0.7)' : ''}">
    <circle cx="12.5" cy="16" r="6.5" fill="none" stroke="#fff" stroke-width="2.4"/>
    <circle cx="19.5" cy="16" r="6.5" fill="none" stroke="#fff" stroke-width="2.4"/>
  </g></svg>`;

const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
async function shoot(html, width, height, file) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<html><body style="margin:0;background:transparent">${html}</body></html>`);
  await page.screenshot({ path: `${out}${file}`, omitBackground: true, clip: { x: 0, y: 0, width, height } });
}
await shoot(logo(192, false), 192, 192, 'icons/icon-192.png');
await shoot(logo(512, false), 512, 512, 'icons/icon-512.png');
await shoot(logo(512, true), 512, 512, 'icons/maskable-512.png');
await shoot(logo(180, true), 180, 180, 'icons/apple-touch-icon.png');
await shoot(
  `<div style="width:1200px;height:630px;box-sizing:border-box;padding:90px 100px;background:#fbfaf7;font-family:'DejaVu Sans',sans-serif;color:#1d1f1e;display:flex;flex-direction:column;justify-content:space-between">
    <div style="display:flex;align-items:center;gap:24px;font-size:40px;font-weight:700">${logo(88, false)}Relationship First</div>
    <div style="font-size:72px;font-weight:700;line-height:1.1;max-width:950px">Build the relationships before you need them.</div>
    <div style="font-size:28px;color:#4f5551">Seven short lessons · tools you keep using · printable worksheets</div>
  </div>`,
  1200,
  630,
  'social.png',
);
await browser.close();
console.log('Icons and social image written to public/.');
