import type { ColumnTarget, Table } from '../domain/coi/import/csv';
import {
  type Duplicate,
  type DuplicateChoice,
  findDuplicates,
  type ImportPlan,
  planImport,
  planUndo,
} from '../domain/coi/import/dedupe';
import { checkImportFile, formatSize, MAX_IMPORT_BYTES } from '../domain/coi/import/detect';
import type { ReadResult } from '../domain/coi/import/draft';
import { entriesOf } from '../domain/coi/list';
import { type Contact, contactSchema } from '../schemas/contact';
import type { Collection } from './collection';
import { contacts, newId } from './contacts';

/**
 * Importing people into the worksheet's triage list. The parsers load only when a file of
 * their kind is chosen. Nothing is saved until the reader confirms the preview.
 */

/** A chosen file, read and parsed, waiting for the reader's mapping and choices. */
export type ReadFile =
  | { ok: true; format: 'csv'; name: string; table: Table; mapping: ColumnTarget[] }
  | { ok: true; format: 'vcard'; name: string; result: ReadResult }
  | { ok: false; error: string };

/** Reads and checks a file the reader chose. Never throws; nothing is saved. */
export async function readImportFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: `“${file.name}” is ${formatSize(file.size)}, and the worksheet reads files up to ${formatSize(MAX_IMPORT_BYTES)}. An export of contacts is usually far smaller: check that this is the right file, or split it into parts.`,
    };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: `The browser could not read “${file.name}”. Try choosing it again.` };
  }
  const check = checkImportFile(file.name, bytes, file.size);
  if (!check.ok) return check;
  try {
    if (check.format === 'vcard') {
      const { parseVcards } = await import('../domain/coi/import/vcard');
      const result = parseVcards(check.text);
      if (result.drafts.length + result.noName.length === 0)
        return {
          ok: false,
          error: `No card in “${file.name}” could be read${result.unreadable[0] ? ` (${result.unreadable[0].reason})` : ''}. Export the contacts again from your phone or mail program.`,
        };
      return { ok: true, format: 'vcard', name: file.name, result };
    }
    const { guessMapping, parseTable } = await import('../domain/coi/import/csv');
    const parsed = parseTable(check.text);
    if (!parsed.ok) return { ok: false, error: `“${file.name}”: ${parsed.error}` };
    return {
      ok: true,
      format: 'csv',
      name: file.name,
      table: parsed.table,
      mapping: guessMapping(parsed.table.header),
    };
  } catch {
    return {
      ok: false,
      error: `The part of the page that reads import files did not load. Check your connection, reload the page and try again.`,
    };
  }
}

/** People read from a CSV table with the reader's mapping (the CSV parser module is loaded by then). */
export async function draftsFromTable(table: Table, mapping: ColumnTarget[], limit?: number): Promise<ReadResult> {
  const { rowsToDrafts } = await import('../domain/coi/import/csv');
  return rowsToDrafts(table, mapping, limit);
}

/** Duplicates of the read people among the saved ones and within the file. */
export function duplicatesOf(result: ReadResult, people: Collection<Contact> = contacts): Duplicate[] {
  return findDuplicates(result.drafts, entriesOf(people.$items.get()));
}

/** What an import did, for the summary and for undo. */
export interface ImportDone {
  plan: ImportPlan;
  /** Ids whose save the browser refused. */
  refused: string[];
}

/** Saves the import: new people land in triage; duplicates merged, skipped or added as chosen. */
export function applyImport(
  result: ReadResult,
  duplicates: Duplicate[],
  choice: (d: Duplicate) => DuplicateChoice,
  people: Collection<Contact> = contacts,
): ImportDone {
  const saved = new Map(entriesOf(people.$items.get()));
  const now = Date.now();
  const plan = planImport(result.drafts, duplicates, choice, saved, now, () => newId(now));
  const valid = plan.entries.filter(([, c]) => contactSchema.safeParse(c).success);
  const refused = people.setMany(valid);
  return { plan: { ...plan, entries: valid }, refused };
}

/** Undoes an import: removes the people it added and reverts merged fields, keeping anything changed since. */
export function undoImport(
  done: ImportDone,
  people: Collection<Contact> = contacts,
): { removed: number; restored: number; kept: number } {
  const undo = planUndo(done.plan, new Map(entriesOf(people.$items.get())));
  for (const id of undo.remove) people.remove(id);
  if (undo.restore.length) people.setMany(undo.restore);
  return { removed: undo.remove.length, restored: undo.restore.length, kept: undo.kept };
}
