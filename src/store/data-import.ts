import { meta, vault } from './app';
import { type CheckedBackup, type ImportMode, planImport } from './backup';
import {
  applyBackup,
  type BackupCheck,
  checkBackup,
  type ImportUndo,
  MAX_BACKUP_BYTES,
  planSummary,
  undoImport as undoImportIn,
} from './backup-import';

/**
 * Importing a backup into this browser, for the "Your data" page, which loads this module
 * when the reader reaches for a file (./data-actions.ts).
 */

/** Reads a chosen file and checks it, without changing anything. */
export async function readBackupFile(file: Blob): Promise<BackupCheck> {
  if (file.size > MAX_BACKUP_BYTES) return checkBackup('', file.size);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'The browser could not read this file. Try choosing it again.' };
  }
  return checkBackup(text, file.size);
}

/** What an import would do or did, in sentences: what it changes, and what it leaves alone and why. */
export interface PlanWords {
  changes: string[];
  leftAlone: string[];
}

/** What merging and what replacing would do with this browser's data as it is now. */
export function previewImport(backup: CheckedBackup): Record<ImportMode, PlanWords> {
  const local = vault.rawEntries();
  return {
    merge: planSummary(planImport(local, backup, 'merge')),
    replace: planSummary(planImport(local, backup, 'replace')),
  };
}

/** What importing did: items written, what it left alone and why, and how to undo it. */
export type Imported =
  | { ok: true; written: number; leftAlone: string[]; undo: ImportUndo }
  | { ok: false; error: string };

/**
 * Applies a checked backup; the returned undo puts every key back as it was. A restored
 * backup counts as one the reader has: the backup reminder dates from when the file was
 * made (or the last export here, if that is later).
 */
export function importBackup(backup: CheckedBackup, mode: ImportMode): Imported {
  const result = applyBackup(vault, backup, mode);
  if (!result.ok) return result;
  const done = { ok: true as const, written: result.written, leftAlone: planSummary(result.plan).leftAlone };
  const made = Date.parse(backup.exportedAt);
  const app = meta.get('app') ?? {};
  if (Number.isNaN(made) || (app.lastExportAt !== undefined && app.lastExportAt >= made))
    return { ...done, undo: result.undo };
  meta.set('app', { ...app, lastExportAt: made });
  // The reminder's note is part of the import: undo takes it back, and it is no change since.
  return { ...done, undo: { ...result.undo, after: vault.rawEntries() } };
}

/** What undoing an import did (see `undoImport` in backup-import.ts). */
export type Undone = ReturnType<typeof undoImportIn>;

/** Puts back exactly what this browser held before an import (see `undoImport` in backup-import.ts). */
export function undoImport(undo: ImportUndo, evenIfChanged = false): Undone {
  return undoImportIn(vault, undo, evenIfChanged);
}
