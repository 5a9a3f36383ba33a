/**
 * The "My progress" page shows one line per tool. Each tool fills its own summary once its
 * page exists; until then the line states the empty starting point.
 */
export interface ToolSummaryLine {
  /** Which tool the line is about (the island fills its value from that tool's store). */
  id: 'coi' | 'planner' | 'assessment';
  /** Tool name. */
  label: string;
  /** What the reader has so far, in one line. */
  value: string;
  /** Where to open the tool, or null while its page does not exist. */
  href: string | null;
}

/** Summary lines for tools that have not stored anything yet. */
export function emptyToolSummaries(hrefs: {
  coi: string | null;
  planner: string | null;
  assessment: string | null;
}): ToolSummaryLine[] {
  return [
    {
      id: 'coi',
      label: 'Centers of influence',
      value: '0 of 12 core · 0 of 100 potential · no lunches overdue',
      href: hrefs.coi,
    },
    { id: 'planner', label: 'Giving-first planner', value: 'No gives planned yet', href: hrefs.planner },
    { id: 'assessment', label: 'Self-assessment', value: 'Not taken yet', href: hrefs.assessment },
  ];
}
