import { byTierSince, overLimitMoves } from '../domain/coi/tiers';
import { localDate, plural } from '../domain/dates';
import type { Contact } from '../schemas/contact';
import { BACKUP_APP, BACKUP_FORMAT, backupSchema, RECORD_ID } from '../schemas/stored';
import { decodeRecord, decodeValue, parseJson } from './codec';
import { contactKind } from './kinds/contacts';
import { KEY_PREFIX, QUARANTINE_PREFIX, type RecordKind } from './kinds/define';
import { KINDS, kindOfKey } from './registry';
import type { Vault } from './vault';

/**
 * Backups: one JSON file with everything the site stores in this browser. Readable records
 * are kept as envelopes by storage key; every other value of the site (data set aside
 * because it could not be read, records from a newer version of the site, settings such as
 * the theme) is kept verbatim in a section of its own and put back verbatim.
 *
 * Reading a file never throws and never touches storage until the reader confirms; an
 * import never overwrites or deletes a value it cannot read (a damaged record is set aside
 * first, a newer one is left as it is), and its undo puts every key back as it was.
 */

/** Largest backup file accepted, in bytes: above anything a browser lets the site store. */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;

/** Keys that could reach an object's prototype; a file containing one is refused. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A stored envelope as a plain object. */
export type EnvelopeValue = { v: number; rev: number; at: number; data: unknown };

/** A backup that passed every check, ready to preview and apply. */
export interface CheckedBackup {
  exportedAt: string;
  /** Storage key → envelope (as a plain object), every one valid for its kind. */
  records: Record<string, EnvelopeValue>;
  /** Storage key → raw value, kept verbatim (set-aside data, newer records, settings). */
  verbatim: Record<string, string>;
  /** Number of records of each kind, by kind label. */
  counts: Record<string, number>;
}

/** The result of reading a backup file. */
export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; error: string };

/** What one stored value of the site is, as backups and the data page see it. */
export type StoredValue =
  // biome-ignore lint/suspicious/noExplicitAny: any kind of the registry
  | { key: string; raw: string; state: 'record'; kind: RecordKind<any>; rev: number; at: number; data: unknown }
  // biome-ignore lint/suspicious/noExplicitAny: any kind of the registry
  | { key: string; raw: string; state: 'damaged'; kind: RecordKind<any>; reason: string }
  // biome-ignore lint/suspicious/noExplicitAny: any kind of the registry
  | { key: string; raw: string; state: 'newer'; kind: RecordKind<any>; version: number }
  | { key: string; raw: string; state: 'set-aside' }
  | { key: string; raw: string; state: 'setting' };

/** Sorts one stored value: a readable record, a damaged or newer one, set-aside data, or a setting. */
export function classify(key: string, raw: string): StoredValue {
  if (key.startsWith(QUARANTINE_PREFIX)) return { key, raw, state: 'set-aside' };
  const kind = kindOfKey(key);
  if (!kind) return { key, raw, state: 'setting' };
  const d = decodeRecord(kind, raw);
  if (d.state === 'ok') return { key, raw, state: 'record', kind, rev: d.rev, at: d.at, data: d.data };
  if (d.state === 'newer') return { key, raw, state: 'newer', kind, version: d.version };
  return { key, raw, state: 'damaged', kind, reason: d.state === 'corrupt' ? d.reason : 'it is empty' };
}

/** What a backup (or this browser) holds, in the words the data page uses. */
export interface Holdings {
  /** Readable records by kind label, in the registry's order. */
  records: { label: string; count: number; bytes: number }[];
  /** Values kept verbatim because they could not be read (damaged or set aside). */
  unreadable: number;
  /** Records saved by a newer version of the site. */
  newer: number;
  /** Settings such as the theme. */
  settings: number;
}

