import type { Contact } from '../schemas/contact';
import type { Plan } from '../schemas/planner';
import { inPlanner } from './contact';
import { addDays, daysBetween, type IsoDate, plural, relativeDays } from './dates';
import { plannerPath, worksheetPath } from './person-paths';
import { KIND_LABELS, sideOf } from './planner/ledger';
import { weekStart } from './planner/weeks';
import { type DueStatus, describeDue } from './touch';

/**
 * What is due this week across the tools, for My progress: lunches with core COIs (planned,
 * or due by their cadence), gives planned in the planner, and people to follow up with by
 * the rule every tool shares (`src/domain/touch.ts`). Anything overdue counts as due. Each
 * line says where it is done. Weeks run Monday to Sunday, as in the planner.
 */

/** One thing due, and where to do it. */
export interface DueItem {
  /** Stable key for lists. */
  key: string;
  /** The person (contact id). */
  contactId: string;
  /** Their name. */
  name: string;
  /** When it is due. */
  date: IsoDate;
  /** Days from today (negative when overdue). */
  days: number;
  /** What is due, in words: "Planned lunch tomorrow: …", "Give: Resource shared, overdue by 2 days". */
  text: string;
  /** Where it is done: a site path (the worksheet or the planner, opened at the person). */
  path: string;
  /** The link's words: "Open in the worksheet". */
  action: string;
}

/** Everything due by Sunday, in three groups, each soonest (most overdue) first. */
export interface DueThisWeek {
  /** Sunday of this week. */
  sunday: IsoDate;
  /** Lunches with core COIs: planned this week, or due by their cadence. */
  lunches: DueItem[];
  /** Gives (and asks) planned in the planner for this week or earlier and not done. */
  gives: DueItem[];
  /** Other people in the planner who are due for a touch, with nothing planned. */
  followUps: DueItem[];
  /** How many people the tools know (none: nothing can be due yet). */
  people: number;
}

/** How far a day is, in words: "today", "in 3 days", "overdue by 2 days". */
function when(days: number): string {
  return days < 0 ? `overdue by ${plural(-days, 'day')}` : relativeDays(days);
}

const bySoonest = (a: DueItem, b: DueItem) => a.days - b.days || a.name.localeCompare(b.name);

/** What is due from now to Sunday of the week `today` falls in. */
export function dueThisWeek(
  contacts: Readonly<Record<string, Contact | undefined>>,
  due: ReadonlyMap<string, DueStatus>,
  plans: Readonly<Record<string, Plan | undefined>>,
  today: IsoDate,
): DueThisWeek {
  const sunday = addDays(weekStart(today), 6);
  const out: DueThisWeek = { sunday, lunches: [], gives: [], followUps: [], people: 0 };
  for (const [id, c] of Object.entries(contacts)) {
    if (c) out.people++;
    const s = due.get(id);
    if (!c || !s || s.due > sunday || s.planned?.kind === 'give' || s.planned?.kind === 'ask') continue;
    const base = { key: `due-${id}`, contactId: id, name: c.name, date: s.due, days: s.days, text: describeDue(s) };
    if (c.tier === 'core')
      out.lunches.push({ ...base, path: worksheetPath(id), action: `Plan or log a lunch with ${c.name}` });
    else if (inPlanner(c) && !s.planned)
      out.followUps.push({ ...base, path: plannerPath(id), action: `Log a touch or plan a give for ${c.name}` });
  }
  for (const [pid, p] of Object.entries(plans)) {
    const c = p && contacts[p.contactId];
    if (!p || !c || p.done || p.due > sunday) continue;
    const days = daysBetween(today, p.due);
    out.gives.push({
      key: `plan-${pid}`,
      contactId: p.contactId,
      name: c.name,
      date: p.due,
      days,
      text: `${sideOf(p.kind)}: ${KIND_LABELS[p.kind]}, ${when(days)}`,
      path: plannerPath(p.contactId),
      action: `Open ${c.name}’s plans in the planner`,
    });
  }
  out.lunches.sort(bySoonest);
  out.gives.sort(bySoonest);
  out.followUps.sort(bySoonest);
  return out;
}

/** How many things are due this week, in all. */
export const dueCount = (w: DueThisWeek): number => w.lunches.length + w.gives.length + w.followUps.length;
