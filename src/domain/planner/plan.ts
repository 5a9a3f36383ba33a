import type { LedgerEntry, Plan } from '../../schemas/planner';
import { addDays, daysBetween, type IsoDate, isCalendarDate } from '../dates';
import { inWeek, weekStart } from './weeks';

/**
 * Planned gives: due dates, the "this week" view across every relationship, and what a
 * plan becomes in the ledger once it is done, and the dates a give may be logged or planned
 * on. Weeks start on Monday (ISO 8601).
 */

/** A plan with its id. */
export interface PlanItem {
  id: string;
  plan: Plan;
}

/** Plans sorted into what the reader needs to see this week. */
export interface WeekPlan {
  /** Monday of the current week. */
  monday: string;
  /** Sunday of the current week. */
  sunday: string;
  /** Open plans whose day has passed, oldest first. */
  overdue: PlanItem[];
  /** Open plans due from today to Sunday, soonest first. */
  thisWeek: PlanItem[];
  /** Open plans due after this week, soonest first. */
  later: PlanItem[];
  /** Plans done this week (whatever their due date), latest first. */
  doneThisWeek: PlanItem[];
}

const byDue = (x: PlanItem, y: PlanItem) =>
  x.plan.due === y.plan.due ? x.plan.createdAt - y.plan.createdAt : x.plan.due < y.plan.due ? -1 : 1;

/**
 * Sorts every plan into overdue, this week, later and done this week, for `today`.
 * A plan due earlier this week but before today counts as overdue.
 */
export function weekPlan(plans: Readonly<Record<string, Plan | undefined>>, today: string): WeekPlan {
  const monday = weekStart(today);
  const sunday = addDays(monday, 6);
  const out: WeekPlan = { monday, sunday, overdue: [], thisWeek: [], later: [], doneThisWeek: [] };
  for (const [id, plan] of Object.entries(plans)) {
    if (!plan) continue;
    const item = { id, plan };
    if (plan.done) {
      if (inWeek(plan.done, monday)) out.doneThisWeek.push(item);
    } else if (plan.due < today) out.overdue.push(item);
    else if (plan.due <= sunday) out.thisWeek.push(item);
    else out.later.push(item);
  }
  out.overdue.sort(byDue);
  out.thisWeek.sort(byDue);
  out.later.sort(byDue);
  out.doneThisWeek.sort((x, y) => ((x.plan.done ?? '') < (y.plan.done ?? '') ? 1 : -1));
  return out;
}

/** Whether an open plan is overdue on `today`. */
export const isOverdue = (plan: Plan, today: string): boolean => !plan.done && plan.due < today;

/** The ledger entry a plan becomes when it is done on `doneOn`. */
export function entryFromPlan(planId: string, plan: Plan, doneOn: string, now: number): LedgerEntry {
  const entry: LedgerEntry = {
    contactId: plan.contactId,
    date: doneOn,
    kind: plan.kind,
    note: plan.note,
    plan: planId,
    createdAt: now,
  };
  if (plan.channel) entry.channel = plan.channel;
  return entry;
}

/** The plan after it was done on `doneOn`, pointing at its ledger entry. */
export function completedPlan(plan: Plan, doneOn: string, entryId: string): Plan {
  return { ...plan, done: doneOn, entry: entryId };
}

/** The plan reopened (undo of "done"); the caller removes the ledger entry it made. */
export function reopenedPlan(plan: Plan): Plan {
  const { done: _done, entry: _entry, ...open } = plan;
  return open;
}

/** Open plans for one person, soonest first. */
export function openPlansFor(plans: Readonly<Record<string, Plan | undefined>>, contactId: string): PlanItem[] {
  return Object.entries(plans)
    .filter((e): e is [string, Plan] => !!e[1] && e[1].contactId === contactId && !e[1].done)
    .map(([id, plan]) => ({ id, plan }))
    .sort(byDue);
}

/** How far back a logged give or ask may be dated, in days (about fifty years). */
export const OLDEST_LOG_DAYS = 50 * 366;
/** How far ahead a plan may be due, in days (two years). */
export const FURTHEST_PLAN_DAYS = 2 * 366;

/** Checks the date of something that happened; returns a sentence saying what to fix, or null. */
export function checkLogDate(date: IsoDate, today: IsoDate): string | null {
  if (!isCalendarDate(date)) return 'Choose the date it happened.';
  if (date > today) return 'That date is still to come. Log what has happened, or plan this instead.';
  if (daysBetween(date, today) > OLDEST_LOG_DAYS) return 'That date is more than fifty years ago. Check the year.';
  return null;
}

/** Checks the due date of a plan; returns a sentence saying what to fix, or null. */
export function checkDueDate(date: IsoDate, today: IsoDate): string | null {
  if (!isCalendarDate(date)) return 'Choose the day you will do it.';
  if (date < today) return 'That day has passed. Choose today or later, or log it if you did it.';
  if (daysBetween(today, date) > FURTHEST_PLAN_DAYS) return 'That is more than two years away. Plan something nearer.';
  return null;
}
