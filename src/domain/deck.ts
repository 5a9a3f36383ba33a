/**
 * Keyboard and pointer mapping for the projector view: what a key press or a tap asks
 * the deck to do. Pure, so the mapping is unit-tested without a browser.
 */

/** A deck action. */
export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'timer' | 'add-minute' | null;

/** The action for a key (arrows, space, Page Up/Down from clickers, Home/End, F, T, A). */
export function actionForKey(key: string, shift = false): DeckAction {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
    case 'n':
    case 'N':
      return 'next';
    case ' ':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 't':
    case 'T':
      return 'timer';
    case 'a':
    case 'A':
    case '+':
      return 'add-minute';
    default:
      return null;
  }
}

/** The action for a tap at `x` on a surface `width` wide: left third back, right two thirds forward. */
export function actionForTap(x: number, width: number): DeckAction {
  if (width <= 0) return null;
  return x < width / 3 ? 'prev' : 'next';
}

/** The action for a horizontal swipe of `dx` pixels (at least 50 px counts). */
export function actionForSwipe(dx: number, dy: number): DeckAction {
  if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}

/** The slide index after an action, kept within 0..count-1. */
export function moveTo(index: number, action: DeckAction, count: number): number {
  const last = Math.max(0, count - 1);
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'prev':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return Math.min(last, Math.max(0, index));
  }
}
