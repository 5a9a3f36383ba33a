import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrDrawing } from '../../src/domain/qr';
import { checkAddress, pageAddress, shortAddress, shownAddress, siteAddress } from '../../src/domain/site-address';

describe('the address participants open', () => {
  it('is the page’s origin plus the site’s base path', () => {
    expect(siteAddress('http://127.0.0.1:4333', '/')).toBe('http://127.0.0.1:4333/');
    expect(siteAddress('https://example.org', '/course')).toBe('https://example.org/course/');
    expect(siteAddress('https://example.org', '/course/')).toBe('https://example.org/course/');
    expect(siteAddress('https://example.org')).toBe('https://example.org/');
  });

  it('can be the facilitator’s own, checked and cleaned', () => {
    expect(checkAddress('')).toEqual({ ok: true, address: undefined });
    expect(checkAddress('  workshop.example.org ')).toEqual({ ok: true, address: 'https://workshop.example.org/' });
    expect(checkAddress('https://example.org/rf?x=1#top')).toEqual({ ok: true, address: 'https://example.org/rf/' });
    expect(checkAddress('http://localhost:8080')).toEqual({ ok: true, address: 'http://localhost:8080/' });
    for (const bad of ['ftp://example.org/', 'not an address', 'intranet', 'https://me:pw@example.org/']) {
      const r = checkAddress(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(20);
    }
    expect(shownAddress('https://a.org/', undefined)).toBe('https://a.org/');
    expect(shownAddress('https://a.org/', 'https://b.org/')).toBe('https://b.org/');
  });

  it('gives each sheet its page under the site, and a short form to print', () => {
    expect(pageAddress('/coi/', 'https://example.org/course/')).toBe('https://example.org/course/coi/');
    expect(pageAddress('lessons/01-a/', 'https://example.org/')).toBe('https://example.org/lessons/01-a/');
    expect(shortAddress('https://example.org/course/coi/')).toBe('example.org/course/coi/');
    expect(shortAddress('https://example.org/')).toBe('example.org');
    expect(shortAddress('http://127.0.0.1:4333/coi/')).toBe('http://127.0.0.1:4333/coi/');
  });
});

describe('QR codes', () => {
  it('draw exactly the modules of the code, with its quiet zone', () => {
    const text = 'https://example.org/course/';
    const { size, path } = qrDrawing(text, 2);
    const { data } = encode(text, { border: 2, ecc: 'M' });
    expect(size).toBe(data.length);
    // Paint the path's runs back onto a grid and compare.
    const grid = data.map((row) => row.map(() => false));
    for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
      for (let i = 0; i < w; i++) grid[y]![x + i] = true;
    }
    expect(grid).toEqual(data);
    expect(data[0]?.some(Boolean)).toBe(false);
  });
});
