import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, icsDuration } from '../../src/domain/ical';
import { plansCalendarFile } from '../../src/domain/plans-calendar';
import type { Plan } from '../../src/schemas/planner';
import { coi, person } from './coi-helpers';

/** The events of a calendar file as a real iCalendar parser reads them. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const stamp = new Date(Date.UTC(2026, 0, 20, 9, 30));

describe('the one calendar builder', () => {
  it('writes all-day and timed, repeating events that ical.js reads back', () => {
    const { cal, events } = parse(
      buildCalendar(
        { name: 'Plans, lunches; and more', product: 'Tests' },
        [
          { uid: 'a@x', date: '2026-02-28', summary: 'All day' },
          {
            uid: 'b@x',
            date: '2026-03-02',
            time: { start: '12:00', end: '13:30' },
            everyWeeks: 2,
            summary: 'Lunch',
            description: 'Line one\nline two',
            busy: true,
          },
        ],
        stamp,
      ),
    );
    // ical.js leaves the value of a non-standard property as written: escaped as TEXT.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Plans\\, lunches\\; and more');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//Relationship First//Tests//EN');
    const [day, lunch] = events as [ICAL.Event, ICAL.Event];
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2026-02-28');
    expect(day.endDate.toString()).toBe('2026-03-01');
    expect(day.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(day.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-20T09:30:00Z');
    expect(lunch.startDate.toString()).toBe('2026-03-02T12:00:00');
    expect(lunch.endDate.toString()).toBe('2026-03-02T13:30:00');
    expect(lunch.description).toBe('Line one\nline two');
    expect(lunch.component.getFirstPropertyValue('transp')).toBe('OPAQUE');
    const it = lunch.iterator();
    expect([it.next(), it.next()].map((d) => d?.toString())).toEqual(['2026-03-02T12:00:00', '2026-03-16T12:00:00']);
  });

  it('writes an alarm inside its event, with a signed trigger', () => {
    const { events } = parse(
      buildCalendar(
        { name: 'Alarms', product: 'Tests' },
        [
          { uid: 'a@x', date: '2026-02-28', summary: 'Before', alarm: { minutes: -15 * 60, text: 'Tomorrow' } },
          { uid: 'b@x', date: '2026-03-01', summary: 'After', alarm: { minutes: 9 * 60, text: 'Today' } },
        ],
        stamp,
      ),
    );
    const alarm = (e: ICAL.Event) => {
      const a = e.component.getFirstSubcomponent('valarm');
      if (!a) throw new Error(`no alarm on ${e.summary}`);
      return a;
    };
    const trigger = (e: ICAL.Event) => (alarm(e).getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds();
    const [before, after] = events as [ICAL.Event, ICAL.Event];
    expect(alarm(before).getFirstPropertyValue('description')).toBe('Tomorrow');
    expect(trigger(before)).toBe(-54_000);
    expect(trigger(after)).toBe(32_400);
  });

  it('writes durations as iCalendar does', () => {
    expect([-900, 540, -2880, 0, 90, -45].map(icsDuration)).toEqual([
      '-PT15H',
      'PT9H',
      '-P2D',
      'PT0M',
      'PT1H30M',
      '-PT45M',
    ]);
  });

  it('serves the one export of plans: planned lunches and planned gives together', () => {
    const plan: Plan = { contactId: 'p1', due: '2026-01-22', kind: 'resource', note: 'Send the guide', createdAt: 1 };
    const file = plansCalendarFile(
      { p1: person('Ada', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 8, plannedLunch: '2026-01-27' }) }) },
      { 'plan-1': plan },
      '2026-01-20',
      stamp,
    );
    expect(parse(file.text).events.map((e) => [e.uid, e.summary, e.startDate.toString()])).toEqual([
      ['plan-1@relationship-first', 'Give: Resource shared — Ada', '2026-01-22'],
      ['coi-lunch-p1-2026-01-27@relationship-first', 'Lunch with Ada', '2026-01-27'],
    ]);
  });
});
