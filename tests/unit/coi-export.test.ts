import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_COLUMNS, neutralise, worksheetCsv } from '../../src/domain/coi/csv-export';
import { escapeText, foldLine } from '../../src/domain/ical';
import { describePlansCalendar, nothingPlannedMessage, plansCalendarFile } from '../../src/domain/plans-calendar';
import type { Contact } from '../../src/schemas/contact';
import type { Plan } from '../../src/schemas/planner';
import { coi, person } from './coi-helpers';

describe('CSV export', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralise(bad)).toBe(`'${bad}`);
    for (const fine of ['Ada', '1+1', 'a=b', ' =x', '']) expect(neutralise(fine)).toBe(fine);
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('=cmd|" /C calc"!A0')).toBe('"\'=cmd|"" /C calc""!A0"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(7)).toBe('7');
  });

  it('writes every person, core first, and reads back cell for cell', () => {
    const csv = worksheetCsv(
      [
        ['t', person('Triage Tom', 'triage', { email: 'tom@example.com' })],
        [
          'c',
          person('=Core, "Cora"', 'core', {
            organization: '@Acme',
            notes: 'line one\nline two',
            tags: ['golf', 'law'],
            coi: coi(3, 2, 3, { cadenceWeeks: 4, lunches: ['2026-01-05'], offer: '-an intro' }),
          }),
        ],
        ['p', person('Pat', 'potential', { coi: coi(1, 1, 1) })],
      ],
      '2026-01-20',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(['Name', '\'=Core, "Cora"', 'Pat', 'Triage Tom']);
    const cora = Object.fromEntries(EXPORT_COLUMNS.map((h, i) => [h, rows[1]?.[i]]));
    expect(cora).toMatchObject({
      List: 'Core COIs',
      Organization: "'@Acme",
      'Score (0-9)': '8',
      'Lunch every (weeks)': '4',
      'Last lunch': '2026-01-05',
      'Next lunch due': '2026-02-02',
      'One thing to offer': "'-an intro",
      Tags: 'golf; law',
      Notes: 'line one\nline two',
    });
    // No cell anywhere starts with a formula character.
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

/** The events of a calendar file as a real iCalendar parser reads them. */
function eventsOf(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('.ics export: only what the reader planned', () => {
  const today = '2026-01-20';
  const contacts: Record<string, Contact> = {
    'abc-1': person('Ada Lovelace', 'core', {
      organization: 'Engines, Ltd; R&D',
      coi: coi(3, 3, 3, {
        cadenceWeeks: 6,
        lunches: ['2026-01-05'],
        plannedLunch: '2026-02-16',
        offer: 'An intro to a printer\nand a \\ backslash',
      }),
    }),
    // Core COIs without a planned lunch: overdue, never met, or planned in the past. None gets a lunch.
    'abc-2': person('Grace', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2025-10-01'] }) }),
    'abc-3': person('Ünïcödé Ñame with a very long name that needs folding 🍜🍜🍜🍜🍜🍜🍜🍜', 'core', {
      coi: coi(3, 3, 3, { plannedLunch: '2026-03-02' }),
    }),
    'abc-4': person('Past', 'core', { coi: coi(3, 3, 3, { plannedLunch: '2026-01-10' }) }),
    // A planned lunch left on someone no longer core is not shown on the page, so not exported.
    'abc-5': person('Pat', 'potential', { coi: coi(3, 3, 3, { plannedLunch: '2026-02-01' }) }),
  };
  const plans: Record<string, Plan> = {
    'plan-1': { contactId: 'abc-2', due: '2026-01-22', kind: 'resource', note: 'Send the guide', createdAt: 1 },
    'plan-2': { contactId: 'abc-2', due: '2026-01-02', kind: 'gift', note: '', createdAt: 2 }, // past: left out
    'plan-3': { contactId: 'abc-1', due: '2026-01-25', kind: 'help', note: '', createdAt: 3, done: '2026-01-19' },
    'plan-4': { contactId: 'gone', due: '2026-01-25', kind: 'help', note: '', createdAt: 4 }, // person deleted
  };
  const file = plansCalendarFile(contacts, plans, today, new Date(Date.UTC(2026, 0, 20, 9, 30)));
  const { text } = file;

  it('holds the planned lunches and open planned gives from today on, and nothing invented', () => {
    const { cal, events } = eventsOf(text);
    expect(file.fileName).toBe('relationship-first-plans-2026-01-20.ics');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Planned lunches and gives');
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Give: Resource shared — Grace', '2026-01-22'],
      ['Lunch with Ada Lovelace', '2026-02-16'],
      [`Lunch with ${contacts['abc-3']?.name}`, '2026-03-02'],
    ]);
    expect(file).toMatchObject({ lunches: 2, gives: 1, past: 2 });
    // Nothing repeats, nothing is at a made-up time, and nothing blocks the reader's day.
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.component.getFirstPropertyValue('rrule')).toBeNull();
      expect(e.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    }
    const ada = events.find((e) => e.summary === 'Lunch with Ada Lovelace');
    expect(ada?.uid).toBe('coi-lunch-abc-1-2026-02-16@relationship-first');
    expect(ada?.description).toContain('Engines, Ltd; R&D');
    expect(ada?.description).toContain('An intro to a printer\nand a \\ backslash');
  });

  it('gives every event an alarm: the day before a lunch, the morning of a give', () => {
    const { events } = eventsOf(text);
    for (const e of events) {
      const alarms = e.component.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');
    }
    const trigger = (summary: string) =>
      events
        .find((e) => e.summary === summary)
        ?.component.getFirstSubcomponent('valarm')
        ?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined;
    expect(trigger('Lunch with Ada Lovelace')?.toSeconds()).toBe(-15 * 3600);
    expect(trigger('Give: Resource shared — Grace')?.toSeconds()).toBe(9 * 3600);
    expect(
      events
        .find((e) => e.summary === 'Lunch with Ada Lovelace')
        ?.component.getFirstSubcomponent('valarm')
        ?.getFirstPropertyValue('description'),
    ).toBe('Lunch with Ada Lovelace tomorrow: confirm the time and place.');
  });

  it('says what it holds and what it left out, and says so when nothing is planned', () => {
    expect(describePlansCalendar(file)).toBe(
      'Saved as relationship-first-plans-2026-01-20.ics: 2 planned lunches and 1 planned give, each with a reminder. Open the file to add them to your calendar; download it again after you change a plan. 2 plans whose day has passed are left out: do them or plan a new day.',
    );
    expect(nothingPlannedMessage(file)).toBeNull();
    const empty = plansCalendarFile({ 'abc-2': contacts['abc-2'] as Contact }, {}, today, new Date(0));
    expect(empty).toMatchObject({ lunches: 0, gives: 0, past: 0 });
    expect(eventsOf(empty.text).events).toHaveLength(0);
    expect(nothingPlannedMessage(empty)).toMatch(/^Nothing is planned from today on\. Plan a lunch/);
  });

  it('folds lines at 75 octets without splitting a character, and ends lines with CRLF', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const long = `SUMMARY:${'é'.repeat(100)}`;
    expect(foldLine(long).split('\r\n ').join('')).toBe(long);
    const { events } = eventsOf(text);
    expect(events.find((e) => e.summary.startsWith('Lunch with Ünïcödé'))?.summary).toBe(
      `Lunch with ${contacts['abc-3']?.name}`,
    );
  });

  it('escapes text so hostile names cannot add properties or alarms', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const evil = plansCalendarFile(
      {
        x: person('Eve\r\nATTENDEE:mailto:x@evil.test\r\nBEGIN:VALARM', 'core', {
          coi: coi(3, 3, 3, { plannedLunch: today }),
        }),
      },
      {},
      today,
      new Date(0),
    ).text;
    const ev = new ICAL.Component(ICAL.parse(evil)).getFirstSubcomponent('vevent');
    expect(ev?.getAllProperties('attendee')).toHaveLength(0);
    expect(ev?.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(ev?.getFirstPropertyValue('summary')).toBe('Lunch with Eve\nATTENDEE:mailto:x@evil.test\nBEGIN:VALARM');
  });
});
