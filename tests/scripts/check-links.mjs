// Checks every internal link, script, stylesheet and image of a built copy of the site: the
// address is under the copy's base path, the target file exists and, for links with a
// #fragment, the target page has that id. External links must carry rel="noopener". Fails
// on any broken link, and on any address written from the domain's root in a copy built for
// a sub-path (it would leave the copy).
// Usage: node tests/scripts/check-links.mjs [folder]   (default dist; the base is the manifest's scope)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('../../', import.meta.url));
const folder = process.argv[2] ?? 'dist';
const dist = `${resolve(project, folder)}/`;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${folder} has no built site in it.`);
  process.exit(1);
}
/** The copy's base path, e.g. '/' or '/workshop/'. */
const base = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')).scope ?? '/';
const site = new URL('http://site.invalid/');

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

/** The built file a site path points at, or null. */
function fileFor(path) {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const c of candidates) {
    const f = join(dist, c);
    if (existsSync(f) && statSync(f).isFile()) return f;
  }
  return null;
}

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file);
}

const problems = [];
let checked = 0;
for (const file of htmlFiles(dist)) {
  if (file.startsWith(join(dist, 'pagefind'))) continue;
  const html = readFileSync(file, 'utf8');
  const pagePath = `${base}${relative(dist, file).replace(/index\.html$/, '')}`;
  for (const m of html.matchAll(/<(a|link|script|img|source|iframe|form)\b([^>]*)>/g)) {
    const attrs = m[2];
    const ref = /\s(?:href|src|action)="([^"]*)"/.exec(attrs)?.[1];
    if (
      ref === undefined ||
      ref === '' ||
      ref.startsWith('data:') ||
      ref.startsWith('mailto:') ||
      ref.startsWith('tel:')
    )
      continue;
    if (m[1] === 'link' && /rel="(canonical|sitemap)"/.test(attrs)) continue; // absolute by design
    if (m[1] === 'meta') continue;
    const url = new URL(ref.replace(/&amp;/g, '&'), new URL(pagePath, site));
    checked++;
    if (url.origin !== site.origin) {
      if (m[1] === 'a' && !/rel="[^"]*noopener/.test(attrs))
        problems.push(`${pagePath}: external link without rel="noopener": ${ref}`);
      continue;
    }
    if (!url.pathname.startsWith(base)) {
      problems.push(`${pagePath}: link outside the base path ${base} (write it with href()): ${ref}`);
      continue;
    }
    const target = fileFor(`/${url.pathname.slice(base.length)}`);
    if (!target) {
      problems.push(`${pagePath}: broken link to ${url.pathname}`);
      continue;
    }
    const fragment = url.hash.slice(1);
    if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
      problems.push(`${pagePath}: ${url.pathname} has no element with id "${fragment}"`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} broken link(s).`);
  process.exit(1);
}
console.log(`${folder}: all ${checked} internal links and assets resolve under ${base}.`);
