import { qrDrawing } from '../domain/qr';
import { pageAddress, shortAddress } from '../domain/site-address';

/**
 * Fills in the address and QR code of every printed sheet's footer
 * (`[data-site-path]`), from the address the site is served at or the facilitator's own.
 * Builds the QR code's SVG with DOM calls, never markup.
 */

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element of a QR code for `text`. */
export function qrSvg(text: string): SVGSVGElement {
  const qr = qrDrawing(text, 1);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `QR code for ${shortAddress(text)}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.dataset.qr = text;
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(qr.size));
  bg.setAttribute('height', String(qr.size));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qr.path);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

/** Writes `site` (ending with a slash) into every sheet footer under `root`. */
export function fillSheetAddresses(site: string, root: ParentNode = document) {
  for (const footer of root.querySelectorAll<HTMLElement>('[data-site-path]')) {
    const url = pageAddress(footer.dataset.sitePath ?? '', site);
    const text = footer.querySelector<HTMLElement>('[data-sheet-address]');
    if (text) text.textContent = shortAddress(url);
    const box = footer.querySelector<HTMLElement>('[data-sheet-qr]');
    if (box && box.querySelector('svg')?.dataset.qr !== url) box.replaceChildren(qrSvg(url));
  }
}
