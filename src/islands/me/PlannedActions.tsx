import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { plannedActionList } from '../../domain/planned-actions';
import { actions, removeAction, setActionDone } from '../../store/assessment';

interface Props {
  /** Habit names by id. */
  labels: Record<string, string>;
  /** Where the self-assessment result is. */
  resultHref: string;
}

/** The 30-day actions chosen from the self-assessment: tick them off or take them off the list. */
export function PlannedActions({ labels, resultHref }: Props) {
  const list = plannedActionList(useStore(actions.$items));
  const heading = useRef<HTMLHeadingElement>(null);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title" ref={heading} tabIndex={-1}>
        Your 30-day actions
      </h2>
      <p class="muted">
        Chosen from your <a href={resultHref}>self-assessment result</a>. Tick each one off when you have done it.
      </p>
      <ul class="planned-actions">
        {list.map((a) => (
          <li key={a.id} data-action={a.id}>
            <label>
              <input type="checkbox" checked={a.done} onChange={(e) => setActionDone(a.id, e.currentTarget.checked)} />{' '}
              <span class={a.done ? 'action-text done' : 'action-text'} id={`act-${a.id}`}>
                {a.text}
              </span>
            </label>
            <span class="action-meta">
              {labels[a.dimension] ?? a.dimension} · {a.when}
              {a.done ? ' · ✓ done' : ''}
            </span>
            <button
              type="button"
              class="button secondary"
              aria-describedby={`act-${a.id}`}
              onClick={() => {
                removeAction(a.id);
                heading.current?.focus();
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
