import { getCollection } from 'astro:content';
import { deckSlides, sessionPaths } from '../../../../domain/deck-data';
import { href } from '../../../../domain/paths';

/** Static paths shared by the projector and presenter views: one per session of every format. */
export async function deckStaticPaths() {
  return sessionPaths(await getCollection('workshops')).map((p) => ({
    params: p.params,
    props: { format: p.format, number: p.number },
  }));
}

/** What both views render: the slides, the deck's id and the address participants open. */
export async function loadDeck(
  format: Parameters<typeof deckSlides>[0] & { id: string },
  number: number,
  site: URL | undefined,
) {
  const lessons = Object.fromEntries((await getCollection('lessons')).map((l) => [l.id, l.data]));
  const address = new URL(href('/'), site).href;
  return { slides: deckSlides(format, number, lessons, address), deckId: `${format.id}-${number}`, address };
}
