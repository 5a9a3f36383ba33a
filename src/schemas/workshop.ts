import { z } from 'zod';
import { slugId } from './lesson';

/**
 * A workshop format (`content/workshops/<id>.yaml`): one or more sessions, each a list of
 * timed segments. Module segments name a lesson; their minutes must equal that lesson's
 * facilitator minutes (a unit test checks this), so the course and the formats agree.
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

/** One timed part of a session. */
export const segmentSchema = z
  .object({
    /** Stable id within the format (edited minutes are saved under it). */
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
  })
  .refine((s) => (s.kind === 'module') === (s.module !== undefined), {
    message: 'module segments must name a lesson (module), and other segments must not',
    path: ['module'],
  });

/** One meeting of a format. */
export const sessionSchema = z.object({
  /** Session title, e.g. "Week 1". */
  title: z.string().trim().min(1),
  /** Planned length in minutes. */
  minutes: z.number().int().positive(),
  /** Work between sessions (four-week format). */
  homework: z.string().trim().min(1).optional(),
  /** Segments in order. */
  segments: z.array(segmentSchema).min(1),
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
