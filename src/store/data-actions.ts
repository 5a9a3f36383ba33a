import { atom, onMount } from 'nanostores';
import { meta, vault } from './app';
import {
  backupFileName,
  buildBackup,
  type CheckedBackup,
  eraseEverything,
  type Holdings,
  type ImportMode,
  readEverythingInSlices,
  storedHoldingsInSlices,
  undoErase,
} from './backup';
import type { BackupCheck, ImportUndo } from './backup-import';
import type { Imported, PlanWords, Undone } from './data-import';
import { $storage } from './reminders';
import { erasedSnapshot, forgetErased, keepErased } from './session';

/** Actions of the "Your data" page, over the site's vault. */

/** Whether the data page has read every record (see `checkEverything`); its tools appear then. */
export const $checked = atom(false);

/**
 * Reads every record the site stores, as the data page does when it opens: unreadable values
 * are set aside with a notice, and data from a newer version makes the page read-only. Read
 * in slices, so the page stays responsive; the page shows its tools (import among them) only
 * once `$checked`, so nothing can be imported before a newer version's data has locked it.
 */
export function checkEverything(): void {
  void readEverythingInSlices(vault).then(() => $checked.set(true));
}

/** The backup's file name, text and what it holds; records the export time for reminders. */
export function exportBackup(now = new Date()): { fileName: string; text: string; holds: Holdings } {
  const { text, holds } = buildBackup(vault, now);
  meta.set('app', { ...(meta.get('app') ?? {}), lastExportAt: now.getTime() });
  return { fileName: backupFileName(now), text, holds };
}

/**
 * Importing a backup (./data-import.ts) loads when the reader first reaches for a file: most
 * visits to the data page only look at what is stored or export it.
 */
let importer: Promise<typeof import('./data-import')> | undefined;

/** The import's actions, loading once (asked for again after a failed load). */
function loadImport(): Promise<typeof import('./data-import')> {
  importer ??= import('./data-import').catch((error: unknown) => {
    importer = undefined;
    throw error;
  });
  return importer;
}

/** Starts loading what reads a backup while the reader picks a file, so it is ready when the file is. Never throws. */
export function prepareImport(): void {
  loadImport().catch(() => undefined);
}

/** Reads a chosen file and checks it, without changing anything. Never throws. */
export async function readBackupFile(file: Blob): Promise<BackupCheck> {
  try {
    return (await loadImport()).readBackupFile(file);
  } catch {
    return {
      ok: false,
      error:
        'The part of the page that reads backups did not load. Check your connection, reload the page and try again.',
    };
  }
}

/** What merging and what replacing would do with this browser's data as it is now (see `previewImport` in data-import.ts). */
export async function previewImport(backup: CheckedBackup): Promise<Record<ImportMode, PlanWords>> {
  return (await loadImport()).previewImport(backup);
}

/** Applies a checked backup (see `importBackup` in data-import.ts). */
export async function importBackup(backup: CheckedBackup, mode: ImportMode): Promise<Imported> {
  return (await loadImport()).importBackup(backup, mode);
}

/** Puts back exactly what this browser held before an import (see `undoImport` in data-import.ts). */
export async function undoImport(undo: ImportUndo, evenIfChanged = false): Promise<Undone> {
  return (await loadImport()).undoImport(undo, evenIfChanged);
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

/**
 * What this browser holds (the same counts a backup made now would hold), kept up to date:
 * counted in slices when the page opens and again after every change, null until the first
 * count is done. A count overtaken by a newer change is dropped.
 */
export const $holdings = atom<Holdings | null>(null);

onMount($holdings, () => {
  let counting = 0;
  const count = () => {
    const mine = ++counting;
    void storedHoldingsInSlices(vault).then((held) => {
      if (mine === counting) $holdings.set(held);
    });
  };
  count();
  const stop = $storage.listen(count);
  return () => {
    counting++;
    stop();
  };
});
