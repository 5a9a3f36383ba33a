import { envelopeSchema } from '../schemas/stored';
import type { RecordKind } from './kinds/define';

/** Fields a save replaced without having seen them (see `envelopeSchema.over`). */
export type Overwrote = { rev: number; fields: string[][] };

/** What reading one stored value found. Never throws; every failure is a state. */
export type Decoded<T> =
  | { state: 'absent' }
  | { state: 'ok'; data: T; rev: number; at: number; migratedFrom?: number; over?: Overwrote }
  | { state: 'newer'; version: number }
  | { state: 'corrupt'; reason: string };

/** Parses JSON without throwing. */
export function parseJson(raw: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
}

/** Upgrades `data` from `from` to the kind's current version, one step at a time. */
export function migrate<T>(
  kind: RecordKind<T>,
  data: unknown,
  from: number,
): { ok: true; data: unknown } | { ok: false; reason: string } {
  let current = data;
  for (let v = from; v < kind.version; v++) {
    const step = kind.upgrades[v - 1];
    if (!step) return { ok: false, reason: `there is no way to upgrade it from version ${v}` };
    try {
      current = step(current);
    } catch {
      return { ok: false, reason: `upgrading it from version ${v} failed` };
    }
  }
  return { ok: true, data: current };
}

/** Checks an already-parsed envelope against its kind: version, upgrades, schema. */
export function decodeValue<T>(kind: RecordKind<T>, value: unknown): Decoded<T> {
  const env = envelopeSchema.safeParse(value);
  if (!env.success) return { state: 'corrupt', reason: 'it is not in the format this site saves' };
  const { v, rev, at, data, over } = env.data;
  if (v > kind.version) return { state: 'newer', version: v };
  const upgraded = migrate(kind, data, v);
  if (!upgraded.ok) return { state: 'corrupt', reason: upgraded.reason };
  const checked = kind.schema.safeParse(upgraded.data);
  if (!checked.success) return { state: 'corrupt', reason: 'some of its fields have the wrong type' };
  return {
    state: 'ok',
    data: checked.data,
    rev,
    at,
    ...(v < kind.version ? { migratedFrom: v } : {}),
    ...(over ? { over } : {}),
  };
}

/** Reads a raw stored string of a kind: `unknown -> parse -> migrate -> typed`. */
export function decodeRecord<T>(kind: RecordKind<T>, raw: string | null): Decoded<T> {
  if (raw === null) return { state: 'absent' };
  const parsed = parseJson(raw);
  if (!parsed.ok) return { state: 'corrupt', reason: parsed.reason };
  return decodeValue(kind, parsed.value);
}

/** The string stored for a record (with `over` when the save replaced another tab's fields). */
export function encodeRecord<T>(kind: RecordKind<T>, data: T, rev: number, at: number, over?: Overwrote): string {
  return JSON.stringify(over ? { v: kind.version, rev, at, data, over } : { v: kind.version, rev, at, data });
}

/**
 * The head of a record as the site writes it (`encodeRecord`): version, revision and time
 * of saving come first, so the time can be read without parsing the whole record.
 */
const HEAD = /^\{"v":[1-9]\d*,"rev":[1-9]\d*,"at":(\d+(?:\.\d+)?),"data":.*\}$/s;

/** When a stored value was saved, from its head, or by reading it in full when it is not written as the site writes it. */
export function savedAt(raw: string): number | undefined {
  const head = HEAD.exec(raw);
  if (head) return Number(head[1]);
  const parsed = parseJson(raw);
  const env = parsed.ok ? envelopeSchema.safeParse(parsed.value) : null;
  return env?.success ? env.data.at : undefined;
}
