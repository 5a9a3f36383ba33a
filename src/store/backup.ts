import { byTierSince, overLimitMoves } from '../domain/coi/tiers';
import { localDate, plural } from '../domain/dates';
import { inBatches, OPENING_SLICE_MS } from '../domain/slices';
import type { Contact } from '../schemas/contact';
import { BACKUP_APP, BACKUP_FORMAT } from '../schemas/stored';
import { decodeRecord } from './codec';
import { contactKind } from './kinds/contacts';
import { QUARANTINE_PREFIX, type RecordKind } from './kinds/define';
import { KINDS, kindOfKey } from './registry';
import type { Vault } from './vault';

/**
 * Backups: one JSON file with everything the site stores in this browser. Readable records
 * are kept as envelopes by storage key; every other value of the site (data set aside
 * because it could not be read, records from a newer version of the site, settings such as
 * the theme) is kept verbatim in a section of its own and put back verbatim.
 *
 * This module makes backups, counts what is stored, works out what importing one would
 * change (`planImport`) and erases everything. Reading a backup file, putting a plan into
 * words and applying it live in ./backup-import.ts, which the data page loads only when the
 * reader reaches for a file (./data-import.ts). The plan stays here because it applies the
 * list limits (src/domain/coi/tiers.ts), which every page that reads contacts loads with
 * the contact kind: planned in a module loaded on demand, the limits would be split from
 * the kind into a file of their own on all those pages.
 */

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

/** `readEverything` in slices of a few milliseconds, so a page opening over thousands of records stays responsive. */
export async function readEverythingInSlices(vault: Vault): Promise<void> {
  const all = KINDS.flatMap((kind) => vault.ids(kind).map((id) => [kind, id] as const));
  await inBatches(
    all.length,
    (from, to) => {
      for (const [kind, id] of all.slice(from, to)) vault.read(kind, id);
    },
    undefined,
    50,
    OPENING_SLICE_MS,
  );
}

/** `storedHoldings` in slices of a few milliseconds (the values are listed at once, then read a slice at a time). */
export async function storedHoldingsInSlices(vault: Vault): Promise<Holdings> {
  const entries = vault.rawEntries();
  const values: StoredValue[] = [];
  await inBatches(
    entries.length,
    (from, to) => {
      for (const [k, raw] of entries.slice(from, to)) values.push(classify(k, raw));
    },
    undefined,
    50,
    OPENING_SLICE_MS,
  );
  return holdings(values);
}
