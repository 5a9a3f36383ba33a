import type { Contact, Tier } from '../../schemas/contact';
import { byName, fold } from '../contact';
import { coiScore } from './scoring';

/**
 * Searching, filtering and sorting the worksheet's people. Built to stay quick with
 * thousands of imported contacts: the search text of each person is prepared once, and the
 * page shows the result a window at a time.
 */

/** How many rows the list shows at first, and adds with each "show more". */
export const PAGE_SIZE = 50;

/** Ways to sort the list. */
export const SORTS = {
  score: 'Score, highest first',
  name: 'Name, A to Z',
  lastContact: 'Last contact, newest first',
} as const;
/** A sort key. */
export type SortKey = keyof typeof SORTS;

/** What the reader asked the list to show. */
export interface ListQuery {
  /** Words to look for in names, organizations, roles, emails, tags and notes. */
  text: string;
  /** One tier, or every tier. */
  tier: Tier | 'all';
  /** One tag, or '' for any. */
  tag: string;
  sort: SortKey;
}

/** A person ready to be searched. */
export interface IndexedPerson {
  id: string;
  contact: Contact;
  score: number;
  /** Lower-case, accent-free text of the searchable fields. */
  text: string;
  /** Lower-case tags. */
  tags: string[];
}

/** Prepares every person for searching. */
export function indexPeople(items: Record<string, Contact | undefined>): IndexedPerson[] {
  const out: IndexedPerson[] = [];
  for (const id in items) {
    const c = items[id];
    if (!c) continue;
    const text = fold(
      [c.name, c.organization, c.role, c.email, c.reach, c.howMet, c.notes, c.tags.join(' ')]
        .filter(Boolean)
        .join(' \u0000'),
    );
    out.push({ id, contact: c, score: coiScore(c.coi), text, tags: c.tags.map((t) => t.toLowerCase()) });
  }
  return out;
}

const comparators: Record<SortKey, (a: IndexedPerson, b: IndexedPerson) => number> = {
  name: (a, b) => byName(a.contact.name, b.contact.name),
  score: (a, b) => b.score - a.score || byName(a.contact.name, b.contact.name),
  lastContact: (a, b) =>
    (b.contact.lastContact ?? '').localeCompare(a.contact.lastContact ?? '') || byName(a.contact.name, b.contact.name),
};

/** The people matching a query, sorted. Every word of the search must appear somewhere. */
export function queryPeople(people: readonly IndexedPerson[], q: ListQuery): IndexedPerson[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const tag = q.tag.toLowerCase();
  const out = people.filter(
    (p) =>
      (q.tier === 'all' || p.contact.tier === q.tier) &&
      (!tag || p.tags.includes(tag)) &&
      words.every((w) => p.text.includes(w)),
  );
  return out.sort(comparators[q.sort]);
}

/** Every tag in use, A to Z, each once (first spelling wins). */
export function allTags(people: readonly IndexedPerson[]): string[] {
  const seen = new Map<string, string>();
  for (const p of people) for (const t of p.contact.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()].sort(byName);
}

/** Splits typed tags ("clients, lawyers; golf") into a clean list: trimmed, once each, at most 30 of 60 characters. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const t = raw.replace(/\s+/g, ' ').trim().slice(0, 60).trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out.slice(0, 30);
}

/** A profile URL as a link target, only when it is an http(s) address; otherwise null (shown as text). */
export function safeHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The query a worksheet link asks for: `?list=triage` opens the triage list sorted by name. */
export function queryFromSearch(search: string): ListQuery {
  const list = new URLSearchParams(search).get('list');
  const tier = (['core', 'potential', 'triage', 'other'] as const).find((t) => t === list);
  return { text: '', tier: tier ?? 'all', tag: '', sort: tier === 'triage' || tier === 'other' ? 'name' : 'score' };
}

/** Every person of an id → contact map, as [id, contact] pairs (deleted ids left out). */
export function entriesOf(items: Record<string, Contact | undefined>): [string, Contact][] {
  const out: [string, Contact][] = [];
  for (const id in items) {
    const c = items[id];
    if (c) out.push([id, c]);
  }
  return out;
}
