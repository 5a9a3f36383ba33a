import type * as z from 'zod/mini';
import { appMetaSchema, lessonProgressSchema, reflectionSchema } from '../schemas/stored';

/**
 * The kinds of record the site stores. Each kind owns a key prefix, a current schema
 * version, its schema, and the steps that upgrade older versions one at a time.
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
  /** `migrations[n]` upgrades data of version n to version n + 1. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** Names one record in messages ("Ada Lovelace"); the kind's label is used when absent. */
  describe?(data: T): string;
  /** Names of fields in messages, by field name (the last part of a path); others are spelled out. */
  fieldLabels?: Readonly<Record<string, string>>;
}

/** Everything under this prefix belongs to the site. */
export const KEY_PREFIX = 'rf:';

/** Quarantined raw values are kept under keys with this prefix. */
export const QUARANTINE_PREFIX = 'rf:quarantine:';

/** Lesson progress: completion, self-check answers, last visit. Id: lesson id. */
export const lessonKind: RecordKind<z.infer<typeof lessonProgressSchema>> = {
  label: 'Lesson progress',
  prefix: 'rf:lesson:',
  version: 1,
  schema: lessonProgressSchema,
  migrations: {},
};

/** Reflection answers. Id: `<lessonId>:<promptId>`. */
export const reflectionKind: RecordKind<z.infer<typeof reflectionSchema>> = {
  label: 'Reflections',
  prefix: 'rf:reflection:',
  version: 1,
  schema: reflectionSchema,
  migrations: {},
};

/** App metadata (last export, persistence). Id: `app`. */
export const metaKind: RecordKind<z.infer<typeof appMetaSchema>> = {
  label: 'Settings',
  prefix: 'rf:meta:',
  version: 1,
  schema: appMetaSchema,
  migrations: {},
};

/** Record ids: letters, digits, dashes, underscores and colons, at most 160 characters. */
export const RECORD_ID = /^[A-Za-z0-9_:-]{1,160}$/;
