import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgenda, formatTime } from '../../src/domain/agenda';
import {
  addOwnSegment,
  type CourseSegment,
  emptyAgenda,
  moveSegment,
  ownSegmentId,
  planSession,
  removeSegment,
  renameSegment,
  resetSegment,
  resetSession,
  restoreSegment,
  scaleSteps,
  setAddress,
  setDate,
  setSegmentMinutes,
  setSegmentNotes,
  setSheets,
  setStart,
} from '../../src/domain/agenda-plan';
import { isCalendarDate } from '../../src/domain/dates';
import { agendaStateSchema } from '../../src/schemas/workshop-state';

const course: CourseSegment[] = [
  { id: 'welcome', kind: 'welcome', title: 'Welcome', minutes: 5 },
  {
    id: 'm1',
    kind: 'module',
    module: '01-x',
    title: 'Module one',
    minutes: 20,
    steps: [
      { kind: 'talk', minutes: 2 },
      { kind: 'discuss', minutes: 4 },
      { kind: 'alone', minutes: 3, text: 'a' },
      { kind: 'pairs', minutes: 6, text: 'b' },
      { kind: 'debrief', minutes: 5 },
    ],
  },
  { id: 'break', kind: 'break', title: 'Break', minutes: 15 },
  { id: 'close', kind: 'close', title: 'Close', minutes: 5 },
];
const ids = (state = emptyAgenda(), n = 1) => planSession(state, n, course).segments.map((s) => s.id);
const valid = (state: unknown) => expect(agendaStateSchema.safeParse(state).success).toBe(true);

