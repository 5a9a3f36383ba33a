import type { ColumnTarget, Table } from '../domain/coi/import/csv';
import {
  type Duplicate,
  type DuplicateChoice,
  duplicateFinder,
  type ImportPlan,
  planImport,
  planUndo,
} from '../domain/coi/import/dedupe';
import { checkImportFile, formatSize, MAX_IMPORT_BYTES } from '../domain/coi/import/detect';
import type { Draft, ReadResult } from '../domain/coi/import/draft';
import { entriesOf } from '../domain/coi/list';
import { inBatches, type Progress, pause } from '../domain/slices';
import { type Contact, contactSchema } from '../schemas/contact';
import type { Collection } from './collection';
import { contacts } from './contacts';
import { newIds } from './id-batch';

/**
 * Importing people into the worksheet's triage list. The parsers load only when the reader
 * chooses a file (the CSV one as the file chooser opens). Nothing is saved until the reader
 * confirms the preview. Every step over a long file runs in slices, reporting progress, so
 * the page never freezes.
 */

/** A chosen file, read and parsed, waiting for the reader's mapping and choices. */
export type ReadFile =
  | { ok: true; format: 'csv'; name: string; table: Table; mapping: ColumnTarget[] }
  | { ok: true; format: 'vcard'; name: string; result: ReadResult }
  | { ok: false; error: string };

/**
 * Fetches the vCard reader in the background (it is not part of the first visit's offline
 * download: src/domain/offline.ts), so that importing a .vcf file works offline after one
 * visit of the import page. Never throws.
 */
export function fetchVcardReader(): void {
  import('../domain/coi/import/vcard').catch(() => {
    // Offline or refused: readImportFile says so if a vCard file is chosen.
  });
}

/**
 * Starts loading the CSV reader while the reader picks a file (most imports are CSV), so it
 * is ready when the file is. A failure is left for `readImportFile` to report.
 */
export function preloadCsvReader(): void {
  import('../domain/coi/import/csv').catch(() => undefined);
}

/** Reads and checks a file the reader chose. Never throws; nothing is saved. */
export async function readImportFile(file: File, onProgress?: Progress): Promise<ReadFile> {
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: `“${file.name}” is ${formatSize(file.size)}, and the worksheet reads files up to ${formatSize(MAX_IMPORT_BYTES)}. An export of contacts is usually far smaller: check that this is the right file, or split it into parts.`,
    };
  // The parser its name suggests loads while the file is read (its content decides in the end).
  if (/\.(vcf|vcard)$/i.test(file.name)) import('../domain/coi/import/vcard').catch(() => undefined);
  else preloadCsvReader();
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
    const { guessMapping, parseTableInSlices } = await import('../domain/coi/import/csv');
    const parsed = await parseTableInSlices(check.text, pause, onProgress);
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
      error: navigator.onLine
        ? `The part of the page that reads import files did not load. Check your connection, reload the page and try again.`
        : `This browser is offline, and the part of the page that reads ${check.format === 'vcard' ? 'vCard files' : 'import files'} has not been kept for offline use yet: it is kept once this page has been open online. Connect and try again${check.format === 'vcard' ? ', or export your contacts as a CSV file' : ''}.`,
    };
  }
}

/**
 * Size of the first batch of each long step (rows read, people checked for duplicates, people
 * saved); later batches are sized to fill a slice of the page's time (see `inBatches`).
 */
const FIRST_ROWS = 250;
const FIRST_CHECKS = 500;
const FIRST_SAVES = 100;

/**
 * People read from a CSV table with the reader's mapping (the CSV parser module is loaded
 * by then): the first `limit` rows at once (a preview), or the whole table in slices.
 */
export async function draftsFromTable(
  table: Table,
  mapping: ColumnTarget[],
  limit?: number,
  onProgress?: Progress,
): Promise<ReadResult> {
  const { rowsToDrafts } = await import('../domain/coi/import/csv');
  if (limit !== undefined) return rowsToDrafts(table, mapping, limit);
  const out: ReadResult = { drafts: [], noName: [], unreadable: [] };
  await inBatches(
    table.rows.length,
    (from, to) => {
      const part = rowsToDrafts(table, mapping, to - from, from);
      for (const d of part.drafts) out.drafts.push(d);
      for (const n of part.noName) out.noName.push(n);
    },
    onProgress,
    FIRST_ROWS,
  );
  return out;
}

