/**
 * Course navigation computed from lesson entries: order, previous/next, table of contents.
 * Works on the minimal shape of an entry so unit tests need no Astro runtime.
 */

/** The fields of a lesson entry navigation needs. */
export interface LessonRef {
  /** Entry id (the file name without extension), also the URL segment. */
  id: string;
  data: { order: number; title: string };
}

/** A link to a neighbouring lesson. */
export interface LessonLink {
  href: string;
  title: string;
  order: number;
}

/** The URL of a lesson page. */
export function lessonHref(id: string): string {
  return `/lessons/${id}/`;
}

/** Lessons sorted by their `order`, then by id so the result is stable. */
export function sortLessons<T extends LessonRef>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Previous and next lessons of the one with `id` in course order (null at either end). */
export function prevNext(
  lessons: readonly LessonRef[],
  id: string,
): { prev: LessonLink | null; next: LessonLink | null } {
  const sorted = sortLessons(lessons);
  const i = sorted.findIndex((l) => l.id === id);
  if (i === -1) throw new Error(`No lesson with id "${id}"`);
  const link = (l: LessonRef | undefined): LessonLink | null =>
    l ? { href: lessonHref(l.id), title: l.data.title, order: l.data.order } : null;
  return { prev: link(sorted[i - 1]), next: link(sorted[i + 1]) };
}

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The on-page table of contents: the lesson's second-level sections plus the fixed parts after it. */
export function tableOfContents(headings: readonly Heading[], fixed: readonly Heading[]): Heading[] {
  return [...headings.filter((h) => h.depth === 2), ...fixed];
}

/** "Module 3 of 7" style label. */
export function moduleLabel(order: number, total: number): string {
  return `Module ${order} of ${total}`;
}
