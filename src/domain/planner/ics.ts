import { addDays } from '../dates';
import { escapeText, foldLine, icsStamp } from '../ical-text';
import { RUNG_LABELS } from './ladder';
import { KIND_LABELS, sideOf } from './ledger';
import type { PlanItem } from './plan';

/**
 * Planned gives as an iCalendar file (RFC 5545): one all-day event per plan, so any
 * calendar app can remind the reader on the day. Text is escaped and long lines are
 * folded at 75 bytes, as the standard asks.
 */

/** One all-day event. */
export interface CalendarItem {
  /** Unique and stable across exports, so a re-import updates instead of duplicating. */
  uid: string;
  /** The day (YYYY-MM-DD). */
  date: string;
  /** The event's title. */
  summary: string;
  /** Longer text (optional). */
  description?: string;
}

export { escapeText, foldLine, icsStamp } from '../ical-text';

const compact = (iso: string) => iso.replaceAll('-', '');

/** The whole calendar file, lines ending in CRLF. */
export function buildCalendar(items: readonly CalendarItem[], stamp: Date, name = 'Giving-first plan'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Relationship First//Planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(item.uid)}`,
      `DTSTAMP:${icsStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(item.date, 1))}`,
      `SUMMARY:${escapeText(item.summary)}`,
    );
    if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The file name of an export made on `today`. */
export const calendarFileName = (today: string): string => `giving-first-plan-${today}.ics`;

/** Calendar events for open plans: "Give: Resource shared — Ana Lopez" on the due day. */
export function planEvents(items: readonly PlanItem[], nameOf: (contactId: string) => string): CalendarItem[] {
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
