import type { PlanSegment, PlanStep, StepKind } from './agenda-plan';

/**
 * The projector sequence for one session, built from the session's segments as the
 * facilitator planned them (see `agenda-plan.ts`) and the lessons' own facilitator blocks.
 * Timers come from the segments' timed steps, so a slide's timer always matches its part
 * of the plan. Pages render it; scripts only move through it.
 */

/** What a module segment needs from its lesson. */
export interface LessonForSlides {
  title: string;
  order: number;
  objectives: string[];
  takeaways: string[];
  facilitator: { minutes: number; discussion: string; exercise: string; debrief: string; prepare?: string | undefined };
}

/** One exercise step as listed on a slide. */
export interface SlideStep {
  /** "On your own", "In pairs"… */
  label: string;
  minutes: number;
  text: string;
}

/** One slide. */
export interface Slide {
  /** Stable id within the session. */
  id: string;
  kind: 'title' | 'ideas' | 'question' | 'exercise' | 'debrief' | 'break' | 'info' | 'end';
  /** Small label above the heading ("Module 3 · 25 min", "Break"). */
  label: string;
  heading: string;
  /** Lines shown as a list. */
  points: string[];
  /** A paragraph shown large (a question or instructions). */
  text?: string;
  /** The exercise's steps, shown as a short numbered list with `currentStep` marked (its instructions are `text`). */
  steps?: SlideStep[];
  /** Index in `steps` of the step this slide runs. */
  currentStep?: number;
  /** Minutes for the timer on this slide, if it has one. */
  timerMinutes?: number;
  /** Notes for the presenter window. */
  notes: string[];
  /** The segment this slide belongs to ('' for the title and closing slides). */
  segment: string;
  /** Minutes into the segment at which this slide's part is planned to start. */
  offset: number;
  /** Planned minutes of this slide's part (0 for a slide that only introduces). */
  minutes: number;
}

/** How a step's kind is said on a slide. */
export const STEP_LABELS: Record<StepKind, string> = {
  talk: 'Key ideas',
  discuss: 'Discuss',
  alone: 'On your own',
  pairs: 'In pairs',
  groups: 'In small groups',
  room: 'Whole room',
  debrief: 'Debrief',
};

/** Exercise work steps (the ones listed on exercise slides). */
const WORK: readonly StepKind[] = ['alone', 'pairs', 'groups', 'room'];

/** "Module 3 · 25 min" style label parts. */
const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' · ');

/** The facilitator's own notes, as presenter note lines. */
function ownNotes(seg: PlanSegment): string[] {
  return seg.notes.trim() ? [`Your notes: ${seg.notes.trim()}`] : [];
}

/** Minutes into the segment at which each step starts. */
function offsets(steps: readonly PlanStep[]): number[] {
  let at = 0;
  return steps.map((s) => {
    const here = at;
    at += s.minutes;
    return here;
  });
}

/** The numbered list of work steps shown on every exercise slide of a segment. */
function workList(steps: readonly PlanStep[]): { list: SlideStep[]; index: number[] } {
  const list: SlideStep[] = [];
  const index: number[] = [];
  steps.forEach((s, i) => {
    if (!WORK.includes(s.kind)) return;
    index[i] = list.length;
    list.push({ label: STEP_LABELS[s.kind], minutes: s.minutes, text: s.text ?? '' });
  });
  return { list, index };
}

function moduleSlides(seg: PlanSegment, lesson: LessonForSlides): Slide[] {
  const f = lesson.facilitator;
  const module = `Module ${lesson.order}`;
  const at = offsets(seg.steps);
  const { list, index } = workList(seg.steps);
  const hasDiscuss = seg.steps.some((s) => s.kind === 'discuss');
  const talk = seg.steps.findIndex((s) => s.kind === 'talk');
  const slides: Slide[] = [
    {
      id: `${seg.id}-ideas`,
      kind: 'ideas',
      label: join(module, `${seg.minutes} min`),
      heading: lesson.title,
      points: lesson.takeaways,
      notes: [
        ...lesson.objectives.map((o) => `Objective: ${o}`),
        ...(f.prepare ? [`Prepare: ${f.prepare}`] : []),
        ...(hasDiscuss ? [] : [`Discussion question, if there is time: ${f.discussion}`]),
        ...ownNotes(seg),
      ],
      segment: seg.id,
      offset: talk === -1 ? 0 : (at[talk] ?? 0),
      minutes: talk === -1 ? 0 : (seg.steps[talk]?.minutes ?? 0),
    },
  ];
  seg.steps.forEach((step, i) => {
    const base = { segment: seg.id, offset: at[i] ?? 0, minutes: step.minutes, points: [] as string[] };
    const timer = step.minutes > 0 ? { timerMinutes: step.minutes } : {};
    if (step.kind === 'discuss') {
      slides.push({
        ...base,
        ...timer,
        id: `${seg.id}-question`,
        kind: 'question',
        label: join(module, 'Discuss', `${step.minutes} min`),
        heading: 'Discussion',
        text: f.discussion,
        notes: ['Give people a minute to think before anyone answers.', ...ownNotes(seg)],
      });
    } else if (step.kind === 'debrief') {
      slides.push({
        ...base,
        ...timer,
        id: `${seg.id}-debrief`,
        kind: 'debrief',
        label: join(module, 'Debrief', `${step.minutes} min`),
        heading: 'Debrief',
        text: 'What did you notice? Share one thing with the room.',
        notes: [`Debrief: ${f.debrief}`, ...ownNotes(seg)],
      });
    } else if (WORK.includes(step.kind)) {
      const n = index[i] ?? 0;
      slides.push({
        ...base,
        ...timer,
        id: `${seg.id}-step-${i + 1}`,
        kind: 'exercise',
        label: join(module, list.length > 1 ? `Exercise, step ${n + 1} of ${list.length}` : 'Exercise'),
        heading: STEP_LABELS[step.kind],
        ...(step.text ? { text: step.text } : {}),
        steps: list,
        currentStep: n,
        notes: [`The exercise: ${f.exercise}`, `Then: ${f.debrief}`, ...ownNotes(seg)],
      });
    }
  });
  return slides;
}

