import { describe, expect, it } from 'vitest';
import { parseWindow, slippingList } from '../../src/domain/planner/keep-in-touch';
import {
  exchangesOnRung,
  ladderSuggestion,
  nextRung,
  sortSuggestions,
  withRung,
} from '../../src/domain/planner/ladder';
import {
  accounts,
  askWarning,
  balance,
  capNote,
  cutMessage,
  EMPTY_ACCOUNT,
  formatBalance,
  formatRatio,
  givesPerAsk,
  isAsk,
  isGive,
  KIND_LABELS,
} from '../../src/domain/planner/ledger';
import {
  completedPlan,
  entryFromPlan,
  isOverdue,
  openPlansFor,
  reopenedPlan,
  weekPlan,
} from '../../src/domain/planner/plan';
import { nameIn, plannerSummary, plannerView } from '../../src/domain/planner/view';
import { type DueStatus, describeDue, dueStatus, factsByPerson, soonThreshold } from '../../src/domain/touch';
import type { Contact } from '../../src/schemas/contact';
import { ENTRY_KINDS, type EntryKind, type LedgerEntry, NOTE_MAX, type Plan } from '../../src/schemas/planner';

const TODAY = '2025-01-16'; // a Thursday; its ISO week runs Mon 13 to Sun 19 January

/** A contact added at local noon on `added`. */
function person(name: string, over: Partial<Contact> = {}, added = '2024-06-01'): Contact {
  const [y, m, d] = added.split('-').map(Number) as [number, number, number];
  return { name, tier: 'other', tags: [], createdAt: new Date(y, m - 1, d, 12).getTime(), planner: {}, ...over };
}

let seq = 0;
function entry(contactId: string, kind: EntryKind, date: string, over: Partial<LedgerEntry> = {}): LedgerEntry {
  return { contactId, kind, date, note: '', createdAt: ++seq, ...over };
}

function ledgerOf(...list: LedgerEntry[]): Record<string, LedgerEntry> {
  return Object.fromEntries(list.map((e, i) => [`e${i}`, e]));
}

describe('kinds', () => {
  it('every kind has a label and is exactly one of give, ask or touch', () => {
    for (const k of ENTRY_KINDS) {
      expect(KIND_LABELS[k]).toBeTruthy();
      expect([isGive(k), isAsk(k), k === 'touch'].filter(Boolean)).toHaveLength(1);
    }
  });
});

describe('balances and ratios', () => {
  const list = ledgerOf(
    entry('ana', 'resource', '2025-01-02'),
    entry('ana', 'introduction', '2025-01-10'),
    entry('ana', 'ask-referral', '2025-01-12'),
    entry('ana', 'touch', '2025-01-14'),
    entry('ana', 'gift', '2024-12-24'),
    entry('ben', 'ask-sale', '2025-01-03'),
  );
  const accs = accounts(list);

  it('counts gives, asks and touches per person', () => {
    const ana = accs.get('ana')!;
    expect([ana.gives, ana.asks, ana.touches]).toEqual([3, 1, 1]);
    expect(balance(ana)).toBe(2);
    expect(givesPerAsk(ana)).toBe(3);
    expect(formatBalance(ana)).toBe('+2');
    expect(formatRatio(ana)).toBe('3 gives to 1 ask');
  });

  it('knows the last give (the last touch of any kind is the shared rule’s, in src/domain/touch.ts)', () => {
    const ana = accs.get('ana')!;
    expect(ana.lastGive).toBe('2025-01-10');
    expect(accs.get('ben')!.lastGive).toBeUndefined();
  });

  it('handles a withdrawal-only account and an empty one', () => {
    const ben = accs.get('ben')!;
    expect(balance(ben)).toBe(-1);
    expect(formatBalance(ben)).toBe('−1');
    expect(givesPerAsk(ben)).toBe(0);
    expect(formatRatio(ben)).toBe('0 gives to 1 ask');
    expect(givesPerAsk(EMPTY_ACCOUNT)).toBeNull();
    expect(formatRatio(EMPTY_ACCOUNT)).toBe('0 gives, no asks yet');
    expect(formatBalance(EMPTY_ACCOUNT)).toBe('0');
  });

  it('lists entries newest first, same-day entries by when they were logged', () => {
    const l = ledgerOf(
      entry('x', 'gift', '2025-01-01', { createdAt: 5 }),
      entry('x', 'help', '2025-01-03', { createdAt: 1 }),
      entry('x', 'resource', '2025-01-03', { createdAt: 9 }),
    );
    expect(accounts(l).get('x')!.ids).toEqual(['e2', 'e1', 'e0']);
  });
});

