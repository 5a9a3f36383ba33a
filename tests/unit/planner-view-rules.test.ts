import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/dates';
import { accounts, isAsk, isGive } from '../../src/domain/planner/ledger';
import { inWeek, weekStart, weekTest } from '../../src/domain/planner/weeks';
import { factsByPerson, touchKindOf } from '../../src/domain/touch';
import { ENTRY_KINDS, type LedgerEntry } from '../../src/schemas/planner';

/**
 * The planner's view is worked out from thousands of entries as a tool opens, so its rules
 * are written for speed (grouped before sorting, dates compared as text). These properties
 * hold them to the plain statements of the same rules.
 */

const DAY0 = '2025-01-01';
const arbLedger = fc
  .array(
    fc.record({
      contactId: fc.constantFrom('ana', 'ben', 'cy', 'dee'),
      kind: fc.constantFrom(...ENTRY_KINDS),
      // A few dates and creation times, so ties on both are common.
      date: fc.integer({ min: 0, max: 20 }).map((n) => addDays(DAY0, n)),
      createdAt: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 60 },
  )
  .map((list) =>
    Object.fromEntries(list.map((e, i): [string, LedgerEntry] => [`e${(i * 7919) % 101}-${i}`, { note: '', ...e }])),
  );

describe('the planner view’s rules, written for speed', () => {
  it('accounts: counts, the latest give and the newest-first order are those of one sort of the whole ledger', () => {
    fc.assert(
      fc.property(arbLedger, (ledger) => {
        const all = Object.entries(ledger).sort(([ia, a], [ib, b]) =>
          a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.createdAt - a.createdAt || (ia < ib ? 1 : -1),
        );
        const got = accounts(ledger);
        const people = new Set(all.map(([, e]) => e.contactId));
        expect(new Set(got.keys())).toEqual(people);
        for (const who of people) {
          const mine = all.filter(([, e]) => e.contactId === who);
          const gives = mine.filter(([, e]) => isGive(e.kind));
          expect(got.get(who)).toEqual({
            gives: gives.length,
            asks: mine.filter(([, e]) => isAsk(e.kind)).length,
            touches: mine.filter(([, e]) => e.kind === 'touch').length,
            ids: mine.map(([id]) => id),
            ...(gives.length
              ? {
                  lastGive: gives
                    .map(([, e]) => e.date)
                    .sort()
                    .at(-1),
                }
              : {}),
          });
        }
      }),
    );
  });

  it('factsByPerson: each person’s last touch is their latest entry up to today, the first logged of equal dates', () => {
    fc.assert(
      fc.property(arbLedger, fc.integer({ min: 0, max: 20 }), (ledger, t) => {
        const today = addDays(DAY0, t);
        const facts = factsByPerson(ledger, {}, today);
        const byPerson = new Map<string, LedgerEntry>();
        const upToToday = Object.values(ledger).filter((e) => e.date <= today);
        for (const who of new Set(upToToday.map((e) => e.contactId))) {
          const mine = upToToday.filter((e) => e.contactId === who);
          const latest = mine
            .map((e) => e.date)
            .sort()
            .at(-1);
          byPerson.set(who, mine.find((e) => e.date === latest) as LedgerEntry);
        }
        expect(new Set(facts.keys())).toEqual(new Set(byPerson.keys()));
        for (const [who, e] of byPerson)
          expect(facts.get(who)?.last).toEqual({ date: e.date, kind: touchKindOf(e.kind) });
      }),
    );
  });

  it('weekTest and inWeek: a date is in the week when it is 0 to 6 days after its Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -10, max: 16 }), (m, d) => {
        const monday = weekStart(addDays('2026-01-01', m));
        const date = addDays(monday, d);
        const days = daysBetween(monday, date);
        expect(weekTest(monday)(date)).toBe(days >= 0 && days < 7);
        expect(inWeek(date, monday)).toBe(days >= 0 && days < 7);
      }),
    );
    expect(weekTest('2025-01-13')('not a date')).toBe(false);
  });
});
