import type { Contact, Tier } from '../schemas/contact';
import type { EntryKind, LedgerEntry, Plan } from '../schemas/planner';
import { addDays, daysBetween, formatDate, type IsoDate, localDate, plural, relativeDays } from './dates';

/**
 * When someone was last in touch and when they are due: the one rule every tool uses (the
 * COI worksheet's lunches, the planner's keep-in-touch list, My progress's reminders).
 *
 * - **A touch** is anything that happened between the reader and the person, up to today:
 *   a lunch held (worksheet), a give, an ask or a plain touch in the planner's ledger, and
 *   the "last contact" date noted on the person.
 * - **The cadence** is the number of days between touches: the window the reader set in the
 *   planner, else a core COI's lunch cadence, else the tier's default (core COIs every six
 *   weeks, the lunch cadence the worksheet starts with).
 * - **The due date** is the next thing the reader planned (a lunch, or a give or ask in the
 *   planner) on or after the last touch; with nothing planned, the last touch plus the
 *   cadence, counted from the day the person was added until a first touch.
 */

/** The lunch cadence, in weeks, until the reader picks one. */
export const DEFAULT_CADENCE = 6;

/** Days between touches by tier, until the reader sets a cadence: core COIs every six weeks, potential COIs about quarterly. */
export const DEFAULT_CADENCE_DAYS: Record<Tier, number> = {
  core: DEFAULT_CADENCE * 7,
  potential: 90,
  other: 60,
  triage: 90,
};

/** What a touch or a plan was. */
export type TouchKind = 'lunch' | 'give' | 'ask' | 'touch' | 'contact';

/** A dated touch or plan. */
export interface Dated {
  /** The day (YYYY-MM-DD). */
  date: IsoDate;
  /** What it was. */
  kind: TouchKind;
}

/** What the planner's ledger and plans say about one person: their latest entry and their soonest open plan. */
export interface PersonFacts {
  /** The latest ledger entry up to today. */
  last?: Dated;
  /** Every open plan's due date, soonest first. */
  plans: Dated[];
}

/** A ledger entry's or plan's kind as a touch. */
export function touchKindOf(kind: EntryKind): TouchKind {
  if (kind === 'touch') return 'touch';
  return kind.startsWith('ask-') ? 'ask' : 'give';
}

const later = (a: Dated | undefined, b: Dated | undefined) => (!a ? b : !b ? a : b.date > a.date ? b : a);

