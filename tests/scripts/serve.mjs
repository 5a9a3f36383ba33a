// Serves the built site in dist/ for end-to-end tests and benchmarks: static files, the
// site's own 404 page with a 404 status, and the headers from dist/_headers when present.
// Usage: node tests/scripts/serve.mjs [port]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const dist = new URL('../../dist/', import.meta.url).pathname;
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
const notFound = readFileSync(`${dist}404.html`);
const files = sirv(dist, { etag: true, extensions: ['html'] });

const server = createServer((req, res) => {
  files(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}/`));
