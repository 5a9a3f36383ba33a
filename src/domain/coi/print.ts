import type { Contact } from '../../schemas/contact';
import { formatDate, type IsoDate } from '../dates';
import { DEFAULT_CADENCE, type DueStatus, dueByPerson } from '../touch';
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

/**
 * The rows of a printed worksheet: the reader's people first (best score first), then blank
 * rows to 12 and 100. The next lunch is when each person is due (`due`, by the rule every
 * tool shares; without it, from the worksheet's own fields).
 */
export function printSheet(
  people: readonly (readonly [string, Contact])[],
  today: IsoDate,
  locale?: string,
  due: ReadonlyMap<string, DueStatus> = dueByPerson(Object.fromEntries(people), new Map(), today),
): PrintSheet {
  const core = people.filter(([, c]) => c.tier === 'core').sort(([, a], [, b]) => byScore(a, b));
  const potential = people
    .filter(([, c]) => c.tier === 'potential')
    .map(([, c]) => c)
    .sort(byScore);
  const coreRows: CoreRow[] = core.map(([id, c], i) => {
    const next = due.get(id)?.due;
    return {
      ...filled(i + 1, c),
      cadence: String(c.coi?.cadenceWeeks ?? DEFAULT_CADENCE),
      nextLunch: next ? formatDate(next, 'day', { locale }) : '',
      offer: c.coi?.offer ?? '',
    };
  });
  for (let n = coreRows.length + 1; n <= CORE_MAX; n++)
    coreRows.push({ ...blank(n), cadence: '', nextLunch: '', offer: '' });
  const potentialRows: PotentialRow[] = potential.map((c, i) => ({ ...filled(i + 1, c), reach: c.reach ?? '' }));
  for (let n = potentialRows.length + 1; n <= POTENTIAL_MAX; n++) potentialRows.push({ ...blank(n), reach: '' });
  return { core: coreRows, potential: potentialRows };
}