/** Counts what a list of stored values holds. */
export function holdings(values: readonly StoredValue[]): Holdings {
  const byLabel = new Map(KINDS.map((k) => [k.label, { label: k.label, count: 0, bytes: 0 }]));
  const out: Holdings = { records: [], unreadable: 0, newer: 0, settings: 0 };
  for (const v of values) {
    if (v.state === 'record') {
      const row = byLabel.get(v.kind.label);
      if (row) {
        row.count++;
        row.bytes += (v.key.length + v.raw.length) * 2;
      }
    } else if (v.state === 'newer') out.newer++;
    else if (v.state === 'setting') out.settings++;
    else out.unreadable++;
  }
  out.records = [...byLabel.values()].filter((r) => r.count > 0);
  return out;
}

/** A sentence listing what a backup holds: "3 contacts, 1 reflection and 2 values kept as they were". */
export function describeHoldings(h: Holdings): string {
  const parts = h.records.map((r) => `${r.label.toLowerCase()}: ${r.count}`);
  if (h.unreadable) parts.push(`${plural(h.unreadable, 'unreadable value')} kept as found`);
  if (h.newer) parts.push(`${plural(h.newer, 'record')} from a newer version of the site`);
  if (h.settings) parts.push(plural(h.settings, 'setting'));
  return parts.length ? parts.join('; ') : 'nothing saved yet';
}

/** Builds the backup file's text from everything the site stores in this browser. */
export function buildBackup(vault: Vault, now = new Date()): { text: string; holds: Holdings } {
  const records: Record<string, EnvelopeValue> = {};
  const verbatim: Record<string, string> = {};
  const values = vault.rawEntries().map(([k, raw]) => classify(k, raw));
  for (const v of values) {
    if (v.state === 'record') records[v.key] = { v: v.kind.version, rev: v.rev, at: v.at, data: v.data };
    else verbatim[v.key] = v.raw;
  }
  const file = { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now.toISOString(), records, verbatim };
  return { text: JSON.stringify(file, null, 1), holds: holdings(values) };
}

