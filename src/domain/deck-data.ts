import type { Workshop } from '../schemas/workshop';
import type { CourseSegment } from './agenda-plan';
import type { LessonForSlides } from './slides';

/** Static paths for every session of every format: /workshop/<format>/<n>/… */
export function sessionPaths(formats: { id: string; data: Workshop }[]) {
  return formats.flatMap((f) =>
    f.data.sessions.map((s, i) => ({
      params: { format: f.id, session: String(i + 1) },
      format: f,
      session: s,
      number: i + 1,
    })),
  );
}

/** Everything a session's deck needs, as plain data (it is handed to the browser). */
export interface DeckData {
  /** The format's id and title. */
  formatId: string;
  formatTitle: string;
  /** Session number (1-based), title, planned minutes and homework. */
  session: number;
  sessionTitle: string;
  plannedMinutes: number;
  homework?: string | undefined;
  /** The course's segments of the session, in order. */
  segments: CourseSegment[];
  /** The lessons its module segments teach, by id. */
  lessons: Record<string, LessonForSlides>;
}

/** The deck data of one session, given the lessons by id. */
export function deckData(
  format: { id: string; data: Workshop },
  sessionNumber: number,
  lessons: Readonly<Record<string, LessonForSlides>>,
): DeckData {
  const session = format.data.sessions[sessionNumber - 1];
  if (!session) throw new Error(`No session ${sessionNumber}`);
  const used = Object.fromEntries(
    session.segments.flatMap((s) => {
      const l = s.module ? lessons[s.module] : undefined;
      return l && s.module
        ? [
            [
              s.module,
              {
                title: l.title,
                order: l.order,
                objectives: l.objectives,
                takeaways: l.takeaways,
                facilitator: l.facilitator,
              },
            ],
          ]
        : [];
    }),
  );
  return {
    formatId: format.id,
    formatTitle: format.data.title,
    session: sessionNumber,
    sessionTitle: session.title,
    plannedMinutes: session.minutes,
    homework: session.homework,
    segments: session.segments.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      minutes: s.minutes,
      module: s.module,
      goals: s.goals,
      materials: s.materials,
      instructions: s.instructions,
      steps: s.steps,
      handouts: s.handouts,
    })),
    lessons: used,
  };
}