function segmentSlides(seg: PlanSegment, lesson: LessonForSlides | undefined): Slide[] {
  const notes = [...seg.goals.map((g) => `Goal: ${g}`), ...seg.materials.map((m) => `Bring: ${m}`), ...ownNotes(seg)];
  const whole = { segment: seg.id, offset: 0, minutes: seg.minutes, points: [] as string[] };
  if (seg.kind === 'module') return lesson ? moduleSlides(seg, lesson) : [];
  if (seg.kind === 'break') {
    return [
      {
        ...whole,
        id: seg.id,
        kind: 'break',
        label: join('Break', `${seg.minutes} min`),
        heading: seg.title,
        timerMinutes: seg.minutes,
        notes,
      },
    ];
  }
  if (['exercise', 'assessment', 'plan', 'homework', 'activity'].includes(seg.kind)) {
    const label = seg.kind === 'homework' ? 'Homework' : seg.kind === 'activity' ? 'Activity' : 'Exercise';
    const at = offsets(seg.steps);
    const { list } = workList(seg.steps);
    if (seg.steps.length === 1) {
      const text = seg.steps[0]?.text ?? seg.instructions;
      return [
        {
          ...whole,
          id: seg.id,
          kind: 'exercise',
          label: join(label, `${seg.minutes} min`),
          heading: seg.title,
          ...(text ? { text } : {}),
          timerMinutes: seg.minutes,
          notes,
        },
      ];
    }
    return seg.steps.map((step, i) => ({
      segment: seg.id,
      offset: at[i] ?? 0,
      minutes: step.minutes,
      points: [],
      id: `${seg.id}-step-${i + 1}`,
      kind: 'exercise' as const,
      label: join(label, `step ${i + 1} of ${seg.steps.length}`),
      heading: seg.title,
      ...(step.text ? { text: step.text } : {}),
      steps: list,
      currentStep: i,
      ...(step.minutes > 0 ? { timerMinutes: step.minutes } : {}),
      notes,
    }));
  }
  return [
    {
      ...whole,
      id: seg.id,
      kind: 'info',
      label: `${seg.minutes} min`,
      heading: seg.title,
      points: seg.goals,
      ...(seg.instructions ? { text: seg.instructions } : {}),
      notes,
    },
  ];
}

/** What a session's deck needs besides its segments. */
export interface DeckSource {
  /** The format's title, e.g. "Half-day workshop". */
  formatTitle: string;
  /** The session's title, e.g. "Week 2". */
  sessionTitle: string;
  /** Work between sessions, shown on the closing slide. */
  homework?: string | undefined;
}

/**
 * The slides of one session: a title slide, the segments' slides, and a closing slide.
 * `address` is where participants follow along (empty while it is not known yet).
 */
export function buildSlides(
  source: DeckSource,
  segments: readonly PlanSegment[],
  lessons: Readonly<Record<string, LessonForSlides>>,
  address: string,
): Slide[] {
  const { formatTitle, sessionTitle, homework } = source;
  const title: Slide = {
    id: 'title',
    kind: 'title',
    label: formatTitle,
    heading: sessionTitle === formatTitle ? 'Relationship First' : sessionTitle,
    points: [],
    text: address ? `Follow along on your phone: ${address}` : 'Follow along on your phone.',
    notes: ['Check the projector, the sound and the handouts before people arrive.'],
    segment: '',
    offset: 0,
    minutes: 0,
  };
  const body = segments.flatMap((s) => segmentSlides(s, s.module ? lessons[s.module] : undefined));
  const end: Slide = {
    id: 'end',
    kind: 'end',
    label: formatTitle,
    heading: 'Thank you',
    points: homework ? [`Before next time: ${homework}`] : [],
    text: address ? `Everything from today is at ${address}` : 'Everything from today is on this site.',
    notes: ['Remind people that their notes stay in their own browser, and to export a backup.'],
    segment: '',
    offset: 0,
    minutes: 0,
  };
  return [title, ...body, end];
}