/** The ledger and plans gathered once per person, for `today` (entries dated after today are not touches yet). */
export function factsByPerson(
  ledger: Readonly<Record<string, LedgerEntry | undefined>>,
  plans: Readonly<Record<string, Plan | undefined>>,
  today: IsoDate,
): Map<string, PersonFacts> {
  const out = new Map<string, PersonFacts>();
  const of = (id: string) => {
    let f = out.get(id);
    if (!f) {
      f = { plans: [] };
      out.set(id, f);
    }
    return f;
  };
  // Each person's latest entry up to today (the first of equal dates), then one fact each.
  const latest = new Map<string, LedgerEntry>();
  for (const id in ledger) {
    const e = ledger[id];
    if (!e || e.date > today) continue;
    const prev = latest.get(e.contactId);
    if (!prev || e.date > prev.date) latest.set(e.contactId, e);
  }
  for (const [id, e] of latest) of(id).last = { date: e.date, kind: touchKindOf(e.kind) };
  for (const p of Object.values(plans))
    if (p && !p.done) of(p.contactId).plans.push({ date: p.due, kind: touchKindOf(p.kind) });
  for (const f of out.values()) f.plans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/** A person's latest touch up to `today`: a lunch held, a ledger entry, or the "last contact" date. */
export function lastTouch(c: Contact, facts: PersonFacts | undefined, today: IsoDate): Dated | undefined {
  let last = facts?.last;
  for (const d of c.coi?.lunches ?? []) if (d <= today) last = later(last, { date: d, kind: 'lunch' });
  if (c.lastContact && c.lastContact <= today) last = later(last, { date: c.lastContact, kind: 'contact' });
  return last;
}

/** Days between touches, and where that number comes from. */
export interface Cadence {
  /** Days. */
  days: number;
  /** set: the window chosen in the planner; lunch: a core COI's lunch cadence; tier: the tier's default. */
  source: 'set' | 'lunch' | 'tier';
}

/** A person's cadence (see the rule above). */
export function cadenceOf(c: Contact): Cadence {
  if (c.planner?.keepInTouchDays) return { days: c.planner.keepInTouchDays, source: 'set' };
  if (c.tier === 'core' && c.coi?.cadenceWeeks) return { days: c.coi.cadenceWeeks * 7, source: 'lunch' };
  return { days: DEFAULT_CADENCE_DAYS[c.tier], source: 'tier' };
}

/** The next thing planned with a person on or after `since`: the planned lunch or the soonest open plan. */
export function nextPlanned(c: Contact, facts: PersonFacts | undefined, since: IsoDate | undefined): Dated | undefined {
  let next: Dated | undefined;
  const lunch = c.coi?.plannedLunch;
  if (lunch && (!since || lunch >= since)) next = { date: lunch, kind: 'lunch' };
  for (const p of facts?.plans ?? []) {
    if (since && p.date < since) continue;
    if (!next || p.date < next.date) next = p;
    break;
  }
  return next;
}

/** Where a person stands: overdue, due today, due soon, or later. */
export type DueState = 'overdue' | 'today' | 'soon' | 'later';

/** A person's "last in touch" and "due" on a day. */
export interface DueStatus {
  /** Days between touches. */
  cadence: Cadence;
  /** The latest touch, if any. */
  last?: Dated;
  /** The day the cadence counts from: the last touch, or the day the person was added. */
  since: IsoDate;
  /** Days from `since` to today (never negative). */
  elapsed: number;
  /** When the next touch is due. */
  due: IsoDate;
  /** What the reader planned for `due`, when they did. */
  planned?: Dated;
  /** Days from today to `due` (negative when overdue). */
  days: number;
  /** overdue, today, soon (within the last fifth of the cadence, at least 3 days, at most half) or later. */
  state: DueState;
}

/** Days before the due date from which a person is "due soon": a fifth of the cadence, at least 3, at most half. */
export function soonThreshold(days: number): number {
  return Math.min(Math.max(3, Math.ceil(days * 0.2)), Math.floor(days / 2));
}

/** A person's due status on `today` (see the rule above). */
export function dueStatus(c: Contact, facts: PersonFacts | undefined, today: IsoDate): DueStatus {
  const cadence = cadenceOf(c);
  const last = lastTouch(c, facts, today);
  const since = last?.date ?? localDate(c.createdAt);
  const elapsed = Math.max(0, daysBetween(since, today));
  const planned = nextPlanned(c, facts, last?.date);
  const due = planned?.date ?? addDays(since, cadence.days);
  const days = daysBetween(today, due);
  const state: DueState =
    days < 0 ? 'overdue' : days === 0 ? 'today' : days <= soonThreshold(cadence.days) ? 'soon' : 'later';
  return { cadence, ...(last ? { last } : {}), since, elapsed, due, ...(planned ? { planned } : {}), days, state };
}

/** Everyone's due status on `today`, by id. */
export function dueByPerson(
  contacts: Readonly<Record<string, Contact | undefined>>,
  facts: ReadonlyMap<string, PersonFacts>,
  today: IsoDate,
): Map<string, DueStatus> {
  const out = new Map<string, DueStatus>();
  for (const [id, c] of Object.entries(contacts)) if (c) out.set(id, dueStatus(c, facts.get(id), today));
  return out;
}

/** A touch or plan in a few words: "lunch", "give", "ask", "touch", "contact". */
export const TOUCH_WORDS: Record<TouchKind, string> = {
  lunch: 'lunch',
  give: 'give',
  ask: 'ask',
  touch: 'touch',
  contact: 'contact',
};

/** The state's mark beside the words, so colour is never the only signal: full when overdue, half when due soon, empty later. */
export const DUE_MARKS: Record<DueState, string> = {
  overdue: '●',
  today: '◐',
  soon: '◐',
  later: '○',
};

/**
 * The status in words, the same in every tool: "Overdue by 19 days (was due Mon, 16 Feb
 * 2026)", "Due in 5 days: Sat, 21 Feb 2026", "Planned lunch tomorrow: Tue, 3 Mar 2026".
 */
export function describeDue(s: DueStatus, locale?: string): string {
  const date = formatDate(s.due, 'day', { locale });
  const what = s.planned ? `Planned ${TOUCH_WORDS[s.planned.kind]}` : 'Due';
  if (s.days < 0) return `${s.planned ? `${what} overdue` : 'Overdue'} by ${plural(-s.days, 'day')} (was due ${date})`;
  if (s.days === 0) return `${what} today, ${date}`;
  return `${what} ${relativeDays(s.days)}: ${date}`;
}

/** The last touch in words: "Last in touch Mon, 2 Feb 2026 (lunch)", or since when nothing was logged. */
export function describeLast(s: DueStatus, locale?: string): string {
  if (!s.last) return `Nothing logged since they were added on ${formatDate(s.since, 'day', { locale })}`;
  return `Last in touch ${formatDate(s.last.date, 'day', { locale })} (${TOUCH_WORDS[s.last.kind]})`;
}
