// Checks every internal link, script, stylesheet and image of the built site: the target
// file exists and, for links with a #fragment, the target page has that id. External
// links must carry rel="noopener". Fails on any broken link.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
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
  const pagePath = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  for (const m of html.matchAll(/<(a|link|script|img|source|iframe)\b([^>]*)>/g)) {
    const attrs = m[2];
    const ref = /\s(?:href|src)="([^"]*)"/.exec(attrs)?.[1];
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
    const target = fileFor(url.pathname);
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
console.log(`All ${checked} internal links and assets resolve.`);
