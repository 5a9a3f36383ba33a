import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../src/domain/ical';
import { composeMessage, firstName, reviewMessage, THREE_OFFERS } from '../../src/domain/planner/composer';
import { checkNewIntro, isMade, moveIntro, newIntro, stepLabel } from '../../src/domain/planner/intros';
import { listeningStreak, routineItems, tickWeek, weekKept, weekProgress } from '../../src/domain/planner/listening';
import { plansCalendarFile } from '../../src/domain/plans-calendar';
import type { Contact, ListenRole } from '../../src/schemas/contact';
import type { Intro, ListenWeek } from '../../src/schemas/planner';

const TODAY = '2025-01-16';
const names = { a: 'Ana', b: 'Ben' };

describe('introduction state machine', () => {
  const idea = newIntro('ana', 'ben', 'Both run studios', '2025-01-10', 1);

  it('moves one step at a time and records the date of each step', () => {
    const one = moveIntro(idea, 'asked-first', TODAY, names);
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    expect(one.intro.step).toBe('asked-first');
    expect(one.intro.reached).toEqual({ idea: '2025-01-10', 'asked-first': TODAY });
    expect(one.skipped).toEqual([]);
    expect(one.ledger).toBeNull();
  });

  it('refuses to skip steps unless confirmed, and names what would be skipped', () => {
    const r = moveIntro(idea, 'introduced', TODAY, names);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.skipped).toEqual(['asked-first', 'asked-second']);
    expect(r.message).toMatch(/passes over: asked Ana, then asked Ben/);
    expect(r.message).toMatch(/Asking each person first/);
  });

  it('skips when confirmed, leaving the passed steps without a date, and logs the introduction', () => {
    const r = moveIntro(idea, 'introduced', TODAY, names, true);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.skipped).toEqual(['asked-first', 'asked-second']);
    expect(r.intro.reached).toEqual({ idea: '2025-01-10', introduced: TODAY });
    expect(r.ledger).toBe('add');
  });

  it('records the gives once when reaching "introduced", and removes them when going back before it', () => {
    let intro: Intro = idea;
    const ledger: (string | null)[] = [];
    for (const step of ['asked-first', 'asked-second', 'introduced', 'followed-up'] as const) {
      const r = moveIntro(intro, step, TODAY, names);
      if (!r.ok) throw new Error(r.message);
      ledger.push(r.ledger);
      intro = r.intro;
    }
    expect(ledger).toEqual([null, null, 'add', null]);
    expect(isMade(intro.step)).toBe(true);
    const back = moveIntro(intro, 'introduced', TODAY, names);
    expect(back.ok && back.ledger).toBeNull();
    const undo = moveIntro(back.ok ? back.intro : intro, 'asked-second', TODAY, names);
    expect(undo.ok && undo.ledger).toBe('remove');
    expect(undo.ok && undo.intro.reached).toEqual({ idea: '2025-01-10', 'asked-first': TODAY, 'asked-second': TODAY });
  });

  it('going back several steps at once is allowed and forgets the later dates', () => {
    const far: Intro = {
      ...idea,
      step: 'followed-up',
      reached: {
        idea: '2025-01-01',
        'asked-first': '2025-01-02',
        'asked-second': '2025-01-03',
        introduced: '2025-01-04',
        'followed-up': '2025-01-05',
      },
    };
    const r = moveIntro(far, 'asked-first', TODAY, names);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.intro.reached).toEqual({ idea: '2025-01-01', 'asked-first': '2025-01-02' });
    expect(r.ledger).toBe('remove');
  });

  it('does not move on a declined introduction', () => {
    const r = moveIntro({ ...idea, declined: TODAY }, 'asked-first', TODAY, names);
    expect(r.ok).toBe(false);
  });

  it('labels steps with the names', () => {
    expect(stepLabel('asked-first', 'Ana', 'Ben')).toBe('Asked Ana');
    expect(stepLabel('asked-second', 'Ana', 'Ben')).toBe('Asked Ben');
  });

  it('checks a new introduction: two different people, known, not already open', () => {
    const known = { ana: 'Ana', ben: 'Ben', cy: 'Cy' };
    expect(checkNewIntro('ana', 'ben', 'why', [], known)).toBeNull();
    expect(checkNewIntro('ana', '', '', [], known)).toMatch(/both people/);
    expect(checkNewIntro('ana', 'ana', '', [], known)).toMatch(/two different people/);
    expect(checkNewIntro('ana', 'zed', '', [], known)).toMatch(/no longer in your list/);
    expect(checkNewIntro('ben', 'ana', '', [idea], known)).toMatch(/already have an open introduction/);
    expect(checkNewIntro('ben', 'ana', '', [{ ...idea, declined: TODAY }], known)).toBeNull();
    expect(checkNewIntro('ana', 'cy', 'x'.repeat(501), [], known)).toMatch(/500 characters/);
  });
});