/** The file name of a backup made on a date: relationship-first-backup-2026-11-22.json. */
export function backupFileName(date = new Date()): string {
  return `relationship-first-backup-${localDate(date)}.json`;
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

/** How to apply a backup: replace everything, or merge keeping the newer copy of each record. */
export type ImportMode = 'replace' | 'merge';

/** A value an import will not touch, and why. */
export interface LeftAlone {
  key: string;
  /** The kind's label, or "Set-aside data" / "Settings". */
  label: string;
  reason: 'newer' | 'kept';
}

/** What an import will do, worked out before anything changes (the preview shows it). */
export interface ImportPlan {
  mode: ImportMode;
  /** Raw values to write, by key. */
  writes: [string, string][];
  /** Readable records to delete (replace only: the backup does not have them). */
  removes: string[];
  /** Damaged values to set aside (moved to a quarantine key, byte for byte) before anything else. */
  setAside: { key: string; raw: string; reason: string }[];
  /** Values left exactly as they are although the backup has a copy (records from a newer version). */
  leftAlone: LeftAlone[];
  /** Records kept because this browser's copy is newer (merge). */
  keptNewer: number;
  /** Set-aside values here (data the site could not read) that stay as they are. */
  keptAside: number;
  /** People from the backup who would overfill core or potential, and the list they go to instead. */
  moved: { key: string; name: string; to: string }[];
}

/**
 * Works out an import against what this browser stores now (`local`: every key of the site
 * and its raw value). A record from a newer version of the site is never overwritten or
 * removed; a damaged record is set aside (kept byte for byte) before the backup's copy takes
 * its place, and replace sets aside damaged records instead of deleting them; set-aside data
 * is never touched. Merge keeps the newer copy of each record (by save time); replace makes
 * this browser's records exactly the backup's. Revisions continue above the local ones so
 * other tabs see a change. The core and potential lists stay within their limits: people
 * from the backup who would overfill them go one list down.
 */
export function planImport(local: [string, string][], backup: CheckedBackup, mode: ImportMode): ImportPlan {
  const here = new Map(local.map(([k, raw]) => [k, classify(k, raw)]));
  const plan: ImportPlan = {
    mode,
    writes: [],
    removes: [],
    setAside: [],
    leftAlone: [],
    keptNewer: 0,
    keptAside: 0,
    moved: [],
  };
  const incoming = new Map<string, string>();

  for (const [key, env] of Object.entries(backup.records)) {
    const mine = here.get(key);
    if (mine?.state === 'newer') {
      plan.leftAlone.push({ key, label: mine.kind.label, reason: 'newer' });
      continue;
    }
    if (mine?.state === 'damaged') plan.setAside.push({ key, raw: mine.raw, reason: mine.reason });
    if (mode === 'merge' && mine?.state === 'record' && mine.at >= env.at) {
      plan.keptNewer++;
      continue;
    }
    const localRev = mine?.state === 'record' ? mine.rev : 0;
    incoming.set(key, JSON.stringify({ ...env, rev: Math.max(env.rev, localRev + 1) }));
  }
  for (const [key, raw] of Object.entries(backup.verbatim)) {
    const mine = here.get(key);
    if (mine?.raw === raw) continue;
    if (mine?.state === 'newer' || mine?.state === 'set-aside') {
      plan.leftAlone.push({ key, label: mine.state === 'newer' ? mine.kind.label : 'Set-aside data', reason: 'kept' });
      continue;
    }
    if (mine?.state === 'damaged') plan.setAside.push({ key, raw: mine.raw, reason: mine.reason });
    // Merge keeps what this browser has; replace takes the backup's value.
    if (mode === 'merge' && mine && mine.state !== 'damaged') continue;
    incoming.set(key, raw);
  }
  if (mode === 'replace') {
    for (const v of here.values()) {
      if (incoming.has(v.key) || backup.records[v.key]) continue;
      if (v.state === 'record') plan.removes.push(v.key);
      else if (v.state === 'damaged') plan.setAside.push({ key: v.key, raw: v.raw, reason: v.reason });
      else if (v.state === 'set-aside') plan.keptAside++;
    }
  }

  // Keep the lists within their limits: people already here keep their places first.
  const removed = new Set(plan.removes);
  const people: [string, Contact, boolean][] = [];
  for (const v of here.values()) {
    if (v.state !== 'record' || v.kind !== contactKind || removed.has(v.key) || incoming.has(v.key)) continue;
    people.push([v.key, v.data as Contact, false]);
  }
  for (const [key, raw] of incoming) {
    if (!key.startsWith(contactKind.prefix)) continue;
    const d = decodeRecord(contactKind, raw);
    if (d.state === 'ok') people.push([key, d.data, true]);
  }
  const order = [
    ...byTierSince(people.filter((p) => !p[2]).map(([k, c]) => [k, c] as const)),
    ...byTierSince(people.filter((p) => p[2]).map(([k, c]) => [k, c] as const)),
  ];
  for (const move of overLimitMoves(order)) {
    const raw = incoming.get(move.id);
    if (!raw) continue;
    const env = JSON.parse(raw) as EnvelopeValue & { data: Contact };
    incoming.set(move.id, JSON.stringify({ ...env, data: { ...env.data, tier: move.to } }));
    plan.moved.push({ key: move.id, name: env.data.name, to: move.to });
  }

  plan.writes = [...incoming];
  return plan;
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

/**
 * Reads every record of every kind once, as the data page does: a value that cannot be read
 * is set aside (with a notice), and one from a newer version makes the page read-only.
 */
export function readEverything(vault: Vault): void {
  for (const kind of KINDS) for (const id of vault.ids(kind)) vault.read(kind, id);
}

/** What this browser holds, for the data page (the same counts a backup made now would hold). */
export function storedHoldings(vault: Vault): Holdings {
  return holdings(vault.rawEntries().map(([k, raw]) => classify(k, raw)));
}
