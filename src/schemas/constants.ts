/**
 * Constants that the schemas, the domain and browser code share: fixed ids that the
 * course's content, the reader's saved data and the code all refer to, and limits the
 * domain explains to the reader. Kept apart from the schemas that check them, without
 * zod, so that code can use them without loading a schema.
 */

/**
 * The self-assessment's eight habits, in the fixed order of the result chart and of share
 * codes (format 1). Never reorder or rename: saved attempts and share codes depend on these ids.
 */
export const DIMENSION_IDS = [
  'giving-first',
  'interest',
  'depth',
  'channels',
  'trust',
  'coi',
  'long-term',
  'in-touch',
] as const;

/** A habit id. */
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** The tools a lesson's activity may open (`activity.tool`; see `src/domain/tools.ts`). */
export const TOOL_IDS = ['notebook', 'coi-worksheet', 'planner', 'assessment'] as const;

/** A tool id. */
export type ToolId = (typeof TOOL_IDS)[number];

/** Longest name, organisation, role, email or phone the contacts collection stores, in characters. */
export const NAME_MAX = 200;
