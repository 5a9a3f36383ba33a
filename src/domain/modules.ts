import { sortLessons } from './lessons';
import { mdxToPlainText, readingMinutes } from './text';

/** What lists of modules show about each one. */
export interface ModuleSummary {
  id: string;
  order: number;
  title: string;
  summary: string;
  objectives: string[];
  /** Reading time in minutes, computed from the lesson text. */
  minutes: number;
}

/** The shape of a lesson entry this module needs. */
interface LessonEntryLike {
  id: string;
  body?: string | undefined;
  data: { order: number; title: string; summary: string; objectives: string[] };
}

/** Reading time of a lesson entry, computed from its MDX body. */
export function lessonMinutes(entry: { body?: string | undefined }): number {
  return readingMinutes(mdxToPlainText(entry.body ?? ''));
}

/** Module summaries in course order. */
export function moduleSummaries(entries: readonly LessonEntryLike[]): ModuleSummary[] {
  return sortLessons(entries).map((e) => ({
    id: e.id,
    order: e.data.order,
    title: e.data.title,
    summary: e.data.summary,
    objectives: e.data.objectives,
    minutes: lessonMinutes(e),
  }));
}
