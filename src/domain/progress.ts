import type { LessonProgress } from '../schemas/stored';

/** A lesson as progress summaries need it. */
export interface LessonMeta {
  id: string;
  order: number;
  title: string;
}

/** Where the reader stands in the course. */
export interface ProgressSummary {
  /** Modules marked complete. */
  completed: number;
  /** Modules in the course. */
  total: number;
  /** Ids of completed modules. */
  completedIds: string[];
  /** The module to continue with, or null when the reader has not started or has finished. */
  continueWith: LessonMeta | null;
  /** Whether the reader has opened or answered anything yet. */
  started: boolean;
}

/**
 * Summarises progress: how many modules are complete, and where to continue (the most
 * recently opened module that is not complete, else the first incomplete one in order).
 */
export function summarizeProgress(
  lessons: readonly LessonMeta[],
  progress: Readonly<Record<string, LessonProgress | undefined>>,
): ProgressSummary {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const completedIds = ordered.filter((l) => progress[l.id]?.completed).map((l) => l.id);
  const started = ordered.some((l) => progress[l.id] !== undefined);
  const incomplete = ordered.filter((l) => !progress[l.id]?.completed);
  const recent = [...incomplete]
    .filter((l) => progress[l.id]?.visitedAt !== undefined)
    .sort((a, b) => (progress[b.id]?.visitedAt ?? 0) - (progress[a.id]?.visitedAt ?? 0))[0];
  return {
    completed: completedIds.length,
    total: ordered.length,
    completedIds,
    continueWith: started ? (recent ?? incomplete[0] ?? null) : null,
    started,
  };
}

/** "3 of 7 modules complete". */
export function progressLabel(s: Pick<ProgressSummary, 'completed' | 'total'>): string {
  return `${s.completed} of ${s.total} modules complete`;
}

/** The id under which one reflection answer is stored. */
export function reflectionId(lessonId: string, promptId: string): string {
  return `${lessonId}:${promptId}`;
}

/** Number of self-check questions answered in a lesson. */
export function answeredCount(p: LessonProgress | undefined): number {
  return p ? Object.keys(p.quiz).length : 0;
}

/** How a lesson's self-check stands. */
export interface QuizScore {
  /** Questions answered. */
  answered: number;
  /** Questions answered with the best option. */
  correct: number;
  /** Questions in the self-check. */
  total: number;
}

/**
 * Scores a self-check: `key` maps each of the lesson's question ids to the index of its
 * best option; answers to questions no longer in the lesson do not count.
 */
export function quizScore(
  answers: Readonly<Record<string, number>> | undefined,
  key: Readonly<Record<string, number>>,
): QuizScore {
  const ids = Object.keys(key);
  const given = ids.filter((id) => answers?.[id] !== undefined);
  return {
    answered: given.length,
    correct: given.filter((id) => answers?.[id] === key[id]).length,
    total: ids.length,
  };
}

/** The score in one short line: "4 of 4 answered · 3 correct", or "Not tried" before any answer. */
export function quizScoreLabel(s: QuizScore): string {
  if (s.answered === 0) return `Not tried (${s.total} questions)`;
  return `${s.answered} of ${s.total} answered · ${s.correct} correct`;
}

/** The sentence under a lesson's self-check: the score once every question is answered, else how far the reader is. */
export function quizScoreSentence(s: QuizScore): string {
  if (s.answered === 0) return '';
  if (s.answered < s.total)
    return `${s.answered} of ${s.total} answered so far, ${s.correct} with the best answer. Answer the rest to see your score.`;
  const all = s.correct === s.total;
  return `Your score: ${s.correct} of ${s.total} correct.${all ? ' Every answer was the best one.' : ' Open each answer to read why the best one works.'}`;
}
