import type { ComponentChildren } from 'preact';
import type { DeckAction } from '../../domain/deck';

interface Props {
  index: number;
  total: number;
  sound: boolean;
  live: boolean;
  onGo: (action: DeckAction) => void;
  onSound: (on: boolean) => void;
  /** The run of show of this format. */
  runOfShow: string;
  /** More controls (the theme toggle). */
  children?: ComponentChildren;
}

/** The projector's control bar: always on screen, below the slide (never over it). */
export function DeckBar({ index, total, sound, live, onGo, onSound, runOfShow, children }: Props) {
  return (
    <nav class="deck-bar" aria-label="Slide controls">
      <a class="deck-link" href={runOfShow}>
        Run of show
      </a>
      <span class="spacer" />
      <button
        type="button"
        class="deck-button"
        data-go="prev"
        aria-label="Previous slide"
        disabled={!live}
        onClick={() => onGo('prev')}
      >
        ←
      </button>
      <span class="counter" data-counter aria-live="polite">
        {index + 1} / {total}
      </span>
      <button
        type="button"
        class="deck-button"
        data-go="next"
        aria-label="Next slide"
        disabled={!live}
        onClick={() => onGo('next')}
      >
        →
      </button>
      <label class="sound">
        <input
          type="checkbox"
          data-sound
          checked={sound}
          disabled={!live}
          onChange={(e) => onSound((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Sound at the end
      </label>
      {children}
      <button type="button" class="deck-button" data-fullscreen disabled={!live} onClick={() => onGo('fullscreen')}>
        Full screen (F)
      </button>
    </nav>
  );
}
