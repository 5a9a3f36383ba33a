import { addDays, type IsoDate } from './dates';

/**
 * Calendar files (iCalendar, RFC 5545): the one builder every export uses, and the text
 * rules it follows (TEXT values escaped, long lines folded at 75 octets, UTC stamps, alarms).
 * The reader's plans (planned lunches and planned gives) become events in
 * `src/domain/plans-calendar.ts`, which only turns them into events.
 */

/** One event of a calendar file. */
export interface CalendarEvent {
  /** Unique and stable across exports, so importing the file again updates instead of doubling. */
  uid: string;
  /** The day it happens (or first happens). */
  date: IsoDate;
  /** A time of day, "HH:MM" to "HH:MM", in the reader's own time ("floating"); absent: all day. */
  time?: { start: string; end: string };
  /** Repeats every this many weeks. */
  everyWeeks?: number;
  /** The event's title. */
  summary: string;
  /** Longer text (optional). */
  description?: string;
  /** Whether the time shows as busy (a lunch) rather than free (a reminder). */
  busy?: boolean;
  /** A reminder the calendar app shows: `minutes` from the start (negative: before it), with its text. */
  alarm?: { minutes: number; text: string };
}

/** What a calendar file is called and which part of the site made it. */
export interface CalendarInfo {
  /** The calendar's name in calendar apps. */
  name: string;
  /** The tool that made it, for the file's product id. */
  product: string;
}

/** Text escaped for an iCalendar TEXT value: backslash, semicolon, comma and line breaks; other control characters dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/(?!\n)\p{Cc}/gu, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded at 75 octets (never inside a UTF-8 character), continuation lines starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A UTC timestamp in iCalendar form, e.g. 20260115T103000Z. */
export function icsStamp(d: Date): string {
  return `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

const compact = (s: string) => s.replace(/[-:]/g, '');

/** A signed duration in iCalendar form from minutes: -900 → "-PT15H", 540 → "PT9H", -2880 → "-P2D", 0 → "PT0M". */
export function icsDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let m = Math.abs(Math.round(minutes));
  if (m > 0 && m % 1440 === 0) return `${sign}P${m / 1440}D`;
  const h = Math.floor(m / 60);
  m -= h * 60;
  return `${sign}PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

/** The whole calendar file made at `stamp`, lines ending in CRLF. */
export function buildCalendar(info: CalendarInfo, events: readonly CalendarEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Relationship First//${escapeText(info.product)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(info.name)}`,
  ];
  for (const e of events) {
    const day = compact(e.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${icsStamp(stamp)}`,
      ...(e.time
        ? [`DTSTART:${day}T${compact(e.time.start)}00`, `DTEND:${day}T${compact(e.time.end)}00`]
        : [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`]),
      ...(e.everyWeeks ? [`RRULE:FREQ=WEEKLY;INTERVAL=${e.everyWeeks}`] : []),
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      `TRANSP:${e.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
      ...(e.alarm
        ? [
            'BEGIN:VALARM',
            'ACTION:DISPLAY',
            `DESCRIPTION:${escapeText(e.alarm.text)}`,
            `TRIGGER:${icsDuration(e.alarm.minutes)}`,
            'END:VALARM',
          ]
        : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The name of a file exported on a day, e.g. `giving-first-plan-2026-01-15.ics`. */
export function datedFileName(stem: string, day: IsoDate, ext: string): string {
  return `${stem}-${day}.${ext}`;
}
