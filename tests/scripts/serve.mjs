// Serves built copies of the site as a static host would: files (text compressed with gzip
// when the browser accepts it), folders redirected to their trailing slash, each copy's own 404 page with a 404 status, and the headers that the copy's
// _headers file declares (what Netlify and Cloudflare Pages send). `npm run preview` and the
// end-to-end tests both use it, so what is tested is what ships.
//
// Usage: node tests/scripts/serve.mjs [port] [folder[=base] ...]
//   node tests/scripts/serve.mjs 4321                          dist/ at its own base path
//   node tests/scripts/serve.mjs 4330 dist dist-workshop       two copies on one origin
// A copy's base path is read from its web app manifest (its `scope`) unless given.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';

const project = new URL('../../', import.meta.url).pathname;
const [portArg, ...folderArgs] = process.argv.slice(2);
const port = Number(portArg ?? process.env.PORT ?? 4329);

/** Parses a _headers file into pattern → headers, in file order. */
function parseHeaders(text) {
  const rules = new Map();
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
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

/** One built copy: its folder, base path, files, header rules and 404 page. */
function mount(arg) {
  const [folder, given] = arg.split('=');
  const dir = resolve(project, folder);
  if (!existsSync(`${dir}/index.html`)) {
    const build = folder.startsWith('dist-') ? 'npm run build:copy' : 'npm run build';
    console.error(`${folder} has no built site in it. Run ${build} first.`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.webmanifest`, 'utf8'));
  const base = given ?? manifest.scope ?? '/';
  const headersPath = `${dir}/_headers`;
  return {
    dir,
    base,
    rules: existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : new Map(),
    notFound: readFileSync(`${dir}/404.html`),
    files: sirv(dir, { etag: true, extensions: ['html'], dev: false }),
  };
}

// The copy with the longest base path answers first.
const copies = (folderArgs.length ? folderArgs : ['dist']).map(mount).sort((a, b) => b.base.length - a.base.length);

/** Sets the headers of every rule that matches `path`; a repeated header is joined with a comma, as hosts do. */
function applyHeaders(res, rules, path) {
  const sent = new Map();
  for (const [pattern, headers] of rules) {
    const match = pattern === path || (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1)));
    if (!match) continue;
    for (const [k, v] of headers) sent.set(k, sent.has(k) ? `${sent.get(k)}, ${v}` : v);
  }
  for (const [k, v] of sent) res.setHeader(k, v);
}

function notFound(res, copy) {
  applyHeaders(res, copy?.rules ?? new Map(), `${copy?.base ?? '/'}404.html`);
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(copy?.notFound ?? 'Not found');
}

/** Types a host compresses on the way out. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

/** Compresses the response with gzip when the browser accepts it and the type is text, as hosts do. */
function gzipWhenAccepted(req, res) {
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return;
  const { writeHead, write, end } = res;
  res.writeHead = (status, ...rest) => {
    const headers = typeof rest[0] === 'object' ? rest[0] : typeof rest[1] === 'object' ? rest[1] : {};
    const type = String(headers['Content-Type'] ?? headers['content-type'] ?? res.getHeader('content-type') ?? '');
    if (status === 200 && COMPRESSIBLE.test(type) && req.method !== 'HEAD') {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-length') delete headers[k];
      res.removeHeader('content-length');
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      const gz = createGzip();
      gz.on('data', (chunk) => write.call(res, chunk));
      gz.on('end', () => end.call(res));
      // The compressor buffers what it is given, so the file stream never waits on it.
      res.write = (chunk) => {
        gz.write(chunk);
        return true;
      };
      res.end = (chunk) => {
        if (chunk) gz.write(chunk);
        gz.end();
        return res;
      };
    }
    return writeHead.call(res, status, ...rest);
  };
}

const server = createServer((req, res) => {
  gzipWhenAccepted(req, res);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const copy = copies.find((c) => path.startsWith(c.base) || `${path}/` === c.base);
  if (!copy) return notFound(res, copies.at(-1));
  const inside = path.slice(copy.base.length - 1);
  // A folder asked for without its trailing slash moves to it, as static hosts do.
  const folder = `${copy.dir}${decodeURIComponent(inside)}`;
  if (!path.endsWith('/') && existsSync(`${folder}/index.html`) && statSync(folder).isDirectory()) {
    res.writeHead(301, { location: `${path}/${url.search}` });
    return res.end();
  }
  applyHeaders(res, copy.rules, path);
  if (inside === '/sw.js') res.setHeader('Cache-Control', 'no-cache');
  req.url = `${inside}${url.search}`;
  copy.files(req, res, () => notFound(res, copy));
});

server.listen(port, '127.0.0.1', () => {
  for (const c of [...copies].reverse()) console.log(`Serving ${c.dir} at http://127.0.0.1:${port}${c.base}`);
});
