import type { Cadence, CoiFields, Contact } from '../../schemas/contact';
import {
  addWeeks,
  daysBetween,
  formatDate,
  type IsoDate,
  isCalendarDate,
  monthOf,
  plural,
  relativeDays,
} from '../dates';

/**
 * Lunches with core COIs: a cadence per person, the lunches held, the next one due, and
 * which are overdue or fall in the current month. Every date is a calendar date.
 */

/** The cadence used until the reader picks one. */
export const DEFAULT_CADENCE: Cadence = 6;

/** Where a core COI's next lunch stands. */
export type LunchState = 'unplanned' | 'overdue' | 'today' | 'soon' | 'later';

/** A person's lunch plan on a given day. */
export interface LunchStatus {
  /** Weeks between lunches. */
  cadence: Cadence;
  /** The last lunch held, if any. */
  last?: IsoDate;
  /** When the next lunch is due: the planned date, or the last lunch plus the cadence. */
  due?: IsoDate;
  /** Whether `due` is a date the reader picked. */
  planned: boolean;
  /** Days from today to `due` (negative when overdue). */
  days?: number;
  state: LunchState;
}

/** Days ahead that count as "soon". */
export const SOON_DAYS = 14;

/** The most recent lunch held. */
export function lastLunch(coi: CoiFields | undefined): IsoDate | undefined {
  let last: IsoDate | undefined;
  for (const d of coi?.lunches ?? []) if (!last || d > last) last = d;
  return last;
}

/** The lunch plan of a person on `today`. */
export function lunchStatus(coi: CoiFields | undefined, today: IsoDate): LunchStatus {
  const cadence = coi?.cadenceWeeks ?? DEFAULT_CADENCE;
  const last = lastLunch(coi);
  const plan = coi?.plannedLunch;
  const planned = !!plan && isCalendarDate(plan) && (!last || plan > last);
  const due = planned ? plan : last ? addWeeks(last, cadence) : undefined;
  if (!due) return { cadence, last, planned: false, state: 'unplanned' };
  const days = daysBetween(today, due);
  const state: LunchState = days < 0 ? 'overdue' : days === 0 ? 'today' : days <= SOON_DAYS ? 'soon' : 'later';
  return { cadence, last, due, planned, days, state };
}

/** The worksheet fields after logging a lunch on `date`: kept sorted, once per day; a plan on or before it is done. */
export function withLunch(coi: CoiFields, date: IsoDate): CoiFields {
  const lunches = [...new Set([...coi.lunches, date])].sort().slice(-500);
  const { plannedLunch, ...rest } = coi;
  return plannedLunch && plannedLunch > date ? { ...rest, plannedLunch, lunches } : { ...rest, lunches };
}

/** The worksheet fields without the lunch of `date` (undo). */
export function withoutLunch(coi: CoiFields, date: IsoDate): CoiFields {
  return { ...coi, lunches: coi.lunches.filter((d) => d !== date) };
}

/** One core COI in the lunch views. */
export interface LunchItem {
  id: string;
  contact: Contact;
  status: LunchStatus;
}

/** The "this month" view: overdue lunches, lunches due from today to the month's end, and core COIs with no plan. */
export interface MonthView {
  first: IsoDate;
  last: IsoDate;
  overdue: LunchItem[];
  due: LunchItem[];
  unplanned: LunchItem[];
  /** Lunches already held this month. */
  held: LunchItem[];
}

/** Lunches with core COIs for the month that `today` falls in. */
export function monthView(people: [string, Contact][], today: IsoDate): MonthView {
  const { first, last } = monthOf(today);
  const view: MonthView = { first, last, overdue: [], due: [], unplanned: [], held: [] };
  for (const [id, contact] of people) {
    if (contact.tier !== 'core') continue;
    const status = lunchStatus(contact.coi, today);
    const item = { id, contact, status };
    if (status.last && status.last >= first && status.last <= last) view.held.push(item);
    if (status.state === 'unplanned') view.unplanned.push(item);
    else if (status.state === 'overdue') view.overdue.push(item);
    else if (status.due && status.due <= last) view.due.push(item);
  }
  const byDue = (a: LunchItem, b: LunchItem) => (a.status.due ?? '').localeCompare(b.status.due ?? '');
  view.overdue.sort(byDue);
  view.due.sort(byDue);
  view.unplanned.sort((a, b) => a.contact.name.localeCompare(b.contact.name));
  return view;
}

/** How many core COIs have a lunch overdue on `today`. */
export function overdueCount(people: Iterable<Contact | undefined>, today: IsoDate): number {
  let n = 0;
  for (const c of people) if (c?.tier === 'core' && lunchStatus(c.coi, today).state === 'overdue') n++;
  return n;
}

/** A lunch plan in words: "Overdue by 3 days (was due Mon, 16 Feb 2026)", "Due in 5 days: Sat, 21 Feb 2026". */
export function describeLunch(status: LunchStatus, locale?: string): string {
  if (status.state === 'unplanned' || !status.due || status.days === undefined)
    return 'No lunch yet: plan the first one';
  const date = formatDate(status.due, 'day', { locale });
  const d = status.days;
  if (d < 0) return `Overdue by ${plural(-d, 'day')} (was due ${date})`;
  if (d === 0) return `Due today, ${date}`;
  return `${status.planned ? 'Planned' : 'Due'} ${relativeDays(d)}: ${date}`;
}
