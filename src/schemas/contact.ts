import * as z from 'zod/mini';
import { NAME_MAX } from './constants';
import { RECORD_ID } from './stored';

/**
 * One person in the contacts collection that every tool shares (key `rf:contact:<id>`).
 * The COI worksheet and the giving-first planner point at the same person by id; each
 * tool keeps its own fields in its own optional section.
 *
 * Migration story: v1 (first version). Optional fields added later within v1 (older
 * records simply lack them, so every stored v1 record still reads and no migration step
 * is needed): the worksheet's `coi.plannedLunch` and `coi.offer`; the planner's
 * `rungSince`, `ladderPausedUntil` and `listen`; `tierSince`; `notSameAs`. A later version's step
 * goes in this file and is given to `contactKind` in `src/store/kinds/contacts.ts` (see
 * `src/schemas/stored.ts`).
 */

const short = z.string().check(z.maxLength(NAME_MAX));
const medium = z.string().check(z.maxLength(1000));

/** A calendar date, YYYY-MM-DD (no time, no zone). */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Where a person stands in the centers-of-influence lists. */
export const TIERS = ['triage', 'potential', 'core', 'other'] as const;
/** triage: imported or new, not yet sorted; potential/core: COI lists; other: a relationship outside them. */
export type Tier = (typeof TIERS)[number];

/** The lunch cadences the worksheet offers for core COIs, in weeks. */
export const CADENCES = [4, 6, 8, 12] as const;
/** A lunch cadence in weeks. */
export type Cadence = (typeof CADENCES)[number];

/** A 0–3 score against one center-of-influence criterion. */
const score = z.int().check(z.minimum(0), z.maximum(3));

/** The COI worksheet's fields for a person. */
export const coiFieldsSchema = z.object({
  /** Sees or knows many people in your target market (0–3). */
  reach: score,
  /** Likes you (0–3). */
  likes: score,
  /** Willing to help you succeed (0–3). */
  willing: score,
  /** Lunch cadence for core COIs, in weeks. */
  cadenceWeeks: z.optional(z.literal(CADENCES)),
  /** Dates of lunches held, oldest first. */
  lunches: z.array(isoDate).check(z.maxLength(500)),
  /** The date picked for the next lunch, when the reader has planned one (added in v1, optional). */
  plannedLunch: z.optional(isoDate),
  /** One thing the reader could offer this person at the next lunch (added in v1, optional). */
  offer: z.optional(z.string().check(z.maxLength(500))),
});

/** The channel-ladder rungs, thinnest to richest (module 5). */
export const RUNGS = ['comment', 'email', 'phone', 'face'] as const;
/** A rung of the channel ladder. */
export type Rung = (typeof RUNGS)[number];

/** The roles a person can have in the planner's weekly listening routine (module 6). */
export const LISTEN_ROLES = ['listen', 'reply', 'reciprocate'] as const;
/** A listening-routine role. */
export type ListenRole = (typeof LISTEN_ROLES)[number];

/** The giving-first planner's fields for a person. */
export const plannerFieldsSchema = z.object({
  /** Where the relationship sits on the channel ladder. */
  rung: z.optional(z.enum(RUNGS)),
  /** Days allowed between touches before the person is "slipping" (default by tier). */
  keepInTouchDays: z.optional(z.int().check(z.minimum(1), z.maximum(730))),
  /** When the relationship reached its current rung (YYYY-MM-DD); set by the planner when the rung changes. */
  rungSince: z.optional(isoDate),
  /** Until this date the planner does not suggest a step up the ladder ("not now"). */
  ladderPausedUntil: z.optional(isoDate),
  /** The person's places in the weekly listening routine (module 6). */
  listen: z.optional(z.array(z.enum(LISTEN_ROLES)).check(z.maxLength(3))),
});

/** A person in the shared contacts collection. */
export const contactSchema = z.object({
  /** Full name as the user writes it (required). */
  name: z.string().check(z.minLength(1), z.maxLength(NAME_MAX)),
  /** Company or organization. */
  organization: z.optional(short),
  /** Job title or role. */
  role: z.optional(short),
  /** How they reach your target market. */
  reach: z.optional(medium),
  /** How you met. */
  howMet: z.optional(medium),
  /** Free notes. */
  notes: z.optional(z.string().check(z.maxLength(5000))),
  /** Tags, for filtering. */
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(60))).check(z.maxLength(30)),
  /** Email address (optional). */
  email: z.optional(short),
  /** Phone number (optional). */
  phone: z.optional(short),
  /** Profile URL, e.g. LinkedIn (optional; shown as text or a checked http(s) link only). */
  profileUrl: z.optional(z.string().check(z.maxLength(500))),
  /** Date of the last contact. */
  lastContact: z.optional(isoDate),
  /** Where the person stands in the COI lists. */
  tier: z.enum(TIERS),
  /** When the person joined their current list (ms since 1970; added in v1, optional: older records count as earliest). */
  tierSince: z.optional(z.number()),
  /** When the person was added (ms since 1970). */
  createdAt: z.number(),
  /** COI worksheet fields. */
  coi: z.optional(coiFieldsSchema),
  /** Giving-first planner fields. */
  planner: z.optional(plannerFieldsSchema),
  /** Ids of people the reader said are someone else, though they look alike (added in v1, optional). */
  notSameAs: z.optional(z.array(z.string().check(z.regex(RECORD_ID))).check(z.maxLength(100))),
});

/** A person in the contacts collection. */
export type Contact = z.infer<typeof contactSchema>;
/** COI worksheet fields of a person. */
export type CoiFields = z.infer<typeof coiFieldsSchema>;
/** Planner fields of a person. */
export type PlannerFields = z.infer<typeof plannerFieldsSchema>;
