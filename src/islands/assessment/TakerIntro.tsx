import type { Ref } from 'preact';
import type { TakerView } from '../../domain/assessment-history';

interface Props {
  last: TakerView['last'];
  resultHref: string;
  startRef: Ref<HTMLButtonElement>;
  onStart: () => void;
}

/** Before the first answer: start, or (after an earlier attempt) take it again or see the last result. */
export function TakerIntro({ last, resultHref, startRef, onStart }: Props) {
  return (
    <div class="taker-intro panel">
      {last && (
        <p class={last.nudge.due ? 'notice warn' : undefined}>
          You last took the assessment on {last.date}. {last.nudge.text}
        </p>
      )}
      <p class="actions">
        <button type="button" class="button" ref={startRef} onClick={onStart}>
          {last ? 'Take it again' : 'Start the assessment'}
        </button>
        {last && (
          <a class="button secondary" href={resultHref}>
            See your last result
          </a>
        )}
      </p>
    </div>
  );
}
