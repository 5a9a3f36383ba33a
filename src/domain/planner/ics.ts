import type { IsoDate } from '../dates';
import { buildCalendar, type CalendarEvent, datedFileName } from '../ical';
import { RUNG_LABELS } from './ladder';
import { KIND_LABELS, sideOf } from './ledger';
import type { PlanItem } from './plan';

/**
 * Planned gives as a calendar file: one all-day event per open plan, so any calendar app
 * can remind the reader on the day. Loaded only when the reader downloads it.
 */

/** Calendar events for open plans: "Give: Resource shared — Ana Lopez" on the due day. */
export function planEvents(items: readonly PlanItem[], nameOf: (contactId: string) => string): CalendarEvent[] {
  return items.map(({ id, plan }) => ({
    uid: `${id}@relationship-first`,
    date: plan.due,
    summary: `${sideOf(plan.kind)}: ${KIND_LABELS[plan.kind]} — ${nameOf(plan.contactId)}`,
    description: [
      plan.note,
      plan.channel ? `Channel: ${RUNG_LABELS[plan.channel]}` : '',
      'Planned in the giving-first planner.',
    ]
      .filter(Boolean)
      .join('\n'),
  }));
}

/** The calendar file of open plans exported on `today`, made at `now`. */
export function planCalendarFile(
  items: readonly PlanItem[],
  nameOf: (contactId: string) => string,
  today: IsoDate,
  now: Date,
) {
  return {
    fileName: datedFileName('giving-first-plan', today, 'ics'),
    text: buildCalendar({ name: 'Giving-first plan', product: 'Planner' }, planEvents(items, nameOf), now),
  };
}