describe('give before you ask', () => {
  const acc = (gives: number, asks: number) => ({ ...EMPTY_ACCOUNT, gives, asks });

  it('warns about an ask to someone with no gives yet', () => {
    const w = askWarning('ask-testimonial', acc(0, 0), 'Ana');
    expect(w?.reason).toBe('no-gives');
    expect(w?.message).toMatch(/not logged a give to Ana/);
  });

  it('warns when this ask would bring the asks above the gives', () => {
    expect(askWarning('ask-favor', acc(2, 2), 'Ana')?.reason).toBe('more-asks');
    expect(askWarning('ask-favor', acc(2, 2), 'Ana')?.message).toMatch(/more \(3\) than you have given \(2\)/);
    expect(askWarning('ask-favor', acc(1, 3), 'Ana')?.reason).toBe('more-asks');
  });

  it('stays quiet when the account can carry the ask, and for gives and touches', () => {
    expect(askWarning('ask-favor', acc(1, 0), 'Ana')).toBeNull();
    expect(askWarning('ask-referral', acc(3, 2), 'Ana')).toBeNull();
    expect(askWarning('gift', acc(0, 5), 'Ana')).toBeNull();
    expect(askWarning('touch', acc(0, 0), 'Ana')).toBeNull();
  });
});

describe('notes', () => {
  it('are kept as they are up to the cap', () => {
    expect(capNote('short')).toEqual({ text: 'short', cut: 0 });
    expect(capNote('x'.repeat(NOTE_MAX)).cut).toBe(0);
  });

  it('are cut at the cap, never in the middle of a character, and the cut is explained', () => {
    const r = capNote('x'.repeat(NOTE_MAX + 20));
    expect(r.text).toHaveLength(NOTE_MAX);
    expect(r.cut).toBe(20);
    const emoji = `${'x'.repeat(NOTE_MAX - 1)}😀more`;
    const e = capNote(emoji);
    expect(e.text).toBe('x'.repeat(NOTE_MAX - 1));
    expect(e.text.length).toBeLessThanOrEqual(NOTE_MAX);
    expect(cutMessage(20)).toBe(`Notes hold up to ${NOTE_MAX} characters, so the last 20 characters were left out.`);
    expect(cutMessage(1)).toMatch(/last 1 character was left out/);
  });
});

describe('plans', () => {
  const plan = (contactId: string, due: string, over: Partial<Plan> = {}): Plan => ({
    contactId,
    due,
    kind: 'resource',
    note: 'Send the pricing article',
    createdAt: ++seq,
    ...over,
  });

  it('sorts this week, overdue, later and done this week (weeks start on Monday)', () => {
    const plans = {
      mon: plan('a', '2025-01-13'), // earlier this week: overdue by Thursday
      thu: plan('a', '2025-01-16'),
      sun: plan('b', '2025-01-19'),
      nextMon: plan('b', '2025-01-20'),
      lastWeek: plan('a', '2025-01-08'),
      doneSat: plan('a', '2025-01-30', { done: '2025-01-14', entry: 'x' }),
      doneLastWeek: plan('a', '2025-01-10', { done: '2025-01-12', entry: 'y' }),
    };
    const w = weekPlan(plans, TODAY);
    expect(w.monday).toBe('2025-01-13');
    expect(w.sunday).toBe('2025-01-19');
    expect(w.overdue.map((i) => i.id)).toEqual(['lastWeek', 'mon']);
    expect(w.thisWeek.map((i) => i.id)).toEqual(['thu', 'sun']);
    expect(w.later.map((i) => i.id)).toEqual(['nextMon']);
    expect(w.doneThisWeek.map((i) => i.id)).toEqual(['doneSat']);
    expect(isOverdue(plans.mon, TODAY)).toBe(true);
    expect(isOverdue(plans.thu, TODAY)).toBe(false);
    expect(isOverdue(plans.doneLastWeek, TODAY)).toBe(false);
  });

  it('on Sunday the week still holds Sunday, and on Monday a new week starts', () => {
    const plans = { sun: plan('a', '2025-01-19'), mon: plan('a', '2025-01-20') };
    expect(weekPlan(plans, '2025-01-19').thisWeek.map((i) => i.id)).toEqual(['sun']);
    const monday = weekPlan(plans, '2025-01-20');
    expect(monday.thisWeek.map((i) => i.id)).toEqual(['mon']);
    expect(monday.overdue.map((i) => i.id)).toEqual(['sun']);
  });

  it('becomes a ledger entry when done, and can be reopened', () => {
    const p = plan('ana', '2025-01-20', { kind: 'time', channel: 'phone' });
    const e = entryFromPlan('p1', p, TODAY, 99);
    expect(e).toEqual({
      contactId: 'ana',
      date: TODAY,
      kind: 'time',
      note: 'Send the pricing article',
      channel: 'phone',
      plan: 'p1',
      createdAt: 99,
    });
    const done = completedPlan(p, TODAY, 'e9');
    expect(done).toMatchObject({ done: TODAY, entry: 'e9' });
    expect(reopenedPlan(done)).toEqual(p);
    expect(accounts({ e9: e }).get('ana')!.lastGive).toBe(TODAY);
  });

  it('lists a person’s open plans soonest first', () => {
    const plans = {
      a: plan('x', '2025-02-01'),
      b: plan('x', '2025-01-20'),
      c: plan('y', '2025-01-18'),
      d: plan('x', '2025-01-17', { done: TODAY }),
    };
    expect(openPlansFor(plans, 'x').map((i) => i.id)).toEqual(['b', 'a']);
  });
});

