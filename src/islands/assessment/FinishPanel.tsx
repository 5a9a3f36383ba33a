import type { Ref } from 'preact';

interface Props {
  panelRef: Ref<HTMLElement>;
  /** Statements still without an answer. */
  remaining: number;
  /** Index of the first unanswered statement (-1 when none). */
  next: number;
  onGo: (index: number) => void;
  onFinish: () => void;
  /** Back to the last statement (one-at-a-time view only). */
  onBack: (() => void) | undefined;
}

/** The end of the statements: see the result, or go to what is still unanswered. */
export function FinishPanel({ panelRef, remaining, next, onGo, onFinish, onBack }: Props) {
  return (
    <section class="finish panel" ref={panelRef} tabIndex={-1} aria-labelledby="finish-title">
      <h2 id="finish-title">
        {remaining === 0
          ? 'Every statement answered'
          : `${remaining} ${remaining === 1 ? 'statement' : 'statements'} still to answer`}
      </h2>
      <p>
        {remaining === 0
          ? 'Your answers are saved. Your result shows a score for each habit, your two strongest, and where to grow next.'
          : 'Answer every statement to see your result. Your answers so far are saved.'}
      </p>
      <p class="actions">
        {onBack && (
          <button type="button" class="button secondary" onClick={onBack}>
            Back
          </button>
        )}
        {remaining > 0 && (
          <button type="button" class="button secondary" onClick={() => onGo(next)}>
            Go to statement {next + 1}
          </button>
        )}
        <button type="button" class="button" disabled={remaining > 0} onClick={onFinish}>
          See my result
        </button>
      </p>
    </section>
  );
}
