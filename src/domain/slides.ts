import type { Segment, Session } from '../schemas/workshop';

/**
 * The projector sequence for one session of a workshop format, built from its segments
 * and the lessons' own facilitator blocks. Pages render it; scripts only move through it.
 */

/** What a module segment needs from its lesson. */
export interface LessonForSlides {
  title: string;
  order: number;
  objectives: string[];
  takeaways: string[];
  facilitator: { minutes: number; discussion: string; exercise: string; debrief: string; prepare?: string | undefined };
}

/** One slide. */
export interface Slide {
  /** Stable id within the session. */
  id: string;
  kind: 'title' | 'ideas' | 'question' | 'exercise' | 'break' | 'info' | 'end';
  /** Small label above the heading ("Module 3", "Break"). */
  label: string;
  heading: string;
  /** Lines shown as a list. */
  points: string[];
  /** A paragraph shown large (a question or instructions). */
  text?: string;
  /** Minutes for the timer on this slide, if it has one. */
  timerMinutes?: number;
  /** Notes for the presenter window. */
  notes: string[];
}

/** Minutes of the room exercise within a module segment: half the module, at least 5. */
export function exerciseMinutes(moduleMinutes: number): number {
  return Math.max(5, Math.round(moduleMinutes / 2));
}

function segmentSlides(seg: Segment, lesson: LessonForSlides | undefined): Slide[] {
  const base = { notes: [...seg.goals.map((g) => `Goal: ${g}`), ...seg.materials.map((m) => `Bring: ${m}`)] };
  switch (seg.kind) {
    case 'module': {
      if (!lesson) return [];
      const f = lesson.facilitator;
      const label = `Module ${lesson.order} · ${seg.minutes} min`;
      return [
        {
          id: `${seg.id}-ideas`,
          kind: 'ideas',
          label,
          heading: lesson.title,
          points: lesson.takeaways,
          notes: [...lesson.objectives.map((o) => `Objective: ${o}`), ...(f.prepare ? [`Prepare: ${f.prepare}`] : [])],
        },
        {
          id: `${seg.id}-question`,
          kind: 'question',
          label: `Module ${lesson.order} · Discuss`,
          heading: 'Discussion',
          points: [],
          text: f.discussion,
          notes: ['Give people a minute to think before anyone answers.', `Then: ${f.exercise}`],
        },
        {
          id: `${seg.id}-exercise`,
          kind: 'exercise',
          label: `Module ${lesson.order} · Exercise`,
          heading: 'Room exercise',
          points: [],
          text: f.exercise,
          timerMinutes: exerciseMinutes(seg.minutes),
          notes: [`Debrief: ${f.debrief}`],
        },
      ];
    }
    case 'break':
      return [
        {
          id: seg.id,
          kind: 'break',
          label: 'Break',
          heading: seg.title,
          points: [],
          timerMinutes: seg.minutes,
          ...base,
        },
      ];
    case 'exercise':
    case 'assessment':
    case 'plan':
    case 'homework':
      return [
        {
          id: seg.id,
          kind: 'exercise',
          label: `${seg.kind === 'homework' ? 'Homework' : 'Exercise'} · ${seg.minutes} min`,
          heading: seg.title,
          points: [],
          ...(seg.instructions ? { text: seg.instructions } : {}),
          timerMinutes: seg.minutes,
          ...base,
        },
      ];
    default:
      return [
        {
          id: seg.id,
          kind: 'info',
          label: `${seg.minutes} min`,
          heading: seg.title,
          points: seg.goals,
          ...(seg.instructions ? { text: seg.instructions } : {}),
          notes: base.notes,
        },
      ];
  }
}

/** The slides of one session: a title slide, the segments' slides, and a closing slide. */
export function buildSlides(
  formatTitle: string,
  session: Session,
  lessons: Readonly<Record<string, LessonForSlides>>,
  siteAddress: string,
): Slide[] {
  const title: Slide = {
    id: 'title',
    kind: 'title',
    label: formatTitle,
    heading: session.title === formatTitle ? 'Relationship First' : session.title,
    points: [],
    text: `Follow along on your phone: ${siteAddress}`,
    notes: ['Check the projector, the sound and the handouts before people arrive.'],
  };
  const body = session.segments.flatMap((s) => segmentSlides(s, s.module ? lessons[s.module] : undefined));
  const end: Slide = {
    id: 'end',
    kind: 'end',
    label: formatTitle,
    heading: 'Thank you',
    points: session.homework ? [`Before next time: ${session.homework}`] : [],
    text: `Everything from today is at ${siteAddress}`,
    notes: ['Remind people that their notes stay in their own browser, and to export a backup.'],
  };
  return [title, ...body, end];
}
