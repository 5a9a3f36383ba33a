import type * as z from 'zod/mini';
import { contactSchema } from '../schemas/contact';
import { introSchema, ledgerEntrySchema, listenWeekSchema, planSchema } from '../schemas/planner';
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

/** People in the shared contacts collection. Id: a random id made by `newId()`. */
export const contactKind: RecordKind<z.infer<typeof contactSchema>> = {
  label: 'Contacts',
  prefix: 'rf:contact:',
  version: 1,
  schema: contactSchema,
  migrations: {},
};

/** Giving-first planner: one give, ask or touch in a relationship's ledger. Id: `newId()`. */
export const ledgerKind: RecordKind<z.infer<typeof ledgerEntrySchema>> = {
  label: 'Planner ledger entries',
  prefix: 'rf:ledger:',
  version: 1,
  schema: ledgerEntrySchema,
  migrations: {},
};

/** Giving-first planner: one planned give or ask. Id: `newId()`. */
export const planKind: RecordKind<z.infer<typeof planSchema>> = {
  label: 'Planned gives',
  prefix: 'rf:plan:',
  version: 1,
  schema: planSchema,
  migrations: {},
};

/** Giving-first planner: one introduction between two people. Id: `newId()`. */
export const introKind: RecordKind<z.infer<typeof introSchema>> = {
  label: 'Introductions',
  prefix: 'rf:intro:',
  version: 1,
  schema: introSchema,
  migrations: {},
};

/** Giving-first planner: the listening routine's ticks for one ISO week. Id: `YYYY-Www`. */
export const listenKind: RecordKind<z.infer<typeof listenWeekSchema>> = {
  label: 'Listening routine',
  prefix: 'rf:listen:',
  version: 1,
  schema: listenWeekSchema,
  migrations: {},
};

/** Every kind the site knows, for backups and the data page. Tools add theirs here. */
// biome-ignore lint/suspicious/noExplicitAny: a registry of kinds with different data types
export const KINDS: RecordKind<any>[] = [
  lessonKind,
  reflectionKind,
  metaKind,
  contactKind,
  ledgerKind,
  planKind,
  introKind,
  listenKind,
];

/** The kind a storage key belongs to, if any. */
// biome-ignore lint/suspicious/noExplicitAny: see KINDS
export function kindOfKey(key: string): RecordKind<any> | undefined {
  return KINDS.find((k) => key.startsWith(k.prefix) && key.length > k.prefix.length);
}

/** Record ids: letters, digits, dashes, underscores and colons, at most 160 characters. */
export const RECORD_ID = /^[A-Za-z0-9_:-]{1,160}$/;
