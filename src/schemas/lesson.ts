import { z } from 'zod';
import { TOOL_IDS } from './constants';
import { wordCount } from './words';

/**
 * Frontmatter of one lesson module (`content/lessons/NN-slug.mdx`).
 * Content config wires this schema to the collection; unit tests import it directly.
 *
 * Rules beyond shapes: exactly one correct option per question; ids unique within a
 * lesson; the activity names a known tool.
 */

/** A short, non-empty line of text (trimmed). */
const text = z.string().trim().min(1, 'must not be empty');

/** A stable identifier: lowercase letters, digits and dashes (used as a storage key). */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes, e.g. "five-businesses"');

/** One reflection prompt; its answer is saved in the browser under the id. */
export const reflectionSchema = z.object({
  /** Stable id, unique within the lesson; renaming it orphans saved answers. */
  id: slugId,
  /** The question the reader answers in their own words. */
  prompt: text,
});

/** One answer option of a self-check question. */
export const quizOptionSchema = z.object({
  /** What the option says. */
  text,
  /** Whether this is the right answer (exactly one option per question is). */
  correct: z.boolean(),
  /** Why this option is right or wrong; shown once the reader answers. */
  explanation: text,
});

/** One self-check question with three or more options, exactly one of them correct. */
export const quizQuestionSchema = z
  .object({
    /** Stable id, unique within the lesson; the chosen answer is saved under it. */
    id: slugId,
    /** The question, ideally a short scenario. */
    question: text,
    /** Three to five options. */
    options: z.array(quizOptionSchema).min(3, 'needs at least 3 options').max(5, 'allows at most 5 options'),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `must have exactly one correct option (found ${correct})`,
      });
    }
  });

/** Fewest words in an activity's model answer. */
export const MIN_EXAMPLE_WORDS = 25;
/** Most words in an activity's model answer, so it fits the printed reflection sheet. */
export const MAX_EXAMPLE_WORDS = 120;

/** A model answer: a worked sample of a good response, MIN_EXAMPLE_WORDS to MAX_EXAMPLE_WORDS words. */
export const activityExampleSchema = text // a blank one is reported once, as empty
  .refine((s) => s === '' || wordCount(s) >= MIN_EXAMPLE_WORDS, {
    error: (issue) =>
      `must be a worked sample of at least ${MIN_EXAMPLE_WORDS} words (found ${wordCount(String(issue.input))})`,
  })
  .refine((s) => wordCount(s) <= MAX_EXAMPLE_WORDS, {
    error: (issue) =>
      `must be at most ${MAX_EXAMPLE_WORDS} words to fit the printed reflection sheet (found ${wordCount(String(issue.input))})`,
  });

/** The practical activity at the end of a lesson and the tool it opens. */
export const activitySchema = z.object({
  /** Which tool the activity uses; see `src/domain/tools.ts`. */
  tool: z.enum(TOOL_IDS, { error: `must be one of: ${TOOL_IDS.join(', ')}` }),
  /** What to do, step by step, in plain words. */
  instructions: text,
  /** A model answer shown after the instructions ("See an example"); line breaks start new paragraphs. */
  example: activityExampleSchema,
});

/** Notes for someone running this module with a group. */
export const facilitatorSchema = z.object({
  /** Minutes the module takes in a workshop room. */
  minutes: z.number().int().positive('must be a positive number of minutes'),
  /** A question to open discussion. */
  discussion: text,
  /** An exercise the room does together. */
  exercise: text,
  /** How to close the exercise and draw out the lesson. */
  debrief: text,
  /** What to prepare or bring (optional). */
  prepare: text.optional(),
});

/** A source text whose ideas the lesson draws on, named by title. */
export const sourceSchema = z.object({
  /** The title of the source post. */
  title: text,
  /** Its author, when known. */
  author: text.optional(),
});

/** The full frontmatter of a lesson. */
export const lessonSchema = z
  .object({
    /** The module's title. */
    title: text,
    /** Position in the course, from 1. */
    order: z.number().int().min(1, 'must be 1 or more'),
    /** One or two sentences for lists and meta descriptions. */
    summary: text.max(300, 'must be at most 300 characters'),
    /** Two to four learning objectives ("You will be able to…"). */
    objectives: z.array(text).min(2, 'needs at least 2 objectives').max(4, 'allows at most 4 objectives'),
    /** Key takeaways, shown after the lesson. */
    takeaways: z.array(text).min(2, 'needs at least 2 takeaways'),
    /** Two to four reflection prompts. */
    reflections: z.array(reflectionSchema).min(2, 'needs at least 2 prompts').max(4, 'allows at most 4 prompts'),
    /** Three to five self-check questions. */
    quiz: z.array(quizQuestionSchema).min(3, 'needs at least 3 questions').max(5, 'allows at most 5 questions'),
    /** The activity that puts the lesson into practice. */
    activity: activitySchema,
    /** Notes for running the module in a workshop. */
    facilitator: facilitatorSchema,
    /** Source posts whose ideas the lesson uses. */
    sources: z.array(sourceSchema).min(1, 'needs at least 1 source'),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Map<string, string>();
    const check = (id: string, path: (string | number)[]) => {
      const where = seen.get(id);
      if (where) {
        ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}" (already used by ${where})` });
      } else {
        seen.set(id, path.join('.'));
      }
    };
    for (const [i, r] of lesson.reflections.entries()) check(r.id, ['reflections', i, 'id']);
    for (const [i, q] of lesson.quiz.entries()) check(q.id, ['quiz', i, 'id']);
  });

/** Lesson frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;
/** One self-check question after validation. */
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