describe('the facilitator’s agenda', () => {
  it('is the course’s plan until something changes', () => {
    const plan = planSession(emptyAgenda(), 1, course);
    expect(plan.segments.map((s) => [s.id, s.title, s.minutes, s.edited])).toEqual([
      ['welcome', 'Welcome', 5, false],
      ['m1', 'Module one', 20, false],
      ['break', 'Break', 15, false],
      ['close', 'Close', 5, false],
    ]);
    expect(plan).toMatchObject({ start: 9 * 60, removed: [], changed: false });
    expect(plan.date).toBeUndefined();
  });

  it('keeps a date and a start time per session, refusing what is not a day or a time', () => {
    let s = setDate(emptyAgenda(), 2, '2026-03-03');
    s = setStart(s, 2, '18:30');
    s = setDate(s, 2, '2026-02-30');
    s = setStart(s, 2, 'half past six');
    expect(planSession(s, 2, course)).toMatchObject({ date: '2026-03-03', start: 18 * 60 + 30 });
    expect(planSession(s, 1, course)).toMatchObject({ start: 9 * 60 });
    expect(setDate(s, 2, '').sessions['2']).toEqual({ start: '18:30' });
    expect(setStart(emptyAgenda(), 1, '7:05').sessions['1']?.start).toBe('07:05');
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    valid(s);
  });

  it('renames, changes minutes and takes notes; the course’s own values drop the change', () => {
    let s = renameSegment(emptyAgenda(), course, 'break', '  Coffee   and cake ');
    s = setSegmentMinutes(s, course, 'break', '20');
    s = setSegmentNotes(s, 'break', 'Ask the venue for oat milk.');
    const brk = planSession(s, 1, course).segments[2];
    expect(brk).toMatchObject({
      title: 'Coffee and cake',
      minutes: 20,
      notes: 'Ask the venue for oat milk.',
      edited: true,
    });
    expect(brk?.course).toEqual({ title: 'Break', minutes: 15 });
    s = renameSegment(s, course, 'break', 'Break');
    s = setSegmentMinutes(s, course, 'break', 15);
    expect(s.edits.break).toEqual({ notes: 'Ask the venue for oat milk.' });
    expect(planSession(s, 1, course).segments[2]?.edited).toBe(false);
    expect(setSegmentNotes(s, 'break', '   ').edits).toEqual({});
    expect(renameSegment(s, course, 'nope', 'x')).toBe(s);
    expect(setSegmentMinutes(s, course, 'break', 'soon')).toBe(s);
    valid(s);
  });

  it('scales a segment’s timed steps when its minutes change, so they still add up', () => {
    const s = setSegmentMinutes(emptyAgenda(), course, 'm1', 30);
    const m1 = planSession(s, 1, course).segments[1];
    expect(m1?.steps.map((x) => x.minutes)).toEqual([3, 6, 5, 9, 7]);
    expect(m1?.steps.reduce((a, x) => a + x.minutes, 0)).toBe(30);
    const short = planSession(setSegmentMinutes(emptyAgenda(), course, 'm1', 3), 1, course).segments[1];
    expect(short?.steps.map((x) => x.minutes)).toEqual([1, 1, 1, 0, 0]);
  });

  it('resets a segment’s title and minutes to the course’s, keeping the notes', () => {
    let s = renameSegment(emptyAgenda(), course, 'm1', 'Why people come back');
    s = setSegmentMinutes(s, course, 'm1', 25);
    s = setSegmentNotes(s, 'm1', 'Use the bakery story.');
    s = resetSegment(s, 'm1');
    expect(planSession(s, 1, course).segments[1]).toMatchObject({
      title: 'Module one',
      minutes: 20,
      notes: 'Use the bakery story.',
      edited: false,
    });
  });

  it('reorders, removes and adds back course segments at their place', () => {
    let s = moveSegment(emptyAgenda(), 1, course, 'close', 0);
    expect(ids(s)).toEqual(['close', 'welcome', 'm1', 'break']);
    s = moveSegment(s, 1, course, 'close', 99);
    expect(ids(s)).toEqual(['welcome', 'm1', 'break', 'close']);
    s = removeSegment(s, 1, course, 'break');
    expect(ids(s)).toEqual(['welcome', 'm1', 'close']);
    expect(planSession(s, 1, course).removed).toEqual([{ id: 'break', title: 'Break' }]);
    s = moveSegment(s, 1, course, 'close', 0);
    s = restoreSegment(s, 1, course, 'break');
    expect(ids(s)).toEqual(['close', 'welcome', 'm1', 'break']);
    expect(restoreSegment(s, 1, course, 'break')).toBe(s);
    expect(moveSegment(s, 1, course, 'nope', 0)).toBe(s);
    expect(planSession(s, 1, course).changed).toBe(true);
    valid(s);
  });

  it('adds the facilitator’s own segments, which can be renamed, timed, noted and deleted', () => {
    const id = ownSegmentId(emptyAgenda(), course, 1_767_225_600_000);
    expect(id).toMatch(/^own-[a-z0-9]+$/);
    let s = addOwnSegment(emptyAgenda(), 1, course, id, { kind: 'activity', title: ' Speed networking ', minutes: 12 });
    s = addOwnSegment(s, 1, course, 'own-2', { kind: 'talk', title: 'Sponsor', minutes: 3 }, 0);
    expect(ids(s)).toEqual(['own-2', 'welcome', 'm1', 'break', 'close', id]);
    expect(addOwnSegment(s, 1, course, 'own-3', { kind: 'talk', title: '   ', minutes: 3 })).toBe(s);
    expect(addOwnSegment(s, 1, course, 'm1', { kind: 'talk', title: 'Clash', minutes: 3 })).toBe(s);
    s = renameSegment(s, course, id, 'Speed meeting');
    s = setSegmentMinutes(s, course, id, 15);
    s = setSegmentNotes(s, id, 'Bell every 3 minutes.');
    const own = planSession(s, 1, course).segments.at(-1);
    expect(own).toMatchObject({ title: 'Speed meeting', minutes: 15, notes: 'Bell every 3 minutes.', own: true });
    expect(own?.steps).toEqual([{ kind: 'room', minutes: 15 }]);
    expect(renameSegment(s, course, id, '')).toBe(s);
    expect(ownSegmentId(s, course, 1_767_225_600_000)).toBe(`${id}-2`);
    valid(s);
    s = removeSegment(s, 1, course, id);
    expect(s.own[id]).toBeUndefined();
    expect(ids(s)).toEqual(['own-2', 'welcome', 'm1', 'break', 'close']);
  });

  it('resets a whole session to the course’s plan, keeping its date, start time and notes', () => {
    let s = setDate(emptyAgenda(), 1, '2026-03-03');
    s = setStart(s, 1, '10:00');
    s = addOwnSegment(s, 1, course, 'own-1', { kind: 'break', title: 'Stretch', minutes: 2 });
    s = removeSegment(s, 1, course, 'welcome');
    s = renameSegment(s, course, 'close', 'Goodbye');
    s = setSegmentNotes(s, 'close', 'Hand out the survey.');
    s = resetSession(s, 1, course);
    const plan = planSession(s, 1, course);
    expect(plan.segments.map((x) => x.id)).toEqual(course.map((c) => c.id));
    expect(plan).toMatchObject({ date: '2026-03-03', start: 600, changed: false });
    expect(plan.segments.at(-1)).toMatchObject({ title: 'Close', notes: 'Hand out the survey.' });
    expect(s.own).toEqual({});
  });

  it('keeps sessions apart, skips ids the course no longer has, and stores sheets and address', () => {
    let s = removeSegment(emptyAgenda(), 2, course, 'welcome');
    expect(ids(s, 1)).toEqual(course.map((c) => c.id));
    s = { ...s, sessions: { ...s.sessions, '2': { order: ['gone', 'm1', 'm1', 'close'] } } };
    expect(ids(s, 2)).toEqual(['m1', 'close']);
    s = setSheets(s, 2, ['coi', 'reflection-01-x']);
    expect(s.sessions['2']?.sheets).toEqual(['coi', 'reflection-01-x']);
    expect(setSheets(s, 2, undefined).sessions['2']?.sheets).toBeUndefined();
    s = setAddress(s, 'https://rooms.example.org/');
    expect(s.address).toBe('https://rooms.example.org/');
    expect(setAddress(s, undefined).address).toBeUndefined();
    valid(s);
  });

  it('property: any sequence of edits gives a valid record, unique ids, and steps that add up', () => {
    const op = fc.oneof(
      fc.record({
        t: fc.constant('move' as const),
        id: fc.constantFrom(...course.map((c) => c.id)),
        to: fc.integer({ min: -2, max: 8 }),
      }),
      fc.record({ t: fc.constant('remove' as const), id: fc.constantFrom(...course.map((c) => c.id), 'own-a') }),
      fc.record({ t: fc.constant('restore' as const), id: fc.constantFrom(...course.map((c) => c.id)) }),
      fc.record({ t: fc.constant('add' as const), minutes: fc.integer({ min: -5, max: 700 }) }),
      fc.record({
        t: fc.constant('minutes' as const),
        id: fc.constantFrom('m1', 'own-a'),
        minutes: fc.integer({ min: 1, max: 600 }),
      }),
      fc.record({
        t: fc.constant('rename' as const),
        id: fc.constantFrom('m1', 'close', 'own-a'),
        title: fc.string({ maxLength: 200 }),
      }),
      fc.record({ t: fc.constant('reset' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let s = emptyAgenda();
        for (const o of ops) {
          if (o.t === 'move') s = moveSegment(s, 1, course, o.id, o.to);
          else if (o.t === 'remove') s = removeSegment(s, 1, course, o.id);
          else if (o.t === 'restore') s = restoreSegment(s, 1, course, o.id);
          else if (o.t === 'add')
            s = addOwnSegment(s, 1, course, 'own-a', { kind: 'activity', title: 'Mine', minutes: o.minutes });
          else if (o.t === 'minutes') s = setSegmentMinutes(s, course, o.id, o.minutes);
          else if (o.t === 'rename') s = renameSegment(s, course, o.id, o.title);
          else s = resetSession(s, 1, course);
        }
        const plan = planSession(s, 1, course);
        const got = plan.segments.map((x) => x.id);
        return (
          agendaStateSchema.safeParse(s).success &&
          new Set(got).size === got.length &&
          got.length + plan.removed.length === course.length + (got.includes('own-a') ? 1 : 0) &&
          plan.segments.every((x) => x.steps.reduce((a, y) => a + y.minutes, 0) === x.minutes)
        );
      }),
    );
  });
});

describe('scaling steps', () => {
  it('leaves steps alone when the minutes are the planned ones', () => {
    expect(scaleSteps([2, 4, 3, 6, 5], 20)).toEqual([2, 4, 3, 6, 5]);
    expect(scaleSteps([], 10)).toEqual([]);
  });

  it('property: scaled steps add up to the new total, each at least a minute when there are enough', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 600 }),
        (planned, total) => {
          const out = scaleSteps(planned, total);
          const sum = out.reduce((a, b) => a + b, 0);
          return (
            out.length === planned.length &&
            sum === total &&
            out.every((m) => Number.isInteger(m) && m >= 0) &&
            (total < planned.length || out.every((m) => m >= 1))
          );
        },
      ),
    );
  });
});

