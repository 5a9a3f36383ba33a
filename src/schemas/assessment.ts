import { z } from 'zod';
import { DIMENSION_IDS } from './constants';
import { slugId } from './lesson';

/**
 * The self-assessment's content (`content/assessment/`): the eight habits and the
 * statements that measure them. Content config wires these schemas to collections; unit
 * tests import them directly. Rules across entries (four or five statements per habit,
 * unique ids, modules that exist) are checked by `contentProblems` in
 * `src/domain/assessment.ts`, which also fails the build.
 */

/** A non-empty line of text (trimmed). */
const text = z.string().trim().min(1, 'must not be empty');

/** One concrete action for the next 30 days. */
export const assessmentActionSchema = z.object({
  /** Stable id within the habit; a chosen action is saved under it. */
  id: slugId,
  /** What to do, in one or two sentences. */
  text,
});

/** One habit (`content/assessment/dimensions.yaml`). */
export const dimensionSchema = z.object({
  /** One of the eight fixed habit ids. */
  id: z.enum(DIMENSION_IDS, { error: `must be one of: ${DIMENSION_IDS.join(', ')}` }),
  /** Full name of the habit. */
  label: text,
  /** Name on the radar chart: a few words. */
  short: text.max(24, 'must be 24 characters or fewer to fit on the chart'),
  /** Id of the lesson that teaches the habit. */
  module: slugId,
  /** What the habit is. */
  meaning: text,
  /** What a high score says, and how to build on it. */
  strong: text,
  /** What a low score suggests. */
  grow: text,
  /** Exactly two actions for the next 30 days. */
  actions: z.array(assessmentActionSchema).length(2, 'needs exactly 2 actions'),
});

/** One statement (`content/assessment/statements.yaml`). */
export const statementSchema = z.object({
  /** Stable id; saved answers point at it, so it never changes meaning. */
  id: slugId,
  /** The habit it measures. */
  dimension: z.enum(DIMENSION_IDS, { error: `must be one of: ${DIMENSION_IDS.join(', ')}` }),
  /** The statement the reader agrees or disagrees with. */
  text: text.max(200, 'must be 200 characters or fewer'),
  /** Worded against the habit: agreeing lowers the score. */
  reverse: z.boolean().default(false),
  /** Date it stopped being asked (YYYY-MM-DD); older answers to it still count. */
  retired: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .optional(),
});

/** A habit after validation. */
export type DimensionEntry = z.infer<typeof dimensionSchema>;
/** A statement after validation. */
export type StatementEntry = z.infer<typeof statementSchema>;
