import { encode } from 'uqr';

/**
 * QR codes as one SVG path, so the same code is drawn when a page is built and in the
 * browser (from the address the page is served at), without inserting markup.
 */

/** A QR code's modules as an SVG path over a `size` × `size` grid (quiet zone included). */
export interface QrDrawing {
  size: number;
  path: string;
}

/** Draws `text` as a QR code with a quiet zone of `border` modules. */
export function qrDrawing(text: string, border = 2): QrDrawing {
  const { data } = encode(text, { border, ecc: 'M' });
  const size = data.length;
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const from = x;
      while (x < size && row[x]) x++;
      parts.push(`M${from} ${y}h${x - from}v1h${from - x}z`);
    }
  });
  return { size, path: parts.join('') };
}
