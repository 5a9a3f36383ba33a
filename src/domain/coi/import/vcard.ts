import ICAL from 'ical.js';
import { type DraftField, makeDraft, type ReadResult } from './draft';
import { isVcard21, vcard21To30 } from './vcard21';

/**
 * vCard import (versions 3 and 4, as phones and mail programs export them, and 2.1 from
 * older phones and Outlook, rewritten as 3.0 first) with ical.js.
 * Each card is parsed on its own, so one damaged card is reported and the rest still load.
 */

type JProp = [string, Record<string, unknown>, string, ...unknown[]];

/** Splits a file into the text of each card (BEGIN:VCARD … END:VCARD); folded lines stay with their card. */
export function splitCards(text: string): string[] {
  const cards: string[] = [];
  let current: string[] | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') current = [line.trim()];
    else if (current && upper === 'END:VCARD') {
      current.push('END:VCARD');
      cards.push(current.join('\r\n'));
      current = null;
    } else if (current) current.push(line);
  }
  return cards;
}

const asText = (v: unknown): string =>
  Array.isArray(v) ? v.map(asText).filter(Boolean).join(' ') : v === null || v === undefined ? '' : String(v);

/** Whether a property's TYPE parameter includes "pref" (v3) or it has PREF=1 (v4). */
const preferred = (p: JProp) => {
  const t = p[1].type;
  const types = (Array.isArray(t) ? t : [t]).map((x) => String(x ?? '').toLowerCase());
  return types.includes('pref') || String(p[1].pref ?? '') === '1';
};

/** The values of one card's properties as contact fields. */
function cardValues(props: JProp[]): { values: Partial<Record<DraftField, string>>; tags: string[] } {
  const all = (name: string) => props.filter((p) => p[0] === name);
  const first = (name: string) => {
    const list = all(name);
    const p = list.find(preferred) ?? list[0];
    return p ? asText(p[3]) : undefined;
  };
  let name = first('fn');
  const n = all('n')[0]?.[3];
  if (!name?.trim() && Array.isArray(n)) {
    // N is family; given; additional; prefixes; suffixes.
    const [family, given, additional, prefix, suffix] = n.map(asText);
    name = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
  }
  const org = all('org')[0]?.[3];
  const organization = Array.isArray(org) ? org.map(asText).filter(Boolean).join(', ') : asText(org);
  const urls = [...all('url'), ...all('x-socialprofile')].map((p) => asText(p[3]));
  const profileUrl = urls.find((u) => /linkedin\.com/i.test(u)) ?? urls.find((u) => /^https?:\/\//i.test(u)) ?? urls[0];
  const tags = all('categories').flatMap((p) =>
    p
      .slice(3)
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .map(asText),
  );
  return {
    values: {
      name,
      organization,
      role: first('title') ?? first('role'),
      email: first('email')?.replace(/^mailto:/i, ''),
      phone: first('tel')?.replace(/^tel:/i, ''),
      profileUrl,
      notes: all('note')
        .map((p) => asText(p[3]))
        .join('\n\n'),
    },
    tags,
  };
}

/** Reads every card of a vCard file. */
export function parseVcards(text: string): ReadResult {
  const out: ReadResult = { drafts: [], noName: [], unreadable: [] };
  splitCards(text).forEach((card, i) => {
    const source = `card ${i + 1}`;
    let parsed: unknown;
    try {
      parsed = ICAL.parse(isVcard21(card) ? vcard21To30(card) : card);
    } catch (e) {
      out.unreadable.push({ source, reason: e instanceof Error ? e.message : 'it is not a valid vCard' });
      return;
    }
    const component = (Array.isArray(parsed) && parsed[0] === 'vcard' ? parsed : (parsed as unknown[])[0]) as
      | [string, JProp[]]
      | undefined;
    if (component?.[0] !== 'vcard') {
      out.unreadable.push({ source, reason: 'it is not a vCard' });
      return;
    }
    const { values, tags } = cardValues(component[1]);
    const draft = makeDraft(source, values, tags);
    if (draft) out.drafts.push(draft);
    else out.noName.push(source);
  });
  return out;
}
