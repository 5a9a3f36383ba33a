import { SEARCH_FILES_LIST, searchCacheName } from '../domain/offline';
import { BASE, href } from '../domain/paths';
import { excerptParts } from '../domain/search';

/**
 * The search page: queries the Pagefind index built with the site and lists the best
 * results with excerpts, ten at a time with "Show more results" for the next ten. The index
 * loads on this page only. The first time the page is used online it keeps the whole index in
 * this browser's caches (the service worker answers from them offline), and it says plainly
 * whether search works offline yet.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  debouncedSearch(q: string): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE = 10;
const input = document.getElementById('search-input') as HTMLInputElement | null;
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
const more = document.getElementById('search-more') as HTMLButtonElement | null;
let engine: Promise<Pagefind> | null = null;
/** Every result of the current search, and how many are on the page. */
let current: { results: PagefindResult[]; shown: number } = { results: [], shown: 0 };
const offlineLine = document.getElementById('search-offline');
const NOT_YET_OFFLINE =
  'Search is not available offline yet. Open this page once while you are online; after that, search works offline too.';

function load(): Promise<Pagefind> {
  // A runtime path: the index is built after the site, so the bundler must leave it alone.
  const url = `${location.origin}${href('/pagefind/pagefind.js')}`;
  // Result addresses are the indexed site paths under this copy's base path.
  engine ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ baseUrl: BASE });
    return pagefind;
  });
  return engine;
}

function resultItem(url: string, title: string, excerpt: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = url.startsWith('/') ? url : href('/');
  a.textContent = title;
  const p = document.createElement('p');
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else {
      p.append(document.createTextNode(part.text));
    }
  }
  li.append(a, p);
  return li;
}

function countLine(): string {
  const n = current.results.length;
  if (!n) return 'No results. Try another word.';
  const of = n > current.shown ? `, showing the first ${current.shown}` : '';
  return `${n} result${n === 1 ? '' : 's'}${of}.`;
}

/** Adds the next page of results to the list; returns the first link it added. */
async function showMore(): Promise<HTMLAnchorElement | null> {
  if (!list) return null;
  const page = current.results.slice(current.shown, current.shown + PAGE);
  const searched = current;
  const data = await Promise.all(page.map((r) => r.data()));
  if (searched !== current) return null; // a newer search replaced this one
  const items = data.map((d) => resultItem(d.url, d.meta.title ?? d.url, d.excerpt));
  list.append(...items);
  current.shown += items.length;
  if (more) more.hidden = current.shown >= current.results.length;
  return items[0]?.querySelector('a') ?? null;
}

async function run(query: string) {
  if (!list || !status) return;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (query.trim().length < 2) {
    current = { results: [], shown: 0 };
    list.replaceChildren();
    if (more) more.hidden = true;
    status.textContent = 'Type at least two letters.';
    return;
  }
  if (!navigator.onLine && !(await keptOffline())) {
    status.textContent = NOT_YET_OFFLINE;
    return;
  }
  try {
    const pagefind = await load();
    const found = await pagefind.debouncedSearch(query);
    if (!found) return; // a newer keystroke replaced this search
    current = { results: found.results, shown: 0 };
    list.replaceChildren();
    await showMore();
    status.textContent = countLine();
  } catch {
    engine = null;
    status.textContent = (await keptOffline())
      ? 'Search could not load. Reload the page to try again.'
      : navigator.onLine
        ? 'Search could not load. Check your connection and try again.'
        : NOT_YET_OFFLINE;
  }
}

const OFFLINE_READY = 'Search works offline in this browser.';

/** Whether this browser keeps the whole search index (the list of its files is kept last). */
async function keptOffline(): Promise<boolean> {
  if (!('caches' in window)) return false;
  try {
    const cache = await caches.open(searchCacheName(BASE));
    return (await cache.match(href(SEARCH_FILES_LIST))) !== undefined;
  } catch {
    return false;
  }
}

/** A file of the site from the network, or an error after `ms` without an answer. */
async function fetchWithin(url: string, ms: number): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(ms) });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/**
 * Keeps the whole search index for offline use, or brings the kept copy up to date with the
 * site; files of an older index are removed. Says what it did in the line below the results.
 */
async function keepOffline(attempts = 3): Promise<void> {
  if (!('caches' in window) || !offlineLine) return;
  const kept = await keptOffline();
  if (kept) offlineLine.textContent = OFFLINE_READY;
  if (!navigator.onLine) {
    if (!kept)
      offlineLine.textContent =
        'Search is not available offline yet: it is saved the first time you open this page online.';
    return;
  }
  try {
    if (!kept) offlineLine.textContent = 'Saving search for offline use…';
    const cache = await caches.open(searchCacheName(BASE));
    const listUrl = href(SEARCH_FILES_LIST);
    const response = await fetchWithin(listUrl, 8000);
    const text = await response.text();
    const before = await cache.match(listUrl);
    if (before && (await before.text()) === text) return;
    const urls = (JSON.parse(text) as string[]).map((f) => new URL(href(`/${f}`), location.href).href);
    const files = await Promise.all(urls.map(async (url) => [url, await fetchWithin(url, 15000)] as const));
    for (const [url, file] of files) await cache.put(url, file);
    const wanted = new Set([...urls, new URL(listUrl, location.href).href]);
    for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
    await cache.put(listUrl, new Response(text, { headers: { 'content-type': 'application/json' } }));
    offlineLine.textContent = OFFLINE_READY;
  } catch {
    if (attempts > 1) {
      setTimeout(() => void keepOffline(attempts - 1), 2000);
      return;
    }
    if (!kept) offlineLine.textContent = 'Search could not be saved for offline use; it works while you are online.';
  }
}

more?.addEventListener('click', async () => {
  const first = await showMore();
  if (status) status.textContent = countLine();
  // Keyboard users carry on from the first new result; the button may have gone.
  first?.focus();
});

if (input && list) {
  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('keydown', (e) => {
    // Enter opens the first result; arrow down moves into the results.
    if (e.key === 'Enter') {
      e.preventDefault();
      list.querySelector('a')?.click();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      list.querySelector('a')?.focus();
    }
  });
  // A shared address (?q=) fills the box; otherwise keep what was typed before this script ran.
  const q = new URLSearchParams(location.search).get('q') || input.value;
  input.value = q;
  input.focus();
  if (q) void run(q);
  // After the page has settled, so the first search is not kept waiting.
  if ('requestIdleCallback' in window) requestIdleCallback(() => void keepOffline(), { timeout: 3000 });
  else setTimeout(() => void keepOffline(), 1000);
}
