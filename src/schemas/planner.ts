import * as z from 'zod/mini';
import { isoDate, RUNGS } from './contact';
import { RECORD_ID } from './stored';

export { LISTEN_ROLES, type ListenRole } from './contact';

/**
 * What the giving-first planner keeps in the browser, one record per entry so that two
 * tabs editing different entries never overwrite each other:
 *
 * - `rf:ledger:<id>`  one give, ask or touch in a relationship's emotional bank account;
 * - `rf:plan:<id>`    one planned give (or ask) with a due date;
 * - `rf:intro:<id>`   one double opt-in introduction between two people;
 * - `rf:listen:<YYYY-Www>` the listening routine's ticks for one ISO week.
 *
 * People themselves live in the shared contacts collection (`rf:contact:<id>`); the
 * planner's per-person fields are `contact.planner` (see `src/schemas/contact.ts`).
 *
 * Migration story (keep this list up to date):
 * - ledger entry   v1 (first version).
 * - planned item   v1 (first version).
 * - introduction   v1 (first version).
 * - listening week v1 (first version).
 * A later version's step goes in this file and is given to its kind in
 * `src/store/kinds/planner.ts` (see `src/schemas/stored.ts`).
 */

/** Longest note on a ledger entry or plan, in characters (longer text is cut, and the page says so). */
export const NOTE_MAX = 500;

/** Longest "why they should meet" text on an introduction, in characters. */
export const WHY_MAX = 500;

/** A record id as stored in keys (see `RECORD_ID`). */
export const recordId = z.string().check(z.regex(RECORD_ID));

/** Gives: deposits in the emotional bank account (module 2). */
export const GIVE_KINDS = [
  'introduction',
  'referral',
  'resource',
  'comment',
  'help',
  'recognition',
  'time',
  'gift',
] as const;

/** Asks: withdrawals from the account. */
export const ASK_KINDS = ['ask-referral', 'ask-testimonial', 'ask-introduction', 'ask-favor', 'ask-sale'] as const;

/** Every kind of ledger entry: gives, asks, and a plain touch that is neither. */
export const ENTRY_KINDS = [...GIVE_KINDS, ...ASK_KINDS, 'touch'] as const;

/** A kind of ledger entry. */
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** One entry in a relationship's ledger (key `rf:ledger:<id>`). */
export const ledgerEntrySchema = z.object({
  /** The person (contact id). */
  contactId: recordId,
  /** When it happened (YYYY-MM-DD). */
  date: isoDate,
  /** What it was. */
  kind: z.enum(ENTRY_KINDS),
  /** A short note, plain text. May be empty. */
  note: z.string().check(z.maxLength(NOTE_MAX)),
  /** The channel it used, when known. */
  channel: z.optional(z.enum(RUNGS)),
  /** The planned item it completed, if any. */
  plan: z.optional(recordId),
  /** The introduction it came from, if any. */
  intro: z.optional(recordId),
  /** The listening-routine week it came from, if any (YYYY-Www). */
  week: z.optional(z.string().check(z.regex(/^\d{4}-W\d{2}$/))),
  /** When it was logged (ms since 1970). */
  createdAt: z.number(),
});

/** A ledger entry. */
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** One planned give or ask (key `rf:plan:<id>`). */
export const planSchema = z.object({
  /** The person (contact id). */
  contactId: recordId,
  /** When it is due (YYYY-MM-DD). */
  due: isoDate,
  /** What kind of give (or ask) it will be. */
  kind: z.enum(ENTRY_KINDS),
  /** What exactly, plain text. May be empty. */
  note: z.string().check(z.maxLength(NOTE_MAX)),
  /** The channel it will use, when chosen (a step up the ladder, for example). */
  channel: z.optional(z.enum(RUNGS)),
  /** When it was done; absent while still open. */
  done: z.optional(isoDate),
  /** The ledger entry made when it was done. */
  entry: z.optional(recordId),
  /** When it was planned (ms since 1970). */
  createdAt: z.number(),
});

/** A planned item. */
export type Plan = z.infer<typeof planSchema>;

/** The steps of a double opt-in introduction, in order (module 7). */
export const INTRO_STEPS = ['idea', 'asked-first', 'asked-second', 'introduced', 'followed-up'] as const;

/** A step of an introduction. */
export type IntroStep = (typeof INTRO_STEPS)[number];

/** One introduction between two people (key `rf:intro:<id>`). */
export const introSchema = z.object({
  /** The first person to ask (contact id). */
  a: recordId,
  /** The second person to ask (contact id). */
  b: recordId,
  /** Why they should meet: what each would gain. Plain text. */
  why: z.string().check(z.maxLength(WHY_MAX)),
  /** The step it has reached. */
  step: z.enum(INTRO_STEPS),
  /** The date each step was reached; a step passed over on purpose has no date. */
  reached: z.partialRecord(z.enum(INTRO_STEPS), isoDate),
  /** Set when one of them said no: the introduction is not going ahead. */
  declined: z.optional(isoDate),
  /** The two ledger entries (one per person) recorded when the introduction was made. */
  entries: z.optional(z.array(recordId).check(z.maxLength(2))),
  /** When it was first noted (ms since 1970). */
  createdAt: z.number(),
});

/** An introduction. */
export type Intro = z.infer<typeof introSchema>;

/** One ISO week of the listening routine (key `rf:listen:<YYYY-Www>`). */
export const listenWeekSchema = z.object({
  /** The routine's items that week (`<role>:<contactId>`), as they stood at the last tick. */
  list: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)),
  /** Ticked items; the value is the id of the ledger entry the tick logged, or "" for none. */
  ticks: z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(160))),
});

/** One week of the listening routine. */
export type ListenWeek = z.infer<typeof listenWeekSchema>;
