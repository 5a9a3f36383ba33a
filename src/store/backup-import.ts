import { plural } from '../domain/dates';
import { backupSchema } from '../schemas/backup';
import { BACKUP_APP, BACKUP_FORMAT, RECORD_ID } from '../schemas/stored';
import { type CheckedBackup, type ImportMode, type ImportPlan, planImport } from './backup';
import { decodeValue, parseJson } from './codec';
import { KEY_PREFIX } from './kinds/define';
import { kindOfKey } from './registry';
import type { Vault } from './vault';

/**
 * Reading a backup file (./backup.ts makes them), saying what importing it would do, and
 * importing it by the plan `planImport` works out. Reading a file never throws and never
 * touches storage until the reader confirms; an import never overwrites or deletes a value
 * it cannot read (a damaged record is set aside first, a newer one is left as it is), and
 * its undo puts every key back as it was. The data page loads this module only when the
 * reader reaches for a file (./data-import.ts).
 */

/** Largest backup file accepted, in bytes: above anything a browser lets the site store. */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;

/** Keys that could reach an object's prototype; a file containing one is refused. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The result of reading a backup file. */
export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; error: string };

/** Finds a forbidden key anywhere in a parsed JSON value. */
function forbiddenKey(value: unknown, depth = 0): string | null {
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Checks a backup file's text: size, JSON, format, and every record against its kind. */
export function checkBackup(text: string, byteSize = new Blob([text]).size): BackupCheck {
  if (byteSize > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: `This file is ${(byteSize / 1024 / 1024).toFixed(1)} MB. A backup from this site is far smaller (the limit is ${MAX_BACKUP_BYTES / 1024 / 1024} MB), so it is probably not a backup.`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'This file is empty.' };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, error: 'This file is not a backup from this site: it is not valid JSON, or it was cut short.' };
  }
  const bad = forbiddenKey(parsed.value);
  if (bad)
    return {
      ok: false,
      error: `This file contains a key named "${bad}", which a backup never has. Nothing was imported.`,
    };
  const file = backupSchema.safeParse(parsed.value);
  if (!file.success) {
    const v = parsed.value as { app?: unknown } | null;
    return {
      ok: false,
      error:
        v && typeof v === 'object' && v.app === BACKUP_APP
          ? 'This backup file is damaged: some of its parts are missing or have the wrong type.'
          : 'This file is not a backup from this site.',
    };
  }
  if (file.data.format > BACKUP_FORMAT) {
    return {
      ok: false,
      error:
        'This backup was made by a newer version of the site. Open the newest version of the site and import it there.',
    };
  }
  const records: CheckedBackup['records'] = {};
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(file.data.records)) {
    const kind = kindOfKey(key);
    if (!kind || !RECORD_ID.test(key.slice(kind.prefix.length))) {
      return {
        ok: false,
        error: `This backup holds data this site does not know ("${key.slice(0, 60)}"). Nothing was imported.`,
      };
    }
    const d = decodeValue(kind, value);
    if (d.state === 'newer') {
      return {
        ok: false,
        error:
          'Part of this backup was made by a newer version of the site. Open the newest version of the site and import it there.',
      };
    }
    if (d.state !== 'ok') {
      return {
        ok: false,
        error: `This backup file is damaged: the record "${key.slice(0, 60)}" cannot be read because ${d.state === 'corrupt' ? d.reason : 'it is empty'}.`,
      };
    }
    records[key] = { v: kind.version, rev: d.rev, at: d.at, data: d.data };
    counts[kind.label] = (counts[kind.label] ?? 0) + 1;
  }
  const verbatim: Record<string, string> = {};
  for (const [key, raw] of Object.entries(file.data.verbatim ?? {})) {
    if (!key.startsWith(KEY_PREFIX) || key in records) {
      return {
        ok: false,
        error: `This backup file is damaged: it lists "${key.slice(0, 60)}" in a way this site never writes. Nothing was imported.`,
      };
    }
    verbatim[key] = raw;
  }
  return { ok: true, backup: { exportedAt: file.data.exportedAt, records, verbatim, counts } };
}

