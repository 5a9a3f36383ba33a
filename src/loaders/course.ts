import { type CollectionEntry, getCollection } from 'astro:content';
import { sortLessons } from '../domain/lessons';
import { type ModuleSummary, moduleSummaries } from '../domain/modules';
import type { LessonMeta } from '../domain/progress';

/**
 * The course as pages build it: the lessons and workshop formats, read from the content
 * collections once per build and shared by every page (the header and layout run on all
 * of them). The development server reads them afresh on every request, so edited content
 * shows without a restart.
 */

/** A lesson entry of the content collection. */
export type LessonEntry = CollectionEntry<'lessons'>;
/** A workshop format entry of the content collection. */
export type WorkshopEntry = CollectionEntry<'workshops'>;

/** Everything pages read about the course. */
export interface Course {
  /** Lessons in course order. */
  lessons: LessonEntry[];
  /** Lessons by id. */
  byId: ReadonlyMap<string, LessonEntry>;
  /** What lists of modules show, in course order, with the reading time computed once. */
  modules: ModuleSummary[];
  /** Ids, orders and titles in course order: the outline the site's scripts read. */
  outline: LessonMeta[];
  /** Workshop formats in their own order. */
  formats: WorkshopEntry[];
}

async function read(): Promise<Course> {
  const lessons = sortLessons(await getCollection('lessons'));
  const formats = (await getCollection('workshops')).sort((a, b) => a.data.order - b.data.order);
  return {
    lessons,
    byId: new Map(lessons.map((l) => [l.id, l])),
    modules: moduleSummaries(lessons),
    outline: lessons.map((l) => ({ id: l.id, order: l.data.order, title: l.data.title })),
    formats,
  };
}

/** A segment of a workshop session, as the content collection holds it. */
type SessionSegment = WorkshopEntry['data']['sessions'][number]['segments'][number];

/**
 * What every script that plans a session reads about one of its segments; pages add the
 * few other fields their own script reads (see `CourseSegment` in domain/agenda-plan).
 */
export function segmentBasics(g: SessionSegment) {
  return { id: g.id, kind: g.kind, title: g.title, minutes: g.minutes, module: g.module };
}

let cached: Promise<Course> | undefined;

/** The course, read once per build (every call in development). */
export function loadCourse(): Promise<Course> {
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}
