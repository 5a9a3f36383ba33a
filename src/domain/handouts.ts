import type { ToolId } from '../schemas/constants';

/**
 * The handout pack: its sheets in print order, how many pages each takes (the same on A4
 * and US Letter; the print tests check these), and which sheets a session needs by
 * default: the reflection sheet of each module it teaches, the tool sheet each of those
 * modules' activities uses, and the sheets its other segments name.
 */

/** Pages each kind of sheet prints to, on A4 and on US Letter. */
export const SHEET_PAGES = { coi: 5, planner: 2, assessment: 3, reflection: 1 } as const;

/** One sheet of the pack. */
export interface HandoutSheet {
  /** "coi", "planner", "assessment" or "reflection-<lesson id>". */
  id: string;
  title: string;
  pages: number;
}

/** The tool sheet a lesson's activity uses, if it has one. */
const TOOL_SHEETS: Partial<Record<ToolId, string>> = {
  'coi-worksheet': 'coi',
  planner: 'planner',
  assessment: 'assessment',
};

/** The id of a module's reflection sheet. */
export function reflectionSheetId(lessonId: string): string {
  return `reflection-${lessonId}`;
}

/** Every sheet of the pack in print order: the tool sheets, then one reflection sheet per module. */
export function handoutSheets(lessons: readonly { id: string; order: number; title: string }[]): HandoutSheet[] {
  return [
    { id: 'coi', title: 'Centers-of-influence worksheet (12 core, 100 potential)', pages: SHEET_PAGES.coi },
    { id: 'planner', title: 'Giving-first planner sheet', pages: SHEET_PAGES.planner },
    { id: 'assessment', title: 'Self-assessment on paper, with its scoring key', pages: SHEET_PAGES.assessment },
    ...[...lessons]
      .sort((a, b) => a.order - b.order)
      .map((l) => ({
        id: reflectionSheetId(l.id),
        title: `Reflection sheet, module ${l.order}: ${l.title}`,
        pages: SHEET_PAGES.reflection,
      })),
  ];
}

/** A segment as the default choice needs it. */
export interface SheetSegment {
  kind: string;
  module?: string | undefined;
  handouts?: readonly string[] | undefined;
}

/** The sheets a session needs by default, in print order. */
export function defaultSheets(
  segments: readonly SheetSegment[],
  lessonTools: Readonly<Record<string, ToolId>>,
  all: readonly HandoutSheet[],
): string[] {
  const wanted = new Set<string>();
  for (const seg of segments) {
    for (const h of seg.handouts ?? []) wanted.add(h);
    if (seg.module) {
      wanted.add(reflectionSheetId(seg.module));
      const tool = lessonTools[seg.module];
      const sheet = tool ? TOOL_SHEETS[tool] : undefined;
      if (sheet) wanted.add(sheet);
    }
  }
  return all.filter((s) => wanted.has(s.id)).map((s) => s.id);
}

/** A saved choice of sheets cleaned against the pack (unknown ids dropped, print order kept). */
export function chosenSheets(
  saved: readonly string[] | undefined,
  fallback: readonly string[],
  all: readonly HandoutSheet[],
): string[] {
  const pick = new Set(saved ?? fallback);
  return all.filter((s) => pick.has(s.id)).map((s) => s.id);
}

/** Pages the chosen sheets print to. */
export function pageCount(chosen: readonly string[], all: readonly HandoutSheet[]): number {
  const pick = new Set(chosen);
  return all.filter((s) => pick.has(s.id)).reduce((n, s) => n + s.pages, 0);
}
