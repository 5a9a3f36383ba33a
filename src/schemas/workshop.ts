import { z } from 'zod';
import { slugId } from './lesson';

/**
 * A workshop format (`content/workshops/<id>.yaml`): one or more sessions, each a list of
 * timed segments. Module segments name a lesson; their minutes must equal that lesson's
 * facilitator minutes (a unit test checks this), so the course and the formats agree.
 *
 * Timings add up by construction: a session's segments fill its planned minutes, and a
 * segment's timed steps (what the room does, in order) fill the segment's minutes. The
 * projector's timers come from the steps, so the slides and the plan cannot disagree.
 */

/** Kinds of segment, which decide how the projector view shows them. */
export const SEGMENT_KINDS = [
  'welcome',
  'module',
  'exercise',
  'break',
  'debrief',
  'assessment',
  'plan',
  'homework',
  'check-in',
  'close',
] as const;

/**
 * Kinds of step inside a segment: `talk` (the facilitator presents the key ideas),
 * `discuss` (the lesson's discussion question, whole room), `alone`, `pairs`, `groups`
 * and `room` (exercise work, with instructions on the slide), `debrief` (the lesson's
 * debrief, led by the facilitator).
 */
export const STEP_KINDS = ['talk', 'discuss', 'alone', 'pairs', 'groups', 'room', 'debrief'] as const;

/** Step kinds that are exercise work and so carry their own instructions. */
export const WORK_STEP_KINDS = ['alone', 'pairs', 'groups', 'room'] as const;

/** The printed handout sheets a segment uses (besides its module's reflection sheet). */
export const SHEET_IDS = ['coi', 'planner', 'assessment'] as const;

/** One timed step of a segment. */
export const stepSchema = z
  .object({
    /** What kind of step it is. */
    kind: z.enum(STEP_KINDS),
    /** Planned minutes; the projector's timer for this step. */
    minutes: z.number().int().positive(),
    /** Instructions shown on the projector, short enough to read from the back of the room. */
    text: z.string().trim().min(1).max(220, 'must be at most 220 characters so it reads on a projector').optional(),
  })
  .refine((s) => !(WORK_STEP_KINDS as readonly string[]).includes(s.kind) || s.text !== undefined, {
    message: 'exercise steps (alone, pairs, groups, room) need a text with their instructions',
    path: ['text'],
  });

/** One timed part of a session. */
export const segmentSchema = z
  .object({
    /** Stable id within the format (the facilitator's edits are saved under it). */
    id: slugId,
    /** What kind of segment it is. */
    kind: z.enum(SEGMENT_KINDS),
    /** Title shown in the run of show and on slides. */
    title: z.string().trim().min(1),
    /** Planned minutes. */
    minutes: z.number().int().positive(),
    /** For module segments: the lesson id. */
    module: slugId.optional(),
    /** What the segment is for. */
    goals: z.array(z.string().trim().min(1)).default([]),
    /** What the room needs for it. */
    materials: z.array(z.string().trim().min(1)).default([]),
    /** Instructions shown on the projector (exercises, assessment, plan). */
    instructions: z.string().trim().min(1).optional(),
    /** Timed steps in order; they add up to `minutes`. Required for module segments. */
    steps: z.array(stepSchema).min(1).optional(),
    /** Handout sheets this segment uses, for the default handout selection. */
    handouts: z.array(z.enum(SHEET_IDS)).default([]),
  })
  .refine((s) => (s.kind === 'module') === (s.module !== undefined), {
    message: 'module segments must name a lesson (module), and other segments must not',
    path: ['module'],
  })
  .refine((s) => s.kind !== 'module' || s.steps !== undefined, {
    message: 'module segments need timed steps (talk, discuss, exercise steps, debrief)',
    path: ['steps'],
  })
  .refine((s) => s.steps === undefined || s.steps.reduce((n, x) => n + x.minutes, 0) === s.minutes, {
    message: 'the steps’ minutes must add up to the segment’s minutes',
    path: ['steps'],
  });

/** One meeting of a format. */
export const sessionSchema = z
  .object({
    /** Session title, e.g. "Week 1". */
    title: z.string().trim().min(1),
    /** Planned length in minutes. */
    minutes: z.number().int().positive(),
    /** Work between sessions (four-week format). */
    homework: z.string().trim().min(1).optional(),
    /** Segments in order. */
    segments: z.array(segmentSchema).min(1),
  })
  .refine((s) => s.segments.reduce((n, g) => n + g.minutes, 0) === s.minutes, {
    message: 'the segments’ minutes must add up to the session’s minutes',
    path: ['segments'],
  });

/** A workshop format. */
export const workshopSchema = z
  .object({
    /** Title, e.g. "90-minute introduction". */
    title: z.string().trim().min(1),
    /** Order on the workshop page. */
    order: z.number().int().min(1),
    /** One or two sentences on who it suits. */
    summary: z.string().trim().min(1),
    /** Sessions in order. */
    sessions: z.array(sessionSchema).min(1),
  })
  .superRefine((w, ctx) => {
    const seen = new Set<string>();
    w.sessions.forEach((s, si) => {
      s.segments.forEach((seg, gi) => {
        if (seen.has(seg.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sessions', si, 'segments', gi, 'id'],
            message: `duplicate id "${seg.id}"`,
          });
        }
        seen.add(seg.id);
      });
    });
  });

/** A workshop format after validation. */
export type Workshop = z.infer<typeof workshopSchema>;
/** A session after validation. */
export type Session = z.infer<typeof sessionSchema>;
/** A segment after validation. */
export type Segment = z.infer<typeof segmentSchema>;
/** A timed step after validation. */
export type Step = z.infer<typeof stepSchema>;
/** A handout sheet a segment can name. */
export type SheetId = (typeof SHEET_IDS)[number];
