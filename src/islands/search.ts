import { BASE, href } from '../domain/paths';
import { excerptParts } from '../domain/search';

/**
 * The search page: queries the Pagefind index built with the site and lists the best
 * results with excerpts, ten at a time with "Show more results" for the next ten. The index
 * loads on this page only, and works offline once cached.
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
  try {
    const pagefind = await load();
    const found = await pagefind.debouncedSearch(query);
    if (!found) return; // a newer keystroke replaced this search
    current = { results: found.results, shown: 0 };
    list.replaceChildren();
    await showMore();
    status.textContent = countLine();
  } catch {
    status.textContent = 'Search could not load. If you are offline, open this page once while online first.';
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
}
