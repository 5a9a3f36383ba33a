import { deckData, sessionPaths } from '../domain/deck-data';
import { loadCourse } from './course';

/** The projector and presenter views' data, read from the content collections at build time. */

/** Static paths shared by the projector and presenter views: one per session of every format. */
export async function deckStaticPaths() {
  return sessionPaths((await loadCourse()).formats).map((p) => ({
    params: p.params,
    props: { format: p.format, number: p.number },
  }));
}

/** What both views render: the session's course data, handed to the deck island. */
export async function loadDeck(format: Parameters<typeof deckData>[0], number: number) {
  const lessons = Object.fromEntries((await loadCourse()).lessons.map((l) => [l.id, l.data]));
  return deckData(format, number, lessons);
}
