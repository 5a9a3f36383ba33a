import * as z from 'zod/mini';

/**
 * Schemas of everything the site keeps in the browser's localStorage. This is a public
 * API: people's notes live in these shapes, so a change here needs a new version and a
 * migration (see "Migration story" below). Written with `zod/mini` so the browser bundle
 * stays small.
 *
 * Every record is stored as an envelope `{v, rev, at, data}` under its own key:
 * - `v`   the schema version of `data`;
 * - `rev` a revision that grows by one with every save, across tabs;
 * - `at`  when it was last saved (milliseconds since 1970);
 * - `data` the record itself, validated by its kind's schema.
 *
 * Migration story (keep this list up to date):
 * - lesson progress    v1 (first version).
 * - reflection         v1 (first version).
 * - app meta           v1 (first version).
 * Every schema file of stored data keeps such a list. A step from version N to N+1 is a
 * pure function in the schema file, beside the schemas of both versions (for example
 * `migrateAgendaV1` in `workshop-state.ts`), given to its kind's `defineKind` in
 * `src/store/kinds/` (which makes the kind's version one more than its number of steps),
 * and unit-tested on a stored example of version N. Data with a version above the site's
 * is never rewritten: that tab stops saving and says why.
 */

/** Record ids, the part of a storage key after the kind's prefix: letters, digits, dashes, underscores and colons, at most 160 characters. */
export const RECORD_ID = /^[A-Za-z0-9_:-]{1,160}$/;

/** Longest reflection or note the site stores, in characters. */
export const MAX_TEXT = 20_000;

/** The envelope around every stored record. Its `data` is checked by the record's own schema. */
export const envelopeSchema = z.object({
  /** Schema version of `data`. */
  v: z.int().check(z.minimum(1)),
  /** Revision: grows by one with every save. */
  rev: z.int().check(z.minimum(1)),
  /** Time of the last save, in milliseconds since 1970. */
  at: z.number().check(z.minimum(0)),
  /** The record. */
  data: z.unknown(),
  /**
   * Set when this save replaced fields that another tab had saved at revision `rev` without
   * having seen them (two tabs edited the same field at once): that tab offers its text back.
   */
  over: z.optional(
    z.object({
      /** The revision whose fields this save replaced. */
      rev: z.int().check(z.minimum(1)),
      /** Paths of the replaced fields, e.g. `[["notes"], ["coi", "offer"]]`. */
      fields: z.array(z.array(z.string().check(z.maxLength(80))).check(z.maxLength(8))).check(z.maxLength(50)),
    }),
  ),
});

/** A stored envelope. */
export type Envelope = z.infer<typeof envelopeSchema>;

/** A lesson's progress (key `rf:lesson:<lessonId>`). */
export const lessonProgressSchema = z.object({
  /** Whether the reader marked the module complete. */
  completed: z.boolean(),
  /** When it was marked complete. */
  completedAt: z.optional(z.number()),
  /** Self-check answers: question id → index of the chosen option. */
  quiz: z.record(z.string().check(z.maxLength(80)), z.int().check(z.minimum(0), z.maximum(9))),
  /** When the reader last opened the lesson. */
  visitedAt: z.optional(z.number()),
});

/** Progress through one lesson. */
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

/** A reflection answer (key `rf:reflection:<lessonId>:<promptId>`). */
export const reflectionSchema = z.object({
  /** What the reader wrote, as plain text. */
  text: z.string().check(z.maxLength(MAX_TEXT)),
});

/** One reflection answer. */
export type Reflection = z.infer<typeof reflectionSchema>;

/** Facts about this browser's copy of the data (key `rf:meta:app`). */
export const appMetaSchema = z.object({
  /** When the reader last exported a backup. */
  lastExportAt: z.optional(z.number()),
  /** Whether the browser granted persistent storage when asked. */
  persisted: z.optional(z.boolean()),
});

/** App metadata. */
export type AppMeta = z.infer<typeof appMetaSchema>;

/** Name written into every backup file, so other JSON is recognised as not a backup. */
export const BACKUP_APP = 'relationship-first';

/**
 * Version of the backup file format. 1: readable records only. 2: adds `verbatim`, every
 * other value of the site kept as it was (set-aside data, records from a newer version,
 * settings). Files of format 1 still import.
 */
export const BACKUP_FORMAT = 2;
