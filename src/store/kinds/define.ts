import type * as z from 'zod/mini';

/**
 * What a kind of stored record is: a key prefix, a current schema version, its schema, and
 * the steps that upgrade older versions one at a time. Every kind is made by `defineKind`;
 * the kinds are grouped by tool beside this file, one file per schema file, so that a page
 * loads only the schemas of the kinds it reads (`src/store/registry.ts` lists them all).
 */
export interface RecordKind<T> {
  /** Name used in messages and on the data page. */
  label: string;
  /** Storage keys of this kind start with this prefix; the rest of the key is the record id. */
  prefix: string;
  /** Current schema version. */
  version: number;
  /** Schema of the current version. */
  schema: z.ZodMiniType<T>;
  /** The steps from each older version to the next: `upgrades[n - 1]` turns version n into version n + 1. */
  upgrades: readonly ((data: unknown) => unknown)[];
  /** Names one record in messages ("Ada Lovelace"); the kind's label is used when absent. */
  describe?(data: T): string;
  /** Names of fields in messages, by field name (the last part of a path); others are spelled out. */
  fieldLabels?: Readonly<Record<string, string>>;
}

/** Everything under this prefix belongs to the site. */
export const KEY_PREFIX = 'rf:';

/** Quarantined raw values are kept under keys with this prefix. */
export const QUARANTINE_PREFIX = 'rf:quarantine:';

/** How a kind is described to `defineKind`: its steps (if any), oldest first; the rest as in `RecordKind`. */
export type KindSpec<T> = Pick<RecordKind<T>, 'label' | 'schema' | 'describe' | 'fieldLabels'> &
  Partial<Pick<RecordKind<T>, 'upgrades'>>;

/**
 * A kind of record stored under `rf:<name>:<id>`. Its version is one more than the number
 * of its upgrade steps, so a new version cannot be declared without the step that reaches it.
 */
export function defineKind<T>(name: string, { upgrades = [], ...spec }: KindSpec<T>): RecordKind<T> {
  return { ...spec, prefix: `${KEY_PREFIX}${name}:`, version: upgrades.length + 1, upgrades };
}
