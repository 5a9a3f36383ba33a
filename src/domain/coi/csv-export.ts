import type { Contact } from '../../schemas/contact';
import type { IsoDate } from '../dates';
import { datedFileName } from '../ical';
import { DEFAULT_CADENCE, type DueStatus, dueByPerson } from '../touch';
import { lastLunch } from './lunches';
import { CRITERIA, coiScore } from './scoring';
import { TIER_ORDER, TIER_WORDS } from './tiers';

/**
 * The worksheet as a CSV file that opens safely in a spreadsheet: every cell that a
 * spreadsheet could run as a formula is neutralised, and every cell is quoted as needed.
 */

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will show as text: a leading =, +, -, @, tab or carriage return gets a ' in front. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One CSV field: neutralised, and quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: string | number | undefined): string {
  const s = neutralise(value === undefined ? '' : String(value));
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of fields as CSV text (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function toCsv(rows: (string | number | undefined)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n');
}

/** Column titles of the exported worksheet. */
export const EXPORT_COLUMNS = [
  'Name',
  'List',
  'Organization',
  'Role',
  'How they reach your market',
  'How you met',
  ...CRITERIA.map((c) => `${c.label} (0-3)`),
  'Score (0-9)',
  'Lunch every (weeks)',
  'Last lunch',
  'Next lunch due',
  'One thing to offer',
  'Last contact',
  'Email',
  'Phone',
  'Profile URL',
  'Tags',
  'Notes',
] as const;

/** The worksheet as a CSV file exported on `today`. */
export function worksheetCsvFile(
  people: [string, Contact][],
  today: IsoDate,
  due?: ReadonlyMap<string, DueStatus>,
): { fileName: string; text: string } {
  return { fileName: datedFileName('coi-worksheet', today, 'csv'), text: worksheetCsv(people, today, due) };
}

/**
 * The worksheet as CSV text, with a byte-order mark so spreadsheets read it as UTF-8. Core
 * first, then potential, triage, other. A core COI's next lunch is when they are due (`due`,
 * by the rule every tool shares; without it, from the worksheet's own fields).
 */
export function worksheetCsv(
  people: [string, Contact][],
  today: IsoDate,
  due: ReadonlyMap<string, DueStatus> = dueByPerson(Object.fromEntries(people), new Map(), today),
): string {
  const sorted = [...people].sort(
    ([, a], [, b]) =>
      TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) ||
      coiScore(b.coi) - coiScore(a.coi) ||
      a.name.localeCompare(b.name),
  );
  const rows = sorted.map(([id, c]) => {
    const inLists = c.tier === 'core' || c.tier === 'potential';
    const core = c.tier === 'core';
    return [
      c.name,
      TIER_WORDS[c.tier].list,
      c.organization,
      c.role,
      c.reach,
      c.howMet,
      ...CRITERIA.map((k) => (inLists || c.coi ? c.coi?.[k.key] : undefined)),
      inLists || c.coi ? coiScore(c.coi) : undefined,
      core ? (c.coi?.cadenceWeeks ?? DEFAULT_CADENCE) : undefined,
      core ? lastLunch(c.coi) : undefined,
      core ? due.get(id)?.due : undefined,
      c.coi?.offer,
      c.lastContact,
      c.email,
      c.phone,
      c.profileUrl,
      c.tags.join('; '),
      c.notes,
    ];
  });
  return `\uFEFF${toCsv([[...EXPORT_COLUMNS], ...rows])}\r\n`;
}
