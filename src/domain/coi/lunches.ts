import type { CoiFields, Contact } from '../../schemas/contact';
import { type IsoDate, monthOf } from '../dates';
import type { DueStatus } from '../touch';

/**
 * Lunches with core COIs: the lunches held and the "this month" view. When a person is due
 * comes from the one rule every tool shares (`src/domain/touch.ts`). Every date is a
 * calendar date.
 */

/** The most recent lunch held. */
export function lastLunch(coi: CoiFields | undefined): IsoDate | undefined {
  let last: IsoDate | undefined;
  for (const d of coi?.lunches ?? []) if (!last || d > last) last = d;
  return last;
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
  status: DueStatus;
}

/** The "this month" view: core COIs overdue, due from today to the month's end, and with no lunch held or planned yet. */
export interface MonthView {
  first: IsoDate;
  last: IsoDate;
  overdue: LunchItem[];
  due: LunchItem[];
  unplanned: LunchItem[];
  /** Lunches already held this month. */
  held: LunchItem[];
}

/** Lunches with core COIs for the month that `today` falls in, by everyone's due status. */
export function monthView(people: [string, Contact][], due: ReadonlyMap<string, DueStatus>, today: IsoDate): MonthView {
  const { first, last } = monthOf(today);
  const view: MonthView = { first, last, overdue: [], due: [], unplanned: [], held: [] };
  for (const [id, contact] of people) {
    const status = due.get(id);
    if (contact.tier !== 'core' || !status) continue;
    const item = { id, contact, status };
    const held = lastLunch(contact.coi);
    if (held && held >= first && held <= last) view.held.push(item);
    if (status.state === 'overdue') view.overdue.push(item);
    else if (status.due <= last) view.due.push(item);
    else if (!held && !contact.coi?.plannedLunch) view.unplanned.push(item);
  }
  const byDue = (a: LunchItem, b: LunchItem) => a.status.due.localeCompare(b.status.due);
  view.overdue.sort(byDue);
  view.due.sort(byDue);
  view.unplanned.sort((a, b) => a.contact.name.localeCompare(b.contact.name));
  return view;
}

/** How many core COIs are overdue, by everyone's due status. */
export function overdueCount(
  people: Iterable<readonly [string, Contact | undefined]>,
  due: ReadonlyMap<string, DueStatus>,
): number {
  let n = 0;
  for (const [id, c] of people) if (c?.tier === 'core' && due.get(id)?.state === 'overdue') n++;
  return n;
}
