import * as z from 'zod/mini';

/**
 * What the self-assessment keeps in the browser (see `src/schemas/stored.ts` for the
 * envelope every record is stored in). Written with `zod/mini` for a small bundle.
 *
 * Migration story (keep this list up to date):
 * - assessment attempt  v1 (first version).
 * - planned action      v1 (first version).
 * A later version's step goes in this file and is given to its kind in
 * `src/store/kinds/assessment.ts` (see `src/schemas/stored.ts`).
 */

/** A statement id as saved with an answer. */
const statementId = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));

/**
 * One attempt at the self-assessment (key `rf:assessment:<id>`, id time-ordered). An
 * attempt without `completedAt` is the unfinished one the reader can carry on with.
 * Answers are kept by statement id, so an attempt stays readable after statements change.
 */
export const attemptSchema = z.object({
  /** When the first answer was given (ms since 1970). */
  startedAt: z.number().check(z.minimum(0)),
  /** When the reader asked for the result; absent while unfinished. */
  completedAt: z.optional(z.number().check(z.minimum(0))),
  /** Statement id → answer, 1 (strongly disagree) to 5 (strongly agree). */
  answers: z.record(statementId, z.int().check(z.minimum(1), z.maximum(5))),
  /** Scores by habit id (0–100) as shown when the attempt was completed. */
  scores: z.optional(z.record(z.string().check(z.maxLength(40)), z.int().check(z.minimum(0), z.maximum(100)))),
});

/** One attempt. */
export type Attempt = z.infer<typeof attemptSchema>;

/**
 * An action the reader chose to do in the next 30 days (key `rf:action:<id>`). The
 * self-assessment saves them under `<habit id>:<action id>`, so the same action is
 * never added twice; the giving-first planner reads and may tick them off.
 */
export const plannedActionSchema = z.object({
  /** What to do, as plain text. */
  text: z.string().check(z.minLength(1), z.maxLength(1000)),
  /** The habit it builds (a self-assessment habit id). */
  dimension: z.string().check(z.maxLength(40)),
  /** When it was added (ms since 1970). */
  createdAt: z.number().check(z.minimum(0)),
  /** Where it came from, e.g. "assessment". */
  source: z.optional(z.string().check(z.maxLength(40))),
  /** When it was marked done; absent while open. */
  doneAt: z.optional(z.number().check(z.minimum(0))),
});

/** One planned action. */
export type PlannedAction = z.infer<typeof plannedActionSchema>;
