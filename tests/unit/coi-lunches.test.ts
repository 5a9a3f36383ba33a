import { describe, expect, it } from 'vitest';
import { monthView, overdueCount, withLunch, withoutLunch } from '../../src/domain/coi/lunches';
import { dueByPerson } from '../../src/domain/touch';
import { coi, entries, person } from './coi-helpers';

describe('the lunch log', () => {
  it('logs a lunch once per day, sorted, and clears a plan it fulfils', () => {
    const f = coi(3, 3, 3, { lunches: ['2026-02-01'], plannedLunch: '2026-03-01' });
    const after = withLunch(f, '2026-03-01');
    expect(after.lunches).toEqual(['2026-02-01', '2026-03-01']);
    expect(after.plannedLunch).toBeUndefined();
    expect(withLunch(after, '2026-01-01').lunches).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(withLunch(after, '2026-03-01').lunches).toHaveLength(2);
    expect(withLunch(f, '2026-02-15').plannedLunch).toBe('2026-03-01');
    expect(withoutLunch(after, '2026-03-01').lunches).toEqual(['2026-02-01']);
  });
});

describe('this month', () => {
  const people = entries([
    person('Overdue', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-01-10'] }) }), // due 02-07
    person('Late Feb', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-01-31'] }) }), // due 02-28
    person('March', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 4, lunches: ['2026-02-02'] }) }), // due 03-02
    person('No plan', 'core', { coi: coi(3, 3, 3), createdAt: Date.UTC(2026, 1, 1, 12) }), // added 02-01, due 03-15
    person('Held', 'core', { coi: coi(3, 3, 3, { cadenceWeeks: 8, lunches: ['2026-02-03'] }) }),
    person('Potential', 'potential', { coi: coi(3, 3, 3, { lunches: ['2025-01-01'] }) }),
  ]);

  const dueOn = (today: string) => dueByPerson(Object.fromEntries(people), new Map(), today);

  it('lists overdue lunches, lunches due by the month’s last day, plans missing and lunches held', () => {
    const v = monthView(people, dueOn('2026-02-10'), '2026-02-10');
    expect(v.first).toBe('2026-02-01');
    expect(v.last).toBe('2026-02-28');
    expect(v.overdue.map((i) => i.contact.name)).toEqual(['Overdue']);
    expect(v.due.map((i) => i.contact.name)).toEqual(['Late Feb']);
    expect(v.unplanned.map((i) => i.contact.name)).toEqual(['No plan']);
    expect(v.held.map((i) => i.contact.name)).toEqual(['March', 'Held']);
  });

  it('counts only core COIs as overdue', () => {
    expect(overdueCount(people, dueOn('2026-02-10'))).toBe(1);
    expect(overdueCount(people, dueOn('2026-03-03'))).toBe(3);
  });
});
