import type { Contact } from '../../schemas/contact';
import { formatDate, type IsoDate } from '../dates';
import { lunchStatus } from './lunches';
import { CRITERIA, coiScore } from './scoring';
import { CORE_MAX, POTENTIAL_MAX } from './tiers';

/**
 * The printed worksheet: page 1 holds the core list with a lunch plan, the next pages the
 * potential list. Blank rows fill each list to its size, so a printed copy can be finished
 * by hand.
 */

/** One printed row; empty strings print as blank lines to write on. */
export interface PrintRow {
  /** Row number, from 1. */
  n: number;
  name: string;
  organization: string;
  /** Scores of the three criteria, in the order of CRITERIA ('' when blank). */
  scores: string[];
  /** Total score ('' when blank). */
  total: string;
}

/** A printed core row with its lunch plan. */
export interface CoreRow extends PrintRow {
  cadence: string;
  nextLunch: string;
  offer: string;
}

/** A printed potential row. */
export interface PotentialRow extends PrintRow {
  reach: string;
}

/** Both printed lists. */
export interface PrintSheet {
  core: CoreRow[];
  potential: PotentialRow[];
}

const blank = (n: number): PrintRow => ({ n, name: '', organization: '', scores: CRITERIA.map(() => ''), total: '' });

function filled(n: number, c: Contact): PrintRow {
  return {
    n,
    name: c.name,
    organization: c.organization ?? '',
    scores: CRITERIA.map((k) => String(c.coi?.[k.key] ?? 0)),
    total: String(coiScore(c.coi)),
  };
}

const byScore = (a: Contact, b: Contact) => coiScore(b.coi) - coiScore(a.coi) || a.name.localeCompare(b.name);

/** The rows of a printed worksheet: the reader's people first (best score first), then blank rows to 12 and 100. */
export function printSheet(people: readonly Contact[], today: IsoDate, locale?: string): PrintSheet {
  const core = people.filter((c) => c.tier === 'core').sort(byScore);
  const potential = people.filter((c) => c.tier === 'potential').sort(byScore);
  const coreRows: CoreRow[] = core.map((c, i) => {
    const s = lunchStatus(c.coi, today);
    return {
      ...filled(i + 1, c),
      cadence: String(s.cadence),
      nextLunch: s.due ? formatDate(s.due, 'day', { locale }) : '',
      offer: c.coi?.offer ?? '',
    };
  });
  for (let n = coreRows.length + 1; n <= CORE_MAX; n++)
    coreRows.push({ ...blank(n), cadence: '', nextLunch: '', offer: '' });
  const potentialRows: PotentialRow[] = potential.map((c, i) => ({ ...filled(i + 1, c), reach: c.reach ?? '' }));
  for (let n = potentialRows.length + 1; n <= POTENTIAL_MAX; n++) potentialRows.push({ ...blank(n), reach: '' });
  return { core: coreRows, potential: potentialRows };
}
