import * as z from 'zod/mini';

/**
 * What a facilitator's browser keeps for workshop mode.
 *
 * Migration story: agenda v1, deck v1 and room v1 are the first versions.
 */

/** The run of show a facilitator edited (key `rf:agenda:<formatId>`). */
export const agendaStateSchema = z.object({
  /** Start time of each session, "HH:MM", by session number (1-based, as a string key). */
  starts: z.record(z.string().check(z.maxLength(3)), z.string().check(z.regex(/^([01]?\d|2[0-3]):[0-5]\d$/))),
  /** Edited minutes by segment id. */
  minutes: z.record(z.string().check(z.maxLength(80)), z.int().check(z.minimum(1), z.maximum(600))),
});

/** An edited run of show. */
export type AgendaState = z.infer<typeof agendaStateSchema>;

/** Where a projector deck stands (key `rf:deck:<formatId>-<session>`): slide and timer. */
export const deckStateSchema = z.object({
  /** Current slide index. */
  slide: z.int().check(z.minimum(0), z.maximum(999)),
  /** The timer of the current slide. */
  timer: z.optional(
    z.object({
      /** Slide the timer belongs to. */
      slide: z.int().check(z.minimum(0)),
      durationMs: z.number().check(z.minimum(0)),
      running: z.boolean(),
      endsAt: z.optional(z.number()),
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
