import { useState } from 'preact/hooks';

/**
 * The status line every tool shows after an action: what just happened, read out by
 * screen readers, with an undo where the action can be taken back.
 */

/** What a tool says when the code for an action could not be loaded (offline before it was kept); nothing changed. */
export const NOT_LOADED = 'That part of the page did not load. Check your connection, reload the page and try again.';

/** A message after an action, with an optional undo. */
export interface StatusMessage {
  text: string;
  tone?: 'good' | 'warn' | 'bad';
  /** Takes the action back; it may report something more specific itself. */
  undo?: () => void;
  /** The undo button's words, when not "Undo". */
  undoLabel?: string;
}

/** Moves focus to an element by id once the page has rendered (and brings it into view). */
export function focusSoon(id: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.focus();
    el.scrollIntoView?.({ block: 'nearest' });
  });
}

/**
 * State for a status line: the message, and a setter that also moves focus to the line
 * (unless `stay` is true: the reader is working through a list and focus stays put; the
 * line is still read out, being a live region).
 */
export function useStatus(id: string): [StatusMessage | null, (m: StatusMessage | null, stay?: boolean) => void] {
  const [msg, setMsg] = useState<StatusMessage | null>(null);
  return [
    msg,
    (m, stay) => {
      setMsg(m);
      if (m && !stay) focusSoon(id);
    },
  ];
}

/**
 * The status line: one live region that stays on the page (hidden while it has nothing to
 * say, so it takes no room), with the message and its undo.
 */
export function Status({
  id,
  msg,
  set,
  class: className,
}: {
  id: string;
  msg: StatusMessage | null;
  set: (m: StatusMessage | null, stay?: boolean) => void;
  class?: string;
}) {
  return (
    <div id={id} class={className} role="status" aria-live="polite" tabIndex={-1} hidden={!msg}>
      {msg && (
        <p class={`notice ${msg.tone ?? 'good'} status`}>
          <span>{msg.text}</span>
          {msg.undo && (
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                // Report first: the action itself may report something more specific.
                set({ text: msg.undoLabel ? 'Done.' : 'Undone.' }, true);
                msg.undo?.();
                // The button goes with the message: unless the action moved focus on, keep it on
                // the status line rather than letting it fall to the page's body.
                requestAnimationFrame(() => {
                  if (document.activeElement === document.body) document.getElementById(id)?.focus();
                });
              }}
            >
              {msg.undoLabel ?? 'Undo'}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
