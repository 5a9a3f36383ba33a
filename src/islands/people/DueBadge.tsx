import { DUE_MARKS, type DueStatus, describeDue } from '../../domain/touch';
import './people.css';

/** When a person is due, in the same words in every tool: a mark (full, half or empty; never colour alone) and the days and date. */
export function DueBadge({ status }: { status: DueStatus }) {
  return (
    <span class={`badge due-${status.state}`}>
      <span class="mark" aria-hidden="true">
        {DUE_MARKS[status.state]}
      </span>{' '}
      <span class="due-text">{describeDue(status)}</span>
    </span>
  );
}
