import Papa from 'papaparse';
import { fold } from '../../contact';
import { type IsoDate, isCalendarDate } from '../../dates';
import type { ColumnTarget } from './columns';
import { type DraftField, makeDraft, type ReadResult } from './draft';

export type { ColumnTarget } from './columns';

/**
 * CSV import with papaparse: finds the header row (LinkedIn puts notes above it), guesses
 * which column holds what, and turns rows into people once the reader has checked the
 * column mapping.
 */

/** A parsed CSV file: its header and its data rows, each as long as the header. */
export interface Table {
  header: string[];
  rows: string[][];
  /** True for LinkedIn's Connections.csv. */
  linkedIn: boolean;
  /** Problems papaparse reported (unclosed quotes and the like), as sentences. */
  warnings: string[];
}

const SYNONYMS: [ColumnTarget, string[]][] = [
  ['name', ['name', 'fullname', 'displayname', 'contactname', 'contact']],
  ['firstName', ['firstname', 'givenname', 'first', 'forename']],
  ['lastName', ['lastname', 'familyname', 'surname', 'last']],
  [
    'organization',
    [
      'company',
      'organization',
      'organisation',
      'org',
      'employer',
      'business',
      'companyname',
      'organizationname',
      'organization1name',
    ],
  ],
  ['role', ['position', 'title', 'jobtitle', 'role', 'occupation', 'organization1title']],
  ['email', ['email', 'emailaddress', 'mail', 'primaryemail', 'email1', 'email1value', 'emailaddress1']],
  [
    'phone',
    ['phone', 'phonenumber', 'mobile', 'tel', 'telephone', 'cell', 'mobilephone', 'phone1value', 'businessphone'],
  ],
  [
    'profileUrl',
    ['url', 'profileurl', 'linkedin', 'linkedinurl', 'profile', 'website', 'web', 'homepage', 'website1value'],
  ],
  ['howMet', ['howmet', 'howwemet', 'connectedon', 'source', 'met']],
  ['notes', ['notes', 'note', 'comments', 'description']],
  ['tags', ['tags', 'labels', 'groups', 'categories', 'groupmembership']],
  ['reach', ['reach', 'market', 'howtheyreach']],
  ['lastContact', ['lastcontact', 'lastcontacted', 'lastcontactdate', 'lastmeeting']],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date written in a common export style: `2024-03-15`, `15 Mar 2024` (LinkedIn),
 * `March 15, 2024`. Dates such as `15/03/2024` are not guessed (day and month order is
 * ambiguous). Returns undefined when the text is not one of the clear forms.
 */
export function parseLooseDate(text: string): IsoDate | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  const make = (y: number, m: number, d: number) => {
    const out = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
    return isCalendarDate(out) ? out : undefined;
  };
  if (iso) return make(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (dmy) {
    const m = MONTHS.indexOf((dmy[2] ?? '').slice(0, 3).toLowerCase());
    return m < 0 ? undefined : make(Number(dmy[3]), m + 1, Number(dmy[1]));
  }
  const mdy = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (mdy) {
    const m = MONTHS.indexOf((mdy[1] ?? '').slice(0, 3).toLowerCase());
    return m < 0 ? undefined : make(Number(mdy[3]), m + 1, Number(mdy[2]));
  }
  return undefined;
}

const key = (h: string) => fold(h).replace(/[^a-z0-9]/g, '');

/** The header LinkedIn writes in Connections.csv (as of 2024–2026). */
const LINKEDIN_HEADER = ['firstname', 'lastname', 'url', 'emailaddress', 'company', 'position', 'connectedon'];

/** True when a header is LinkedIn's connections export. */
export function isLinkedInHeader(header: readonly string[]): boolean {
  const keys = header.map(key);
  return (
    ['firstname', 'lastname', 'url', 'connectedon'].every((k) => keys.includes(k)) &&
    keys.filter((k) => LINKEDIN_HEADER.includes(k)).length >= 5
  );
}

/** A first guess at what each column holds; each target used at most once. */
export function guessMapping(header: readonly string[]): ColumnTarget[] {
  const used = new Set<ColumnTarget>();
  return header.map((h) => {
    const k = key(h);
    const hit = SYNONYMS.find(([target, words]) => !used.has(target) && words.includes(k));
    if (!hit) return 'ignore';
    used.add(hit[0]);
    return hit[0];
  });
}

const DELIMITERS = [',', ';', '\t', '|'];

/** Characters from the start of the text enough to judge the delimiter by its first 40 rows. */
const DELIMITER_SAMPLE = 64 * 1024;

/** The delimiter whose first rows split most consistently into two or more columns. */
function pickDelimiter(text: string): string {
  let best = ',';
  let bestScore = 0;
  // Only the start: papaparse would otherwise look through the whole text for its line endings, once per delimiter.
  const head = text.slice(0, DELIMITER_SAMPLE);
  for (const d of DELIMITERS) {
    const rows = Papa.parse<string[]>(head, { delimiter: d, preview: 40, skipEmptyLines: 'greedy' }).data;
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length >= 2) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;
const anyFilled = (row: readonly string[]) => row.some((c) => c.trim() !== '');

/** What parsing CSV text found: a table, or a sentence saying why it is not one. */
export type TableResult = { ok: true; table: Table } | { ok: false; error: string };

/** A table from parsed rows: finds the header, pads rows, drops empty ones, notes unclosed quotes. */
function tableFromRows(data: string[][], errors: readonly Papa.ParseError[]): TableResult {
  // The header is the first row with two or more filled cells (LinkedIn puts a note above it),
  // or a lone "Name" column.
  let at = data.findIndex((r, i) => i < 50 && filled(r) >= 2);
  if (at < 0 && data[0] && data[0].length === 1 && guessMapping(data[0])[0] === 'name') at = 0;
  if (at < 0)
    return {
      ok: false,
      error:
        'This file does not look like a table of contacts: no row has two or more columns. Export it again as CSV with a header row (such as Name, Email, Company).',
    };
  const header = (data[at] ?? []).map((h, i) => h.trim() || `Column ${i + 1}`);
  // Each row as long as the header: cut or padded where it is not (most rows already are).
  const rows: string[][] = [];
  for (let i = at + 1; i < data.length; i++) {
    const r = data[i] as string[];
    const row = r.length === header.length ? r : header.map((_, j) => r[j] ?? '');
    if (anyFilled(row)) rows.push(row);
  }
  if (rows.length === 0)
    return {
      ok: false,
      error: `This file has a header row (${header.slice(0, 4).join(', ')}) but no people below it. Check that you exported the right list.`,
    };
  const warnings = [...new Set(errors.filter((e) => e.type === 'Quotes').map((e) => e.message))].map(
    () =>
      'The file has a quotation mark that is never closed, so some rows may have run together. Check the preview before you import.',
  );
  return { ok: true, table: { header, rows, linkedIn: isLinkedInHeader(header), warnings } };
}

/** Parses CSV text into a table, or says why it is not one. */
export function parseTable(text: string): TableResult {
  const result = Papa.parse<string[]>(text, { delimiter: pickDelimiter(text), skipEmptyLines: 'greedy' });
  return tableFromRows(result.data, result.errors);
}

/** Characters parsed in one slice of a long file. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Parses CSV text like `parseTable`, a slice at a time: after each slice the page gets a
 * turn (`yieldTurn`) and hears how far the parse has come (`onProgress`, in characters).
 */
export function parseTableInSlices(
  text: string,
  yieldTurn: () => Promise<void>,
  onProgress?: (done: number, total: number) => void,
): Promise<TableResult> {
  const data: string[][] = [];
  const errors: Papa.ParseError[] = [];
  return new Promise((resolve) => {
    Papa.parse<string[]>(text, {
      delimiter: pickDelimiter(text),
      skipEmptyLines: 'greedy',
      chunkSize: CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const row of results.data) data.push(row);
        for (const e of results.errors) errors.push(e);
        onProgress?.(Math.min(text.length, results.meta.cursor), text.length);
        parser.pause();
        yieldTurn().then(() => parser.resume());
      },
      complete() {
        resolve(tableFromRows(data, errors));
      },
    });
  });
}

