/** A message after an action, with an optional undo. */
export interface StatusMessage {
  text: string;
  tone: 'good' | 'bad';
  undo?: () => void;
}

interface Props {
  status: StatusMessage | null;
}

/** The worksheet's status line: says what just happened (read out by screen readers) and offers undo. */
export function Status({ status }: Props) {
  return (
    <div class="coi-status" role="status" aria-live="polite">
      {status && (
        <p class={`notice status ${status.tone}`}>
          <span>{status.text}</span>
          {status.undo && (
            <button type="button" class="button secondary small" onClick={status.undo}>
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}
