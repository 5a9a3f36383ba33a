// What the service worker downloads on a reader's first visit, read from the built sw.js:
// every file of its precache list with its size, raw and gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The precache of the service worker built into `dist`: each file's site path, raw and
 * gzipped size, and the totals.
 * @param {string} dist absolute path of the build output
 */
export function precache(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const files = [...sw.matchAll(/url:"([^"]+)"/g)]
    .map((m) => m[1])
    .filter((url) => existsSync(join(dist, url)))
    .map((url) => {
      const body = readFileSync(join(dist, url));
      return { url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}