describe('keep in touch', () => {
  it('reads a typed window, or explains what to fix', () => {
    expect(parseWindow(' 45 ')).toEqual({ ok: true, days: 45 });
    expect(parseWindow('')).toEqual({ ok: true, days: undefined });
    for (const bad of ['0', '731', '2.5', 'soon', '-3']) expect(parseWindow(bad).ok).toBe(false);
  });

  it('counts from the day a person was added when nothing was logged', () => {
    const s = dueStatus(person('A', {}, '2024-12-01'), undefined, TODAY);
    expect(s).toMatchObject({ since: '2024-12-01', elapsed: 46, days: 14, state: 'later' });
    expect(s.last).toBeUndefined();
  });

  it('turns amber near the end of the window and red past it', () => {
    const c = person('A', { tier: 'core', planner: { keepInTouchDays: 30 } }, '2020-01-01');
    const at = (last: string) =>
      dueStatus(c, factsByPerson(ledgerOf(entry('a', 'gift', last)), {}, TODAY).get('a'), TODAY);
    expect(at('2025-01-01').state).toBe('later'); // 15 days of 30
    expect(soonThreshold(30)).toBe(6);
    expect(at('2024-12-24').state).toBe('later'); // 23 days: 7 left
    expect(at('2024-12-23').state).toBe('soon'); // 24 days: 6 left
    expect(at('2024-12-17').state).toBe('today'); // 30 days: due today
    expect(describeDue(at('2024-12-17'), 'en-GB')).toBe('Due today, Thu, 16 Jan 2025');
    expect(at('2024-12-16').state).toBe('overdue');
    expect(describeDue(at('2024-12-07'), 'en-GB')).toBe('Overdue by 10 days (was due Mon, 6 Jan 2025)');
    expect(soonThreshold(1)).toBe(0);
    expect(soonThreshold(365)).toBe(73);
  });

  it('a last touch dated in the future never counts as negative time', () => {
    const s = dueStatus(person('A', { lastContact: '2025-03-01' }, '2025-01-10'), undefined, TODAY);
    expect(s.elapsed).toBe(6);
    expect(s.state).toBe('later');
  });

  it('lists who is slipping, red before amber, worst first', () => {
    const mk = (days: number, elapsed: number): DueStatus => {
      const left = days - elapsed;
      return {
        cadence: { days, source: 'tier' },
        since: '',
        elapsed,
        due: '',
        days: left,
        state: left < 0 ? 'overdue' : left === 0 ? 'today' : left <= soonThreshold(days) ? 'soon' : 'later',
      };
    };
    const list = slippingList([
      ['fine', mk(30, 3)],
      ['near', mk(30, 28)],
      ['justPast', mk(90, 95)],
      ['farPast', mk(30, 60)],
      ['nearer', mk(90, 89)],
    ]);
    expect(list.map((s) => s.id)).toEqual(['farPast', 'justPast', 'nearer', 'near']);
  });
});

