import { describe, expect, it } from 'vitest';
import { dueCount, dueThisWeek } from '../../src/domain/due-this-week';
import { personFromSearch, plannerPath, worksheetPath } from '../../src/domain/person-paths';
import { personTimeline } from '../../src/domain/timeline';
import { dueByPerson, factsByPerson } from '../../src/domain/touch';
import type { Contact } from '../../src/schemas/contact';
import type { LedgerEntry, Plan } from '../../src/schemas/planner';
import { coi, person } from './coi-helpers';

const ADDED = Date.UTC(2026, 0, 1, 12);

describe('one timeline per person', () => {
  const ana: Contact = person('Ana', 'core', {
    createdAt: ADDED,
    lastContact: '2026-01-20',
    coi: coi(3, 3, 3, { lunches: ['2026-01-20', '2026-01-08'], plannedLunch: '2026-03-02', offer: 'An intro' }),
  });
  const ledger: Record<string, LedgerEntry> = {
    e1: {
      contactId: 'a',
      date: '2026-02-03',
      kind: 'resource',
      note: 'Sent the guide',
      channel: 'email',
      createdAt: 5,
    },
    e2: { contactId: 'a', date: '2026-02-03', kind: 'touch', note: '', createdAt: 9 },
    e3: { contactId: 'a', date: '2026-01-25', kind: 'ask-referral', note: 'Asked about Ben', createdAt: 3 },
    e4: { contactId: 'b', date: '2026-02-04', kind: 'gift', note: 'Not Ana', createdAt: 4 },
  };
  const plans: Record<string, Plan> = {
    p1: { contactId: 'a', due: '2026-02-12', kind: 'help', note: 'Review the deck', createdAt: 6 },
    p2: { contactId: 'a', due: '2026-02-01', kind: 'gift', note: '', createdAt: 2, done: '2026-02-01', entry: 'x' },
  };

  it('puts lunches, gives, asks, touches, plans and notes from both tools in date order, newest first', () => {
    const lines = personTimeline('a', ana, ledger, plans, '2026-02-10');
    expect(lines.map((l) => [l.date, l.title, l.tool, l.when ?? ''])).toEqual([
      ['2026-03-02', 'Planned lunch', 'worksheet', 'upcoming'],
      ['2026-02-12', 'Planned give: Help or a favor', 'planner', 'upcoming'],
      ['2026-02-03', 'Touch: Kept in touch (neither a give nor an ask)', 'planner', ''],
      ['2026-02-03', 'Give: Resource shared · Email', 'planner', ''],
      ['2026-01-25', 'Ask: Asked for a referral', 'planner', ''],
      ['2026-01-20', 'Lunch', 'worksheet', ''],
      ['2026-01-08', 'Lunch', 'worksheet', ''],
      ['2026-01-01', 'Added to your contacts', 'contacts', ''],
    ]);
    expect(lines.find((l) => l.kind === 'ask')?.note).toBe('Asked about Ben');
    expect(lines[0]?.note).toBe('To offer: An intro');
  });

  it('marks an open plan whose day has passed, and notes a last-contact date that nothing else explains', () => {
    const lines = personTimeline('a', { ...ana, lastContact: '2026-01-15' }, ledger, plans, '2026-02-20');
    expect(lines.find((l) => l.key === 'plan-p1')?.when).toBe('overdue');
    expect(lines.find((l) => l.kind === 'contact')).toMatchObject({ date: '2026-01-15', title: 'Last contact noted' });
    expect(personTimeline('a', ana, ledger, plans, '2026-02-12').find((l) => l.key === 'plan-p1')?.when).toBe('today');
  });

  it('is reachable from either tool by address', () => {
    expect(worksheetPath('a b')).toBe('/coi/?person=a%20b');
    expect(plannerPath('x1')).toBe('/planner/?person=x1#people');
    expect(personFromSearch('?list=core&person=a%20b')).toBe('a b');
    expect(personFromSearch('')).toBeNull();
  });
});

describe('due this week, across the tools', () => {
  const today = '2026-02-11'; // a Wednesday: the week runs to Sunday 15 February
  const contacts: Record<string, Contact> = {
    lunchDue: person('Lunch due', 'core', {
      createdAt: ADDED,
      coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-01-16'] }),
    }),
    lunchPlanned: person('Lunch planned', 'core', {
      createdAt: ADDED,
      coi: coi(3, 3, 3, { plannedLunch: '2026-02-13' }),
    }),
    lunchLater: person('Lunch later', 'core', { createdAt: ADDED, coi: coi(3, 3, 3, { plannedLunch: '2026-02-20' }) }),
    coreWithGive: person('Core give', 'core', { createdAt: ADDED, coi: coi(3, 3, 3) }),
    followUp: person('Follow up', 'other', { createdAt: ADDED, planner: {}, lastContact: '2025-12-01' }),
    notInPlanner: person('Imported', 'triage', { createdAt: ADDED }),
    fresh: person('Fresh', 'potential', { createdAt: Date.UTC(2026, 1, 10, 12) }),
  };
  const plans: Record<string, Plan> = {
    g1: { contactId: 'coreWithGive', due: '2026-02-09', kind: 'resource', note: '', createdAt: 1 },
    g2: { contactId: 'fresh', due: '2026-02-15', kind: 'gift', note: '', createdAt: 2 },
    g3: { contactId: 'fresh', due: '2026-02-16', kind: 'gift', note: '', createdAt: 3 },
    g4: { contactId: 'followUp', due: '2026-02-10', kind: 'help', note: '', createdAt: 4, done: '2026-02-10' },
  };
  const due = dueByPerson(contacts, factsByPerson({}, plans, today), today);
  const week = dueThisWeek(contacts, due, plans, today);

  it('lists lunches due or planned, gives planned and follow-ups by Sunday, overdue first, each linking to its tool', () => {
    expect(week.sunday).toBe('2026-02-15');
    expect(week.lunches.map((i) => [i.name, i.days, i.path])).toEqual([
      ['Lunch due', 2, '/coi/?person=lunchDue'],
      ['Lunch planned', 2, '/coi/?person=lunchPlanned'],
    ]);
    expect(week.lunches[1]?.text).toMatch(/^Planned lunch in 2 days/);
    expect(week.gives.map((i) => [i.name, i.text, i.path])).toEqual([
      ['Core give', 'Give: Resource shared, overdue by 2 days', '/planner/?person=coreWithGive#people'],
      ['Fresh', 'Give: Gift, in 4 days', '/planner/?person=fresh#people'],
    ]);
    expect(week.followUps.map((i) => [i.name, i.text])).toEqual([
      ['Follow up', expect.stringMatching(/^Overdue by 12 days/)],
    ]);
    expect(dueCount(week)).toBe(5);
  });

  it('is empty when nothing is due', () => {
    const quiet = dueThisWeek({}, new Map(), {}, today);
    expect(dueCount(quiet)).toBe(0);
    expect(quiet.people).toBe(0);
    expect(week.people).toBe(7);
  });
});
