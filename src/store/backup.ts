import { BACKUP_APP, BACKUP_FORMAT, backupSchema } from '../schemas/stored';
import { decodeRecord, decodeValue, parseJson } from './codec';
import { QUARANTINE_PREFIX, RECORD_ID } from './kinds';
import { KINDS, kindOfKey } from './registry';
import type { Vault } from './vault';

/**
 * Backups: one JSON file with every record, by storage key, as stored envelopes.
 * Reading a file never throws and never touches storage until the reader confirms;
 * anything odd about the file is refused with a sentence saying what is wrong.
 */

/** Largest backup file accepted, in bytes. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Keys that could reach an object's prototype; a file containing one is refused. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A backup that passed every check, ready to preview and apply. */
export interface CheckedBackup {
  exportedAt: string;
  /** Storage key → envelope (as a plain object), every one valid for its kind. */
  records: Record<string, { v: number; rev: number; at: number; data: unknown }>;
  /** Number of records of each kind, by kind label. */
  counts: Record<string, number>;
}

/** The result of reading a backup file. */
export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; error: string };

/** Builds the backup file's text from the vault's stored records (quarantined values left out). */
export function buildBackup(vault: Vault, now = new Date()): string {
  const records: Record<string, unknown> = {};
  for (const [key, raw] of vault.rawEntries()) {
    const kind = kindOfKey(key);
    if (!kind || key.startsWith(QUARANTINE_PREFIX)) continue;
    const d = decodeRecord(kind, raw);
    if (d.state === 'ok') records[key] = { v: kind.version, rev: d.rev, at: d.at, data: d.data };
  }
  return JSON.stringify({ app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now.toISOString(), records }, null, 2);
}

/** The file name of a backup made on a date: relationship-first-backup-2026-11-22.json. */
export function backupFileName(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `relationship-first-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

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
      error: `This file is ${(byteSize / 1024 / 1024).toFixed(1)} MB. A backup from this site is far smaller (the limit is 5 MB), so it is probably not a backup.`,
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
  return { ok: true, backup: { exportedAt: file.data.exportedAt, records, counts } };
}

/** How to apply a backup: replace everything, or merge keeping the newer copy of each record. */
export type ImportMode = 'replace' | 'merge';

/**
 * The raw values to write for an import: for `replace`, every record of the backup (the
 * caller erases first); for `merge`, a backup record only where this browser has none, or
 * an older one (by save time). Revisions continue above the local ones so other tabs see
 * a change.
 */
export function planImport(local: [string, string][], backup: CheckedBackup, mode: ImportMode): [string, string][] {
  const localByKey = new Map(local);
  const out: [string, string][] = [];
  for (const [key, env] of Object.entries(backup.records)) {
    const kind = kindOfKey(key);
    if (!kind) continue;
    const mine = mode === 'merge' ? decodeRecord(kind, localByKey.get(key) ?? null) : ({ state: 'absent' } as const);
    if (mine.state === 'ok' && mine.at >= env.at) continue;
    const localRev = mine.state === 'ok' ? mine.rev : 0;
    out.push([key, JSON.stringify({ ...env, rev: Math.max(env.rev, localRev + 1) })]);
  }
  return out;
}

/** Applies a checked backup to the vault. Returns how many records were written, or an error sentence. */
export function applyBackup(
  vault: Vault,
  backup: CheckedBackup,
  mode: ImportMode,
): { ok: true; written: number; undo: [string, string][] } | { ok: false; error: string } {
  if (vault.$mode.get() === 'locked') {
    return {
      ok: false,
      error: 'This page is not saving because some data came from a newer version of the site. Reload the page first.',
    };
  }
  const before = vault.rawEntries().filter(([k]) => !k.startsWith(QUARANTINE_PREFIX) && kindOfKey(k));
  const plan = planImport(before, backup, mode);
  if (mode === 'replace') {
    for (const [key] of before) {
      const kind = kindOfKey(key);
      if (kind) vault.remove(kind, key.slice(kind.prefix.length));
    }
  }
  if (!vault.restoreRaw(plan)) {
    const had = new Set(before.map(([k]) => k));
    vault.removeRaw(plan.map(([k]) => k).filter((k) => !had.has(k)));
    vault.restoreRaw(before);
    vault.changedAll();
    return {
      ok: false,
      error: 'The browser refused to save the imported data (its storage may be full). Your data is as it was before.',
    };
  }
  vault.changedAll();
  return { ok: true, written: plan.length, undo: before };
}

/** Labels of every kind, for the data page. */
export const KIND_LABELS = KINDS.map((k) => k.label);

/** Erases every key of the site (records, quarantine, settings); returns what was there, for undo. */
export function eraseEverything(vault: Vault): [string, string][] {
  const before = vault.eraseAll();
  vault.changedAll();
  return before;
}

/** Puts back what an erase removed. */
export function undoErase(vault: Vault, snapshot: [string, string][]): boolean {
  const ok = vault.restoreRaw(snapshot);
  vault.changedAll();
  return ok;
}

/** What the data page lists: records of each kind and the bytes they take. */
export function storageUsage(vault: Vault): { label: string; count: number; bytes: number }[] {
  const rows = new Map<string, { label: string; count: number; bytes: number }>();
  for (const [key, raw] of vault.rawEntries()) {
    const label = key.startsWith(QUARANTINE_PREFIX)
      ? 'Set-aside data (could not be read)'
      : (kindOfKey(key)?.label ?? 'Other settings');
    const row = rows.get(label) ?? { label, count: 0, bytes: 0 };
    row.count++;
    row.bytes += (key.length + raw.length) * 2;
    rows.set(label, row);
  }
  return [...rows.values()];
}
