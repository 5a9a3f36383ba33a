/**
 * The tools a lesson's activity can open. A tool whose page is not built yet has no
 * `href`, so lessons never link to a page that does not exist; a unit test checks that
 * every `href` here has a page in `src/pages/`.
 */

import type { ToolId } from '../schemas/constants';

/** What the site knows about one tool. */
export interface ToolInfo {
  /** Name shown to readers. */
  label: string;
  /** One line on what it is for. */
  purpose: string;
  /** Site path of the tool's page, or null while that page does not exist yet. */
  href: string | null;
}

/** Every tool, by id. */
export const TOOLS: Record<ToolId, ToolInfo> = {
  notebook: {
    label: 'Your notes on this page',
    purpose: 'Answer in the reflection boxes on this page; your answers stay in this browser.',
    href: null,
  },
  'coi-worksheet': {
    label: 'Centers-of-influence worksheet',
    purpose: 'Build your list of about 100 potential and 12 core centers of influence.',
    href: '/coi/',
  },
  planner: {
    label: 'Giving-first planner',
    purpose: 'Keep an emotional bank account per relationship and plan your next deposits.',
    href: '/planner/',
  },
  assessment: {
    label: 'Self-assessment',
    purpose: 'See where you stand on eight habits of relationship-first networking.',
    href: '/assessment/',
  },
};

/** The tool's info for a lesson activity. */
export function toolFor(id: ToolId): ToolInfo {
  return TOOLS[id];
}
