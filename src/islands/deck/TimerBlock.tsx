import { formatRemaining, isDone, remaining, type TimerState } from '../../domain/timer';
import { useNow } from './use-deck';

interface Props {
  /** The timer to show, or null for a slide without one. */
  timer: TimerState | null;
  /** Whether the timer was started on this slide (so zero means time is up). */
  armed: boolean;
  /** Whether the buttons work yet (after hydration). */
  live: boolean;
  onToggle: () => void;
  onAdd: () => void;
  /** Omitted where there is no reset button (the presenter's big timer). */
  onReset?: (() => void) | undefined;
}

/** The exercise timer: minutes and seconds left, start/pause, add a minute, reset. */
export function TimerBlock({ timer, armed, live, onToggle, onAdd, onReset }: Props) {
  const now = useNow(live && !!timer?.running);
  const up = timer !== null && armed && isDone(timer, now);
  const left = timer ? remaining(timer, now) : 0;
  const running = !!timer?.running && left > 0;
  return (
    <div class={`timer${up ? ' is-up' : ''}`}>
      <p class={`timer-display${timer ? '' : ' is-empty'}`} aria-live="off" data-timer-display>
        {timer ? formatRemaining(left) : 'No timer'}
      </p>
      <p class="timer-controls">
        <button type="button" class="deck-button" data-timer-toggle disabled={!live || !timer} onClick={onToggle}>
          {running ? 'Pause timer (T)' : 'Start timer (T)'}
        </button>
        <button type="button" class="deck-button" data-timer-add disabled={!live || !timer} onClick={onAdd}>
          Add a minute
        </button>
        {onReset && (
          <button type="button" class="deck-button" data-timer-reset disabled={!live || !timer} onClick={onReset}>
            Reset
          </button>
        )}
      </p>
      <p class="visually-hidden" role="status" data-timer-status>
        {up ? 'Time is up.' : ''}
      </p>
    </div>
  );
}
