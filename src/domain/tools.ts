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
    purpose: 'List up to 100 potential and 12 core centers of influence, score them and plan lunches.',
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

/** A tool as the site's menus, the home page and Start here list it. */
export interface SiteTool {
  /** Stable id, for tests and styling. */
  id: 'coi' | 'planner' | 'assessment' | 'me' | 'data';
  /** Name shown to readers. */
  label: string;
  /** One line on what it is for. */
  purpose: string;
  /** Site path of the tool's page. */
  href: string;
}

/** Narrows a lesson tool to one that has a page, for the site's menus. */
function withPage(id: SiteTool['id'], tool: ToolInfo): SiteTool {
  if (!tool.href) throw new Error(`The ${tool.label} has no page to list.`);
  return { id, label: tool.label, purpose: tool.purpose, href: tool.href };
}

/** Every tool a reader keeps using, in the order the header's Tools menu, the home page and Start here list them. */
export const SITE_TOOLS: readonly SiteTool[] = [
  withPage('coi', TOOLS['coi-worksheet']),
  withPage('planner', TOOLS.planner),
  withPage('assessment', TOOLS.assessment),
  {
    id: 'me',
    label: 'My progress',
    purpose: 'See the modules you have done, your answers and reflections, and what each tool holds.',
    href: '/me/',
  },
  {
    id: 'data',
    label: 'Your data',
    purpose: 'Back up, restore or erase everything this site keeps in your browser.',
    href: '/data/',
  },
];