describe('channel ladder', () => {
  const quietStatus = dueStatus(person('A', {}, '2024-01-01'), undefined, TODAY);
  const freshStatus = dueStatus(person('A', {}, '2025-01-10'), undefined, TODAY);

  it('steps up one rung at a time and stops at face to face', () => {
    expect(nextRung('comment')).toBe('email');
    expect(nextRung('phone')).toBe('face');
    expect(nextRung('face')).toBeNull();
  });

  it('suggests the next rung after three exchanges on the same rung', () => {
    const c = person('A', { planner: { rung: 'email', rungSince: '2024-12-01' } });
    const entries = [
      entry('a', 'resource', '2024-12-05', { channel: 'email' }),
      entry('a', 'comment', '2024-12-20'),
      entry('a', 'ask-favor', '2025-01-02', { channel: 'email' }), // asks do not count
      entry('a', 'touch', '2024-11-20', { channel: 'email' }), // before the rung was reached
    ];
    expect(exchangesOnRung(c, entries)).toBe(2);
    expect(ladderSuggestion('a', c, entries, freshStatus, TODAY)).toBeNull();
    entries.push(entry('a', 'help', '2025-01-05', { channel: 'email' }));
    const s = ladderSuggestion('a', c, entries, freshStatus, TODAY);
    expect(s).toMatchObject({ rung: 'email', next: 'phone', reason: 'plateau', exchanges: 3 });
    expect(s?.advice).toMatch(/3 exchanges by email/);
    expect(s?.advice).toMatch(/10 to 20 minute call/);
  });

  it('suggests a step up for a relationship gone quiet', () => {
    const c = person('A', { planner: { rung: 'comment' } }, '2024-01-01');
    const s = ladderSuggestion('a', c, [], quietStatus, TODAY);
    expect(s).toMatchObject({ next: 'email', reason: 'quiet' });
    expect(s?.advice).toMatch(/No give or touch for \d+ days/);
  });

  it('never suggests for people at the top, without a rung, or paused with “not now”', () => {
    expect(ladderSuggestion('a', person('A', { planner: { rung: 'face' } }), [], quietStatus, TODAY)).toBeNull();
    expect(ladderSuggestion('a', person('A'), [], quietStatus, TODAY)).toBeNull();
    const paused = person('A', { planner: { rung: 'email', ladderPausedUntil: '2025-02-01' } });
    expect(ladderSuggestion('a', paused, [], quietStatus, TODAY)).toBeNull();
    const expired = person('A', { planner: { rung: 'email', ladderPausedUntil: '2025-01-16' } });
    expect(ladderSuggestion('a', expired, [], quietStatus, TODAY)).not.toBeNull();
  });

  it('sorts quiet relationships first, longest quiet first', () => {
    const base = { rung: 'email', next: 'phone', advice: '' } as const;
    const list = sortSuggestions([
      { ...base, id: 'p1', reason: 'plateau', exchanges: 3, elapsed: 2 },
      { ...base, id: 'q1', reason: 'quiet', exchanges: 0, elapsed: 70 },
      { ...base, id: 'p2', reason: 'plateau', exchanges: 6, elapsed: 2 },
      { ...base, id: 'q2', reason: 'quiet', exchanges: 0, elapsed: 120 },
    ]);
    expect(list.map((s) => s.id)).toEqual(['q2', 'q1', 'p2', 'p1']);
  });

  it('restarts the rung date when the rung changes, and clears a pause', () => {
    const c = person('A', { planner: { rung: 'email', rungSince: '2024-01-01', ladderPausedUntil: '2025-02-01' } });
    expect(withRung(c, 'phone', TODAY)).toEqual({ rung: 'phone', rungSince: TODAY });
    expect(withRung(c, 'email', TODAY)).toEqual(c.planner);
    expect(withRung(c, undefined, TODAY)).toEqual({ ladderPausedUntil: '2025-02-01' });
  });
});

describe('planner view and summary', () => {
  const contacts: Record<string, Contact> = {
    ana: person('Ana Lopez', { planner: { rung: 'email' } }, '2024-12-01'),
    ben: person('ben Okafor', { tier: 'core' }, '2020-01-01'),
    cy: person('Cy', { tier: 'triage', planner: undefined }),
  };
  const ledger = ledgerOf(
    entry('ana', 'resource', '2025-01-14'),
    entry('ana', 'gift', '2025-01-06'),
    entry('ana', 'ask-referral', '2025-01-15'),
    entry('ben', 'help', '2025-01-13'),
    entry('gone', 'gift', '2025-01-14'),
  );

  it('lists planner people by name and offers the rest of the contacts', () => {
    const v = plannerView(contacts, ledger, {}, TODAY);
    expect(v.people.map((p) => p.id)).toEqual(['ana', 'ben']);
    expect(v.others).toEqual([{ id: 'cy', name: 'Cy' }]);
    expect(v.givesThisWeek).toBe(2);
    expect([v.gives, v.asks]).toEqual([3, 1]);
    expect(plannerSummary(v)).toBe('2 gives this week · 3 gives to 1 ask in all · 0 stalled');
  });

  it('names anyone saved, in the planner or not, and only the deleted as "someone removed"', () => {
    const v = plannerView(contacts, ledger, {}, TODAY);
    // Cy is saved but not in the planner: an introduction to Cy still shows Cy's name.
    expect(['ana', 'cy', 'gone'].map((id) => nameIn(v, id))).toEqual(['Ana Lopez', 'Cy', 'someone removed']);
  });

  it('says nothing is planned when the planner is empty', () => {
    expect(plannerSummary(plannerView({}, {}, {}, TODAY))).toBe('No gives planned yet');
  });

  it('counts stalled relationships in the summary', () => {
    const quiet = { ...contacts, dee: person('Dee', { planner: { rung: 'phone' } }, '2024-01-01') };
    const v = plannerView(quiet, ledger, {}, TODAY);
    expect(v.stalled.map((s) => s.id)).toEqual(['dee']);
    expect(v.slipping.map((s) => s.id)).toContain('dee');
    expect(plannerSummary(v)).toMatch(/1 stalled$/);
  });
});
