import type { Contact } from '../../schemas/contact';
import { escapeText, foldLine, icsStamp as stamp } from '../ical-text';
import type { IsoDate } from './dates';
import { lunchStatus } from './lunches';

/**
 * The lunch plan as an iCalendar file (RFC 5545): one recurring event per core COI, every
 * 4, 6, 8 or 12 weeks from the next lunch due, at noon local time ("floating" time, so the
 * calendar app keeps it at noon wherever the reader is).
 */

/** One recurring lunch. */
export interface LunchEvent {
  /** The person's contact id (makes the event's UID, so a re-import updates instead of doubling). */
  id: string;
  name: string;
  organization?: string;
  offer?: string;
  /** First lunch date. */
  start: IsoDate;
  /** Weeks between lunches. */
  weeks: number;
}

/** The recurring lunches of the core COIs: each starts on its next due date, or today when overdue or not planned. */
export function lunchEvents(people: [string, Contact][], today: IsoDate): LunchEvent[] {
  return people
    .filter(([, c]) => c.tier === 'core')
    .map(([id, c]) => {
      const s = lunchStatus(c.coi, today);
      const start = s.due && s.due > today ? s.due : today;
      return { id, name: c.name, organization: c.organization, offer: c.coi?.offer, start, weeks: s.cadence };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
}

export { escapeText, foldLine } from '../ical-text';

const compact = (d: IsoDate) => d.replace(/-/g, '');

/** The .ics file text for the lunch events. */
export function buildIcs(events: LunchEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Relationship First//Centers-of-influence worksheet//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Lunches with core COIs',
  ];
  for (const e of events) {
    const about = [
      e.organization ? `${e.name}, ${e.organization}.` : undefined,
      `Lunch every ${e.weeks} weeks with a core center of influence. Use it to give, not to ask.`,
      e.offer ? `One thing to offer: ${e.offer}` : undefined,
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:coi-lunch-${e.id}@relationship-first`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${compact(e.start)}T120000`,
      `DTEND:${compact(e.start)}T130000`,
      `RRULE:FREQ=WEEKLY;INTERVAL=${e.weeks}`,
      `SUMMARY:${escapeText(`Lunch with ${e.name}`)}`,
      `DESCRIPTION:${escapeText(about.join('\n'))}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** File names with the day's date, e.g. coi-lunches-2026-01-15.ics. */
export function datedFileName(stem: string, today: IsoDate, ext: string): string {
  return `${stem}-${today}.${ext}`;
}
