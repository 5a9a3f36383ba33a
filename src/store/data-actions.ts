import { meta, vault } from './app';
import {
  applyBackup,
  type BackupCheck,
  backupFileName,
  buildBackup,
  type CheckedBackup,
  checkBackup,
  eraseEverything,
  type ImportMode,
  MAX_BACKUP_BYTES,
  storageUsage,
  undoErase,
} from './backup';
import { erasedSnapshot, forgetErased, keepErased } from './session';

/** Actions of the "Your data" page, over the site's vault. */

/** The backup's file name and text; records the export time for reminders. */
export function exportBackup(now = new Date()): { fileName: string; text: string } {
  const text = buildBackup(vault, now);
  meta.set('app', { ...(meta.get('app') ?? {}), lastExportAt: now.getTime() });
  return { fileName: backupFileName(now), text };
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

/** Applies a checked backup; the returned undo puts the previous data back. */
export function importBackup(backup: CheckedBackup, mode: ImportMode) {
  return applyBackup(vault, backup, mode);
}

/** Puts back what this browser had before an import. */
export function undoImport(before: [string, string][]): boolean {
  vault.eraseAll();
  return undoErase(vault, before);
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

/** Records of each kind and their size. */
export const usage = () => storageUsage(vault);
