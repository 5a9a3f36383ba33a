import { isIsoDate } from '../dates';

/**
 * A person read from an import file, before it joins the contacts collection: every
 * value trimmed, cleaned of control characters and cut to the lengths the contact
 * schema allows.
 */

/** The contact fields an import can fill. */
export const DRAFT_FIELDS = [
  'name',
  'organization',
  'role',
  'email',
  'phone',
  'profileUrl',
  'reach',
  'howMet',
  'notes',
  'lastContact',
] as const;
/** A field an import can fill. */
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** A person read from a file. */
export type Draft = { [K in DraftField]?: string } & {
  /** Where in the file it came from, for messages: "row 14", "card 3". */
  source: string;
  name: string;
  tags: string[];
};

/** Longest value of each field (the contact schema's limits). */
export const FIELD_MAX: Record<DraftField, number> = {
  name: 200,
  organization: 200,
  role: 200,
  email: 200,
  phone: 200,
  profileUrl: 500,
  reach: 1000,
  howMet: 1000,
  notes: 5000,
  lastContact: 10,
};

const MULTILINE: ReadonlySet<DraftField> = new Set(['notes', 'howMet', 'reach']);

/** A value cleaned for a field: control characters removed, spaces tidied, cut to the field's length. */
export function cleanValue(field: DraftField, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let v = value.replace(/\r\n?/g, '\n').replace(/(?!\n)[\p{Cc}\u200b\u2028\u2029\ufeff]/gu, ' ');
  v = MULTILINE.has(field)
    ? v
        .split('\n')
        .map((l) => l.replace(/[ \t]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : v.replace(/\s+/g, ' ').trim();
  if (!v) return undefined;
  return [...v].slice(0, FIELD_MAX[field]).join('').trim();
}

/** Cleans tags: trimmed, each once, at most 30 of 60 characters. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.replace(/\s+/g, ' ').trim().slice(0, 60).trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out.slice(0, 30);
}

/** A cleaned draft, or null when the person has no name. */
export function makeDraft(
  source: string,
  values: { [K in DraftField]?: string },
  tags: readonly string[] = [],
): Draft | null {
  const out: Draft = { source, name: '', tags: cleanTags(tags) };
  for (const f of DRAFT_FIELDS) {
    const v = cleanValue(f, values[f]);
    if (v !== undefined) out[f] = v;
  }
  if (out.lastContact !== undefined && (values.lastContact?.trim() !== out.lastContact || !isIsoDate(out.lastContact)))
    delete out.lastContact;
  return out.name ? out : null;
}

/** What reading a file produced: people with a name, and where the nameless ones were. */
export interface ReadResult {
  drafts: Draft[];
  /** Sources ("row 7") of entries with no name, which are skipped. */
  noName: string[];
  /** Entries that could not be read at all, with the reason. */
  unreadable: { source: string; reason: string }[];
}
