import * as z from 'zod/mini';

/**
 * What a facilitator's browser keeps for workshop mode.
 *
 * Migration story (keep this list up to date; each step is a pure function in this file,
 * given to its kind's `defineKind` in `src/store/kinds/workshop.ts`):
 * - agenda v1: `{starts, minutes}`: a start time per session and edited minutes per
 *   segment id.
 * - agenda v2: the facilitator's own agenda. v1 → v2 (`migrateAgendaV1`, below): each
 *   `starts[n]` becomes `sessions[n].start` (as "HH:MM"), each `minutes[id]` becomes
 *   `edits[id].minutes`; there are no own segments, no order changes, no dates, notes or
 *   address yet. Tested on the saved v1 examples in `tests/unit/fixtures/`.
 * - deck v1, room v1: first versions.
 */

/** A clock time, "HH:MM" (24-hour; a one-digit hour is accepted). */
const clockTime = z.string().check(z.regex(/^([01]?\d|2[0-3]):[0-5]\d$/));

/** A calendar date, "YYYY-MM-DD" (the agenda's `setDate` also refuses days a month lacks). */
const calendarDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/** A segment id: a course segment's id, or an own segment's generated id. */
const segmentId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/** Longest title of a segment, in characters. */
export const SEGMENT_TITLE_MAX = 120;

/** Longest facilitator note on one segment, in characters. */
export const SEGMENT_NOTES_MAX = 2000;

/** The first agenda version (key `rf:agenda:<formatId>`), kept to read and migrate old records. */
export const agendaStateV1Schema = z.object({
  /** Start time of each session, "HH:MM", by session number (1-based, as a string key). */
  starts: z.record(z.string().check(z.maxLength(3)), clockTime),
  /** Edited minutes by segment id. */
  minutes: z.record(z.string().check(z.maxLength(80)), z.int().check(z.minimum(1), z.maximum(600))),
});

/** An agenda record of version 1. */
export type AgendaStateV1 = z.infer<typeof agendaStateV1Schema>;

/** One session of the facilitator's agenda. Every field is optional: absent means the course's plan. */
export const agendaSessionSchema = z.object({
  /** The day it runs, "YYYY-MM-DD". */
  date: z.optional(calendarDate),
  /** Start time, "HH:MM". */
  start: z.optional(clockTime),
  /** Segment ids in the facilitator's order; course segments left out are removed. Absent: the course's order. */
  order: z.optional(z.array(segmentId).check(z.maxLength(100))),
  /** Handout sheets chosen for this session. Absent: the session's default sheets. */
  sheets: z.optional(z.array(z.string().check(z.maxLength(120))).check(z.maxLength(40))),
});

/** A session's saved agenda. */
export type AgendaSession = z.infer<typeof agendaSessionSchema>;

/** The facilitator's changes to one course segment. Absent fields keep the course's values. */
export const segmentEditSchema = z.object({
  /** Own title. */
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(SEGMENT_TITLE_MAX))),
  /** Own minutes. */
  minutes: z.optional(z.int().check(z.minimum(1), z.maximum(600))),
  /** The facilitator's notes for this segment (shown in the presenter view and printed). */
  notes: z.optional(z.string().check(z.maxLength(SEGMENT_NOTES_MAX))),
});

/** Edits to a course segment. */
export type SegmentEdit = z.infer<typeof segmentEditSchema>;

/** Kinds of segment a facilitator can add: a talk (no timer), an activity or a break (timed). */
export const OWN_SEGMENT_KINDS = ['talk', 'activity', 'break'] as const;

/** A segment the facilitator added. */
export const ownSegmentSchema = z.object({
  /** What kind of segment it is. */
  kind: z.enum(OWN_SEGMENT_KINDS),
  /** Title. */
  title: z.string().check(z.minLength(1), z.maxLength(SEGMENT_TITLE_MAX)),
  /** Planned minutes. */
  minutes: z.int().check(z.minimum(1), z.maximum(600)),
  /** The facilitator's notes. */
  notes: z.optional(z.string().check(z.maxLength(SEGMENT_NOTES_MAX))),
});

/** An added segment. */
export type OwnSegment = z.infer<typeof ownSegmentSchema>;

/** The facilitator's own agenda for one format (key `rf:agenda:<formatId>`), version 2. */
export const agendaStateSchema = z.object({
  /** Per session, by session number (1-based, as a string key). */
  sessions: z.record(z.string().check(z.regex(/^\d{1,2}$/)), agendaSessionSchema),
  /** Changes to course segments, by segment id (ids are unique within a format). */
  edits: z.record(segmentId, segmentEditSchema),
  /** Added segments, by their generated id; each session's `order` places them. */
  own: z.record(segmentId, ownSegmentSchema),
  /** The address participants open, if the facilitator set one (otherwise the page's own). */
  address: z.optional(z.string().check(z.maxLength(300))),
});

/** The facilitator's agenda for a format. */
export type AgendaState = z.infer<typeof agendaStateSchema>;

/**
 * Agenda v1 → v2: start times move into each session, edited minutes into each segment's
 * edit. Anything that is not a v1 agenda is passed on unchanged, so the v2 schema refuses
 * it and the record is set aside rather than guessed at.
 */
export function migrateAgendaV1(data: unknown): unknown {
  const v1 = agendaStateV1Schema.safeParse(data);
  if (!v1.success) return data;
  const sessions: Record<string, { start: string }> = {};
  for (const [n, start] of Object.entries(v1.data.starts)) sessions[n] = { start: start.padStart(5, '0') };
  const edits: Record<string, { minutes: number }> = {};
  for (const [id, minutes] of Object.entries(v1.data.minutes)) edits[id] = { minutes };
  return { sessions, edits, own: {} };
}

/** Where a projector deck stands (key `rf:deck:<formatId>-<session>`): slide and timer. */
export const deckStateSchema = z.object({
  /** Current slide index. */
  slide: z.int().check(z.minimum(0), z.maximum(999)),
  /** The timer of the current slide. */
  timer: z.optional(
    z.object({
      /** Slide the timer belongs to. */
      slide: z.int().check(z.minimum(0)),
      /** The length it was set to, in milliseconds. */
      durationMs: z.number().check(z.minimum(0)),
      /** Whether it is counting down. */
      running: z.boolean(),
      /** While running: when it reaches zero (ms since 1970). */
      endsAt: z.optional(z.number()),
      /** While paused: milliseconds left. */
      remainingMs: z.optional(z.number().check(z.minimum(0))),
    }),
  ),
  /** Whether the end-of-time sound is on. */
  sound: z.boolean(),
});

/** A deck's saved position and timer. */
export type DeckState = z.infer<typeof deckStateSchema>;

/** Most share codes one room profile holds. */
export const ROOM_CODES_MAX = 1000;

/** The codes pasted into the room profile (key `rf:room:current`). Scores only, no names. */
export const roomStateSchema = z.object({
  /** Accepted share codes, normalised. */
  codes: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(ROOM_CODES_MAX)),
});

/** A saved room profile. */
export type RoomState = z.infer<typeof roomStateSchema>;