describe('clock times in the reader’s locale', () => {
  it('writes times as the locale does, in the table as in the time input', () => {
    expect(formatTime(18 * 60 + 30, 'en-US')).toMatch(/^06:30\sPM$/);
    expect(formatTime(18 * 60 + 30, 'en-GB')).toBe('18:30');
    expect(formatTime(9 * 60 + 5, 'de-DE')).toBe('09:05');
    expect(formatTime(24 * 60 + 15, 'en-GB')).toBe('00:15');
  });

  it('labels the run of show in the locale it is given', () => {
    const a = buildAgenda(
      [
        { id: 'a', title: 'A', minutes: 30 },
        { id: 'b', title: 'B', minutes: 45, edited: true },
      ],
      18 * 60 + 30,
      90,
      {},
      'en-US',
    );
    expect(a.rows.map((r) => `${r.startLabel}–${r.endLabel}`.replace(/\s/g, ' '))).toEqual([
      '06:30 PM–07:00 PM',
      '07:00 PM–07:45 PM',
    ]);
    expect(a.rows[1]?.edited).toBe(true);
    expect(a.endLabel.replace(/\s/g, ' ')).toBe('07:45 PM');
  });
});

describe('default handout sheets', () => {
  it('follow the session as the facilitator planned it', async () => {
    const { defaultSheets, handoutSheets } = await import('../../src/domain/handouts');
    const all = handoutSheets([
      { id: '01-x', order: 1, title: 'One' },
      { id: '02-y', order: 2, title: 'Two' },
    ]);
    const segs = [
      { id: 'a', kind: 'assessment', title: 'Assess', minutes: 10, handouts: ['assessment'] },
      { id: 'm1', kind: 'module', module: '01-x', title: 'One', minutes: 20 },
      { id: 'm2', kind: 'module', module: '02-y', title: 'Two', minutes: 20 },
    ];
    const tools = { '01-x': 'notebook', '02-y': 'coi-worksheet' } as const;
    expect(defaultSheets(planSession(emptyAgenda(), 1, segs).segments, tools, all)).toEqual([
      'coi',
      'assessment',
      'reflection-01-x',
      'reflection-02-y',
    ]);
    const without = removeSegment(emptyAgenda(), 1, segs, 'm2');
    expect(defaultSheets(planSession(without, 1, segs).segments, tools, all)).toEqual([
      'assessment',
      'reflection-01-x',
    ]);
  });
});