/** What an import did, for the summary and for undo. */
export interface ImportDone {
  /** What was saved: the people added and merged (only those the browser kept). */
  plan: ImportPlan;
  /** People the browser refused to keep (its storage is full): neither saved nor left on screen. */
  refused: number;
  /** Entries left out because a value does not fit the worksheet (cleaning drafts makes this rare). */
  invalid: number;
}

/**
 * The import's actions over a contacts collection (the site's, or a test's), and a way to
 * learn which of some people the planner's records name (asked only by an undo; nobody
 * unless given).
 */
export function createCoiImport(
  people: Collection<Contact>,
  namedByPlanner: (ids: readonly string[]) => Promise<Set<string>> = async () => new Set(),
) {
  /** Duplicates of the read people among the saved ones and within the file, found in slices. */
  async function duplicatesOf(result: ReadResult, onProgress?: Progress): Promise<Duplicate[]> {
    const finder = duplicateFinder(entriesOf(people.all()));
    const out: Duplicate[] = [];
    await inBatches(
      result.drafts.length,
      (from, to) => {
        for (let i = from; i < to; i++) {
          const d = finder.check(result.drafts[i] as Draft, i);
          if (d) out.push(d);
        }
      },
      onProgress,
      FIRST_CHECKS,
    );
    return out;
  }

  /**
   * Saves the import in slices: new people land in triage; duplicates merged, skipped or
   * added as chosen. When the browser's storage fills up, saving stops there: what was saved
   * stays (and can be undone), the rest is taken off the screen again and counted.
   */
  async function applyImport(
    result: ReadResult,
    duplicates: Duplicate[],
    choice: (d: Duplicate) => DuplicateChoice,
    onProgress?: Progress,
  ): Promise<ImportDone> {
    const saved = new Map(entriesOf(people.all()));
    const now = Date.now();
    const ids = newIds(result.drafts.length, now);
    const plan = planImport(result.drafts, duplicates, choice, saved, now, (i) => ids[i] as string);
    const entries = plan.entries;
    const kept = new Set<string>();
    let invalid = 0;
    let stopped = false;
    // One update of the lists on screen per batch; batches are sized to a slice of the page's time.
    await inBatches(
      entries.length,
      (from, to) => {
        // Checked here, a batch at a time: checking 50,000 people at once would freeze the page.
        const part = entries.slice(from, to).filter(([, c]) => {
          const fits = contactSchema.safeParse(c).success;
          if (!fits) invalid++;
          return fits;
        });
        const refused = new Set(people.setMany(part));
        for (const [id] of part) if (!refused.has(id)) kept.add(id);
        if (refused.size === 0) return true;
        people.discardMany([...refused]);
        stopped = true;
        return false;
      },
      onProgress,
      FIRST_SAVES,
    );
    const done: ImportPlan = {
      entries: entries.filter(([id]) => kept.has(id)),
      added: plan.added.filter((id) => kept.has(id)),
      merged: plan.merged.filter((m) => kept.has(m.id)),
      skipped: plan.skipped,
    };
    return { plan: done, refused: stopped ? entries.length - invalid - kept.size : 0, invalid };
  }

  /**
   * Undoes an import: removes the people it added and reverts merged fields, keeping anything
   * changed since. Someone the planner has records for since (a give logged, a plan, an
   * introduction) is kept too: an undo that cannot itself be undone never deletes them.
   */
  async function undoImport(
    done: ImportDone,
  ): Promise<{ removed: number; restored: number; kept: number; logged: number }> {
    const planned = planUndo(done.plan, new Map(entriesOf(people.all())));
    const named = planned.remove.length ? await namedByPlanner(planned.remove) : new Set<string>();
    // Planned again after the wait: the lists may have changed meanwhile.
    const undo = planUndo(done.plan, new Map(entriesOf(people.all())));
    const remove = undo.remove.filter((id) => !named.has(id));
    if (remove.length) people.removeMany(remove);
    if (undo.restore.length) people.setMany(undo.restore);
    const logged = undo.remove.length - remove.length;
    return { removed: remove.length, restored: undo.restore.length, kept: undo.kept, logged };
  }

  return { duplicatesOf, applyImport, undoImport };
}

/** Importing into this browser's contacts (the planner's records load only for an undo). */
export const coiImport = createCoiImport(contacts, (ids) =>
  import('./planner-records-later').then((m) => m.namedByPlanner(ids)),
);
