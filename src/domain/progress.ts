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