/** A plan in sentences: what it changes, and what it leaves alone and why. */
export function planSummary(plan: ImportPlan): { changes: string[]; leftAlone: string[] } {
  const changes: string[] = [];
  const leftAlone: string[] = [];
  changes.push(
    plan.writes.length
      ? `${plural(plan.writes.length, 'item')} from the backup will be written here.`
      : 'Nothing from the backup needs writing: this browser already has it all.',
  );
  if (plan.removes.length)
    changes.push(`${plural(plan.removes.length, 'record')} here that the backup does not have will be removed.`);
  if (plan.keptNewer)
    leftAlone.push(`${plural(plan.keptNewer, 'record')} here newer than the backup’s copy will be kept.`);
  if (plan.setAside.length)
    leftAlone.push(
      `${plural(plan.setAside.length, 'damaged record')} here that the site cannot read will be set aside, not deleted: you can still download ${plan.setAside.length === 1 ? 'it' : 'them'} from the notice at the top of the page.`,
    );
  const newer = plan.leftAlone.filter((l) => l.reason === 'newer').length;
  if (newer)
    leftAlone.push(
      `${plural(newer, 'record')} here saved by a newer version of the site will be left exactly as ${newer === 1 ? 'it is' : 'they are'}; the backup’s older ${newer === 1 ? 'copy is' : 'copies are'} not used.`,
    );
  if (plan.keptAside)
    leftAlone.push(
      `${plural(plan.keptAside, 'value')} set aside here earlier (data the site could not read) will be kept as ${plan.keptAside === 1 ? 'it is' : 'they are'}: replacing never deletes ${plan.keptAside === 1 ? 'it' : 'them'}.`,
    );
  const kept = plan.leftAlone.filter((l) => l.reason === 'kept').length;
  if (kept)
    leftAlone.push(
      `${plural(kept, 'value')} this site keeps aside here will be left as ${kept === 1 ? 'it is' : 'they are'}.`,
    );
  for (const m of plan.moved)
    leftAlone.push(
      `${m.name} from the backup goes to ${m.to === 'potential' ? 'potential COIs' : 'triage'}, because the list above is full.`,
    );
  return { changes, leftAlone };
}

/** What applying an import did. */
export type ImportResult =
  | { ok: true; plan: ImportPlan; written: number; undo: ImportUndo }
  | { ok: false; error: string };

/**
 * Applies a checked backup to the vault. The returned `undo` is every key of the site as it
 * was before (see `undoImport`). If the browser refuses any write, everything is put back.
 */
export function applyBackup(vault: Vault, backup: CheckedBackup, mode: ImportMode): ImportResult {
  if (vault.$mode.get() === 'locked') {
    return {
      ok: false,
      error:
        'Nothing was imported: some of your data was saved by a newer version of the site, and this page does not change it. Reload the page to get the newest version of the site, then import again.',
    };
  }
  const before = vault.rawEntries();
  const plan = planImport(before, backup, mode);
  const fail = () => {
    vault.restoreExact(before);
    vault.changedAll();
    return {
      ok: false as const,
      error:
        'The browser refused to save the imported data (its storage may be full). Nothing was changed: your data is as it was before.',
    };
  };
  for (const s of plan.setAside) if (vault.quarantine(s.key, s.raw, s.reason) === null) return fail();
  vault.removeRaw(plan.removes);
  if (!vault.restoreRaw(plan.writes)) return fail();
  vault.changedAll();
  return { ok: true, plan, written: plan.writes.length, undo: { before, after: vault.rawEntries() } };
}

/** What undoing an import needs: every key of the site before it, and just after it. */
export interface ImportUndo {
  before: [string, string][];
  after: [string, string][];
}

/** Keys whose value changed since an import finished (here or in another tab). */
export function changedSinceImport(vault: Vault, undo: ImportUndo): number {
  const after = new Map(undo.after);
  const now = vault.rawEntries();
  let changed = now.filter(([k, v]) => after.get(k) !== v).length;
  const present = new Set(now.map(([k]) => k));
  for (const k of after.keys()) if (!present.has(k)) changed++;
  return changed;
}

/**
 * Undoes an import: every key of the site holds exactly what it held before. When anything
 * changed since the import, nothing is done unless `evenIfChanged` (undo would take those
 * changes back too): the result says how many changed, so the reader can decide.
 */
export function undoImport(
  vault: Vault,
  undo: ImportUndo,
  evenIfChanged = false,
): { ok: true } | { ok: false; changed: number } | { ok: false; refused: true } {
  const changed = changedSinceImport(vault, undo);
  if (changed > 0 && !evenIfChanged) return { ok: false, changed };
  const ok = vault.restoreExact(undo.before);
  vault.changedAll();
  return ok ? { ok: true } : { ok: false, refused: true };
}
