import type { Contact } from '../../schemas/contact';
import type { IsoDate } from '../dates';
import { buildCalendar, type CalendarEvent, datedFileName } from '../ical';
import { lunchStatus } from './lunches';

/**
 * The lunch plan as a calendar file: one repeating lunch per core COI, every 4, 6, 8 or 12
 * weeks from the next lunch due, at noon in the reader's own time (so the calendar app
 * keeps it at noon wherever they are). Loaded only when the reader downloads it.
 */

/** The repeating lunches of the core COIs: each starts on its next due date, or today when overdue or not planned. */
export function lunchEvents(people: [string, Contact][], today: IsoDate): CalendarEvent[] {
  return people
    .filter(([, c]) => c.tier === 'core')
    .map(([id, c]) => {
      const s = lunchStatus(c.coi, today);
      const about = [
        c.organization ? `${c.name}, ${c.organization}.` : undefined,
        `Lunch every ${s.cadence} weeks with a core center of influence. Use it to give, not to ask.`,
        c.coi?.offer ? `One thing to offer: ${c.coi.offer}` : undefined,
      ].filter(Boolean);
      return {
        uid: `coi-lunch-${id}@relationship-first`,
        date: s.due && s.due > today ? s.due : today,
        time: { start: '12:00', end: '13:00' },
        everyWeeks: s.cadence,
        summary: `Lunch with ${c.name}`,
        description: about.join('\n'),
        busy: true,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary));
}

/** The lunch calendar file of the core COIs on `today`, made at `now`, and how many lunches it holds. */
export function lunchCalendarFile(people: [string, Contact][], today: IsoDate, now: Date) {
  const events = lunchEvents(people, today);
  return {
    fileName: datedFileName('coi-lunches', today, 'ics'),
    text: buildCalendar({ name: 'Lunches with core COIs', product: 'Centers-of-influence worksheet' }, events, now),
    count: events.length,
  };
}