describe('listening routine', () => {
  const c = (name: string, listen: ListenRole[] | undefined): Contact => ({
    name,
    tier: 'other',
    tags: [],
    createdAt: 0,
    planner: { listen },
  });

  it('lists items by role, then by name', () => {
    const items = routineItems([
      ['z', c('Zoe', ['reply', 'listen'])],
      ['a', c('Ana', ['reciprocate', 'listen'])],
      ['n', c('Nobody', undefined)],
    ]);
    expect(items.map((i) => i.key)).toEqual(['listen:a', 'listen:z', 'reply:z', 'reciprocate:a']);
  });

  it('ticks and unticks items, keeping the list the week had', () => {
    const list = ['listen:a', 'reply:a'];
    let week = tickWeek(undefined, list, 'listen:a', true);
    expect(weekProgress(list, week)).toEqual({ done: 1, total: 2 });
    week = tickWeek(week, list, 'reply:a', true, 'entry-1');
    expect(week.ticks).toEqual({ 'listen:a': '', 'reply:a': 'entry-1' });
    expect(weekKept(week)).toBe(true);
    week = tickWeek(week, list, 'listen:a', false);
    expect(weekKept(week)).toBe(false);
  });

  it('counts kept weeks in a row; this week only adds once it is kept', () => {
    const kept: ListenWeek = { list: ['listen:a'], ticks: { 'listen:a': '' } };
    const half: ListenWeek = { list: ['listen:a', 'reply:a'], ticks: { 'listen:a': '' } };
    const weeks = { '2025-W02': kept, '2025-W01': kept, '2024-W52': kept, '2024-W50': kept };
    // Week 3 not ticked yet: the streak from week 2 back still stands (W51 is missing).
    expect(listeningStreak(weeks, '2025-W03', ['listen:a'])).toBe(3);
    expect(listeningStreak({ ...weeks, '2025-W03': kept }, '2025-W03', ['listen:a'])).toBe(4);
    expect(listeningStreak({ ...weeks, '2025-W02': half }, '2025-W03', ['listen:a'])).toBe(0);
    // An empty list is not a kept week.
    expect(listeningStreak({ '2025-W03': { list: [], ticks: {} } }, '2025-W03', [])).toBe(0);
    // Across the year boundary with a 53-week year.
    expect(listeningStreak({ '2020-W53': kept, '2020-W52': kept }, '2021-W01', ['listen:a'])).toBe(2);
  });
});

describe('give-first message', () => {
  it('fills the three offers with the person’s first name, and asks for nothing', () => {
    const text = composeMessage({
      name: '  Ana María Lopez ',
      noticed: 'I enjoyed your talk on cash flow',
      signOff: 'Sam',
    });
    expect(text.startsWith('Hi Ana,\n')).toBe(true);
    expect(text).toContain('I enjoyed your talk on cash flow.');
    for (const offer of THREE_OFFERS) expect(text).toContain(offer);
    expect(text.trim().endsWith('Sam')).toBe(true);
    expect(reviewMessage(text)).toEqual([]);
    expect(firstName('')).toBe('there');
  });

  it('keeps names and notes as plain text', () => {
    const text = composeMessage({ name: '<img src=x onerror=alert(1)>', noticed: 'Loved it!' });
    expect(text.startsWith('Hi <img,')).toBe(true);
    expect(text).toContain('I loved it!\n');
  });

  it('finds links and explains why they may read as an early ask', () => {
    const f = reviewMessage('Have a look at https://example.com/course?x=1 and www.shop.example.org or mysite.io/page');
    expect(f.map((x) => [x.kind, x.text])).toEqual([
      ['link', 'https://example.com/course?x=1'],
      ['link', 'www.shop.example.org'],
      ['link', 'mysite.io/page'],
    ]);
    expect(f[0]!.why).toMatch(/reads? as a pitch/);
  });

  it('finds requests, sales talk and requests to vouch, in the order written', () => {
    const f = reviewMessage(
      'Could you introduce me to your manager? Our services start at 20% off. Please share my post and write me a review.',
    );
    expect(f.map((x) => x.kind)).toEqual(['request', 'sale', 'sale', 'request', 'vouch']);
    expect(f.map((x) => x.text)).toContain('Could you introduce');
    expect(f.find((x) => x.kind === 'vouch')?.why).toMatch(/vouch for work/);
  });

  it('does not flag the offers themselves, or an offer to introduce them', () => {
    expect(reviewMessage('Tell me whom you would like to meet and I will introduce you. What could help me?')).toEqual(
      [],
    );
  });
});

describe('calendar export', () => {
  const items = [
    {
      uid: 'plan-1@relationship-first',
      date: '2025-01-20',
      summary: 'Give: Resource shared, for Ana; “Lopez”',
      description: 'Send the pricing article\nand ask how the launch went, ok?',
    },
    { uid: 'plan-2@relationship-first', date: '2025-12-31', summary: `Call ${'Zoë '.repeat(40)}` },
  ];
  const info = { name: 'Giving-first plan', product: 'Planner' };
  const text = buildCalendar(info, items, new Date(Date.UTC(2025, 0, 16, 9, 30)));

  it('is parsed back by a real iCalendar parser with every event intact', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [first, second] = events as [ICAL.Event, ICAL.Event];
    expect(first.uid).toBe('plan-1@relationship-first');
    expect(first.summary).toBe('Give: Resource shared, for Ana; “Lopez”');
    expect(first.description).toBe('Send the pricing article\nand ask how the launch went, ok?');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2025-01-20');
    expect(first.endDate.toString()).toBe('2025-01-21');
    expect(second.summary).toBe(`Call ${'Zoë '.repeat(40)}`);
    expect(second.endDate.toString()).toBe('2026-01-01');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('uses CRLF line ends and folds lines at 75 bytes without splitting characters', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });

  it('escapes commas, semicolons, backslashes and new lines', () => {
    expect(escapeText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(plansCalendarFile({}, {}, '2025-01-16', new Date(0)).fileName).toBe(
      'relationship-first-plans-2025-01-16.ics',
    );
  });

  it('is a valid calendar with no events when nothing is planned', () => {
    const empty = new ICAL.Component(ICAL.parse(buildCalendar(info, [], new Date(0))));
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
