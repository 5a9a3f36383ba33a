import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_COLUMNS, neutralise, worksheetCsv } from '../../src/domain/coi/csv-export';
import { lunchCalendarFile } from '../../src/domain/coi/ics';
import { escapeText, foldLine } from '../../src/domain/ical';
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

/** How many events of a calendar file show as busy. */
const busyEvents = (text: string) => text.split('TRANSP:OPAQUE').length - 1;

describe('.ics export', () => {
  const people: [string, ReturnType<typeof person>][] = [
    [
      'abc-1',
      person('Ada Lovelace', 'core', {
        organization: 'Engines, Ltd; R&D',
        coi: coi(3, 3, 3, {
          cadenceWeeks: 6,
          lunches: ['2026-01-05'],
          offer: 'An intro to a printer\nand a \\ backslash',
        }),
      }),
    ],
    ['abc-2', person('Grace', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2025-10-01'] }) })],
    [
      'abc-3',
      person('Ünïcödé Ñame with a very long name that needs folding 🍜🍜🍜🍜🍜🍜🍜🍜', 'core', { coi: coi(3, 3, 3) }),
    ],
    ['abc-4', person('Pat', 'potential', { coi: coi(3, 3, 3) })],
  ];
  const today = '2026-01-20';
  const file = lunchCalendarFile(people, today, new Date(Date.UTC(2026, 0, 20, 9, 30)));
  const { text } = file;

  it('parses back with ical.js: one recurring weekly event per core COI', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(3);
    expect(file.count).toBe(3);
    expect(file.fileName).toBe('coi-lunches-2026-01-20.ics');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Lunches with core COIs');
    expect(busyEvents(text)).toBe(3);
    const ada = events.find((e) => e.summary === 'Lunch with Ada Lovelace');
    expect(ada).toBeDefined();
    expect(ada?.uid).toBe('coi-lunch-abc-1@relationship-first');
    expect(ada?.startDate.toString()).toBe('2026-02-16T12:00:00');
    expect(ada?.endDate.toString()).toBe('2026-02-16T13:00:00');
    expect(ada?.description).toContain('Engines, Ltd; R&D');
    expect(ada?.description).toContain('An intro to a printer\nand a \\ backslash');
    const rule = ada?.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.interval).toBe(6);
    // The recurrence repeats every six weeks.
    const it = ada?.iterator();
    const dates = [it?.next(), it?.next(), it?.next()].map((d) => d?.toString());
    expect(dates).toEqual(['2026-02-16T12:00:00', '2026-03-30T12:00:00', '2026-05-11T12:00:00']);
  });

  it('starts overdue and unplanned lunches today', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const grace = events.find((e) => e.summary === 'Lunch with Grace');
    expect(grace?.startDate.toString()).toBe('2026-01-20T12:00:00');
    const unicode = events.find((e) => e.summary.startsWith('Lunch with Ünïcödé'));
    expect(unicode?.summary).toBe(`Lunch with ${people[2]?.[1].name}`);
    expect(unicode?.startDate.toString()).toBe('2026-01-20T12:00:00');
  });

  it('folds lines at 75 octets without splitting a character, and ends lines with CRLF', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const long = `SUMMARY:${'é'.repeat(100)}`;
    expect(foldLine(long).split('\r\n ').join('')).toBe(long);
  });

  it('escapes text so hostile names cannot add properties', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const evil = lunchCalendarFile(
      [['x', person('Eve\r\nATTENDEE:mailto:x@evil.test\r\nBEGIN:VALARM', 'core', { coi: coi(3, 3, 3) })]],
      today,
      new Date(0),
    ).text;
    const cal = new ICAL.Component(ICAL.parse(evil));
    const ev = cal.getFirstSubcomponent('vevent');
    expect(ev?.getAllProperties('attendee')).toHaveLength(0);
    expect(ev?.getAllSubcomponents('valarm')).toHaveLength(0);
    expect(ev?.getFirstPropertyValue('summary')).toBe('Lunch with Eve\nATTENDEE:mailto:x@evil.test\nBEGIN:VALARM');
  });
});
