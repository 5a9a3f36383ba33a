import type { Workshop } from '../schemas/workshop';
import { buildSlides, type LessonForSlides, type Slide } from './slides';

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

/** The slides of one session, given the lessons by id and the site's public address. */
export function deckSlides(
  format: { data: Workshop },
  sessionNumber: number,
  lessons: Record<string, LessonForSlides>,
  address: string,
): Slide[] {
  const session = format.data.sessions[sessionNumber - 1];
  if (!session) throw new Error(`No session ${sessionNumber}`);
  return buildSlides(format.data.title, session, lessons, address);
}
