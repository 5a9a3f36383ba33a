// Serves the built site in dist/ for end-to-end tests and benchmarks, as a static host
// would: files, the site's own 404 page with a 404 status, and the headers that
// dist/_headers declares (global `/*` rules and exact paths).
// Usage: node tests/scripts/serve.mjs [port]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const dist = new URL('../../dist/', import.meta.url).pathname;
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
const notFound = readFileSync(`${dist}404.html`);

/** Parses a _headers file into path → headers. */
function parseHeaders(text) {
  const rules = new Map();
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const i = line.indexOf(':');
      current.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
  }
  return rules;
}
const rules = existsSync(`${dist}_headers`) ? parseHeaders(readFileSync(`${dist}_headers`, 'utf8')) : new Map();

function applyHeaders(res, path) {
  for (const [pattern, headers] of rules) {
    const match = pattern === path || (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1)));
    if (match) for (const [k, v] of headers) res.setHeader(k, v);
  }
}

const files = sirv(dist, { etag: true, extensions: ['html'], dev: false });
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  applyHeaders(res, path);
  if (path === '/sw.js') res.setHeader('Cache-Control', 'no-cache');
  files(req, res, () => {
    applyHeaders(res, '/404');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}/`));
