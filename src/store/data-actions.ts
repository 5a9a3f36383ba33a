import { computed } from 'nanostores';
import { meta, vault } from './app';
import {
  applyBackup,
  type BackupCheck,
  backupFileName,
  buildBackup,
  type CheckedBackup,
  checkBackup,
  eraseEverything,
  type Holdings,
  type ImportMode,
  type ImportPlan,
  type ImportResult,
  type ImportUndo,
  MAX_BACKUP_BYTES,
  planImport,
  readEverything,
  storedHoldings,
  undoErase,
  undoImport as undoImportIn,
} from './backup';
import { $storage } from './reminders';
import { erasedSnapshot, forgetErased, keepErased } from './session';

/** Actions of the "Your data" page, over the site's vault. */

/**
 * Reads every record the site stores, as the data page does when it opens: unreadable values
 * are set aside with a notice, and data from a newer version makes the page read-only.
 */
export function checkEverything(): void {
  readEverything(vault);
}

/** The backup's file name, text and what it holds; records the export time for reminders. */
export function exportBackup(now = new Date()): { fileName: string; text: string; holds: Holdings } {
  const { text, holds } = buildBackup(vault, now);
  meta.set('app', { ...(meta.get('app') ?? {}), lastExportAt: now.getTime() });
  return { fileName: backupFileName(now), text, holds };
}

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

/** What merging and what replacing would do with this browser's data as it is now. */
export function previewImport(backup: CheckedBackup): Record<ImportMode, ImportPlan> {
  const local = vault.rawEntries();
  return { merge: planImport(local, backup, 'merge'), replace: planImport(local, backup, 'replace') };
}

/**
 * Applies a checked backup; the returned undo puts every key back as it was. A restored
 * backup counts as one the reader has: the backup reminder dates from when the file was
 * made (or the last export here, if that is later).
 */
export function importBackup(backup: CheckedBackup, mode: ImportMode): ImportResult {
  const result = applyBackup(vault, backup, mode);
  const made = Date.parse(backup.exportedAt);
  if (!result.ok || Number.isNaN(made)) return result;
  const app = meta.get('app') ?? {};
  if (app.lastExportAt !== undefined && app.lastExportAt >= made) return result;
  meta.set('app', { ...app, lastExportAt: made });
  // The reminder's note is part of the import: undo takes it back, and it is no change since.
  return { ...result, undo: { ...result.undo, after: vault.rawEntries() } };
}

/** Puts back exactly what this browser held before an import (see `undoImport` in backup.ts). */
export function undoImport(undo: ImportUndo, evenIfChanged = false) {
  return undoImportIn(vault, undo, evenIfChanged);
}

/** Erases everything and keeps it for undo during this session. */
export function eraseAll(): number {
  const snapshot = eraseEverything(vault);
  keepErased(snapshot);
  return snapshot.length;
}

/** Undoes the last erase of this session; false if there is nothing to undo or storage refused. */
export function undoEraseAll(): boolean {
  const snap = erasedSnapshot();
  if (!snap) return false;
  const ok = undoErase(vault, snap);
  if (ok) forgetErased();
  return ok;
}

/** Whether an erase can still be undone in this session. */
export const canUndoErase = () => erasedSnapshot() !== null;

/** What this browser holds (the same counts a backup made now would hold), kept up to date. */
export const $holdings = computed($storage, () => storedHoldings(vault));