/**
 * Turns table rows into people with a column mapping. Rows with no name are listed, not
 * dropped silently. `from` and `limit` read part of the table (for a preview, or in slices).
 */
export function rowsToDrafts(table: Table, mapping: readonly ColumnTarget[], limit = Infinity, from = 0): ReadResult {
  const out: ReadResult = { drafts: [], noName: [], unreadable: [] };
  // The columns of each target, found once for all rows.
  const columns = new Map<ColumnTarget, number[]>();
  mapping.forEach((t, i) => {
    columns.set(t, [...(columns.get(t) ?? []), i]);
  });
  const join = (row: string[], target: ColumnTarget, sep = ' '): string | undefined => {
    const at = columns.get(target);
    if (!at) return undefined;
    if (at.length === 1) return row[at[0] as number]?.trim() || undefined;
    return (
      at
        .map((i) => (row[i] ?? '').trim())
        .filter(Boolean)
        .join(sep) || undefined
    );
  };
  const connected = table.linkedIn ? table.header.findIndex((h) => key(h) === 'connectedon') : -1;
  const rows = table.rows.slice(from, from + limit);
  rows.forEach((row, i) => {
    const index = from + i;
    const values: Partial<Record<DraftField, string>> = {};
    for (const f of ['organization', 'role', 'email', 'phone', 'profileUrl', 'reach', 'howMet'] as const)
      values[f] = join(row, f, ', ');
    values.notes = join(row, 'notes', '\n');
    values.name =
      join(row, 'name') ?? ([join(row, 'firstName'), join(row, 'lastName')].filter(Boolean).join(' ') || undefined);
    const date = join(row, 'lastContact');
    values.lastContact = date ? parseLooseDate(date) : undefined;
    if (connected >= 0 && mapping[connected] === 'howMet' && row[connected]?.trim())
      values.howMet = `Connected on LinkedIn, ${row[connected]?.trim()}`;
    const tags = (join(row, 'tags', ',') ?? '').split(/[,;]|:::/);
    if (table.linkedIn) tags.push('LinkedIn');
    const draft = makeDraft(`row ${index + 1}`, values, tags);
    if (draft) out.drafts.push(draft);
    else out.noName.push(`row ${index + 1}`);
  });
  return out;
}
