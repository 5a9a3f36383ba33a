import { isCalendarDate } from '../../dates';

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
  /** Fields whose value was longer than the worksheet keeps, and was shortened (the preview says so). */
  shortened?: DraftField[];
};

/** Human names of the fields, for messages. */
export const FIELD_NAMES: Record<DraftField, string> = {
  name: 'name',
  organization: 'organization',
  role: 'role',
  email: 'email',
  phone: 'phone',
  profileUrl: 'profile URL',
  reach: 'reach',
  howMet: 'how you met',
  notes: 'notes',
  lastContact: 'last contact',
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

/**
 * Text that tidying leaves as it is: printable Latin letters, digits and signs, words apart by
 * single spaces, nothing at either end (most values of an export; they skip the slower clean-up).
 */
const TIDY = /^[\x21-\x7e\u00a1-\u024f]+(?: [\x21-\x7e\u00a1-\u024f]+)*$/;

/** A value tidied for a field (control characters removed, spaces tidied), not yet cut to length. */
export function tidyValue(field: DraftField, value: string): string {
  if (TIDY.test(value)) return value;
  const v = value.replace(/\r\n?/g, '\n').replace(/(?!\n)[\p{Cc}\u200b\u2028\u2029\ufeff]/gu, ' ');
  return MULTILINE.has(field)
    ? v
        .split('\n')
        .map((l) => l.replace(/[ \t]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : v.replace(/\s+/g, ' ').trim();
}

/** A tidied value cut to its field's length in characters (not UTF-16 units); the same string when it fits. */
function cutToField(field: DraftField, tidy: string): string {
  // A string no longer than the limit in UTF-16 units has no more characters than that either.
  if (tidy.length <= FIELD_MAX[field]) return tidy;
  const chars = [...tidy];
  return chars.length <= FIELD_MAX[field] ? tidy : chars.slice(0, FIELD_MAX[field]).join('').trim();
}

/** A value cleaned for a field: control characters removed, spaces tidied, cut to the field's length. */
export function cleanValue(field: DraftField, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = tidyValue(field, value);
  return v ? cutToField(field, v) : undefined;
}

/** Whether a value is longer than its field keeps (so `cleanValue` shortens it). */
export function isTooLong(field: DraftField, value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = tidyValue(field, value);
  return v.length > FIELD_MAX[field] && [...v].length > FIELD_MAX[field];
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
  const shortened: DraftField[] = [];
  for (const f of DRAFT_FIELDS) {
    const raw = values[f];
    const tidy = raw === undefined ? '' : tidyValue(f, raw);
    if (!tidy) continue;
    const v = cutToField(f, tidy);
    out[f] = v;
    // Cutting changes a value exactly when it is longer than the field keeps.
    if (f !== 'lastContact' && v !== tidy) shortened.push(f);
  }
  if (shortened.length) out.shortened = shortened;
  if (
    out.lastContact !== undefined &&
    (values.lastContact?.trim() !== out.lastContact || !isCalendarDate(out.lastContact))
  )
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
