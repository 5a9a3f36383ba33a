import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { lunchCalendarFile } from '../../src/domain/coi/ics';
import { buildCalendar } from '../../src/domain/ical';
import { planCalendarFile } from '../../src/domain/planner/ics';
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

  it('serves both exports: the worksheet’s lunches and the planner’s plans', () => {
    const lunches = parse(
      lunchCalendarFile(
        [['p1', person('Ada', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 8 }) })]],
        '2026-01-20',
        stamp,
      ).text,
    );
    expect(lunches.events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Lunch with Ada', '2026-01-20T12:00:00'],
    ]);
    const plan: Plan = { contactId: 'p1', due: '2026-01-22', kind: 'resource', note: 'Send the guide', createdAt: 1 };
    const plans = parse(planCalendarFile([{ id: 'plan-1', plan }], () => 'Ada', '2026-01-20', stamp).text);
    expect(plans.cal.getFirstPropertyValue('x-wr-calname')).toBe('Giving-first plan');
    expect(plans.events.map((e) => [e.uid, e.summary, e.startDate.toString()])).toEqual([
      ['plan-1@relationship-first', 'Give: Resource shared — Ada', '2026-01-22'],
    ]);
  });
});
