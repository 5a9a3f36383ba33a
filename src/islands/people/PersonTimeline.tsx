import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { inPlanner } from '../../domain/contact';
import { formatDate } from '../../domain/dates';
import { href } from '../../domain/paths';
import { plannerPath, worksheetPath } from '../../domain/person-paths';
import { personTimeline, type TimelineItem } from '../../domain/timeline';
import { describeLast } from '../../domain/touch';
import { contacts } from '../../store/contacts';
import { $due } from '../../store/due';
import { ledger, plans } from '../../store/ledger';
import { $today } from '../../store/today';
import { DueBadge } from './DueBadge';
import './people.css';

/** Lines shown at first; the rest on request. */
const FIRST = 12;

const WHEN: Record<NonNullable<TimelineItem['when']>, string> = {
  upcoming: 'Coming up',
  today: 'Today',
  overdue: 'Overdue',
};

const TOOL: Record<TimelineItem['tool'], string> = {
  worksheet: 'COI worksheet',
  planner: 'Planner',
  contacts: 'Contacts',
};

/**
 * One person's timeline, the same in the worksheet and the planner: when they are due, when
 * they were last in touch, then every lunch, give, ask, touch and plan, newest first, with
 * a link to the same person in the other tool.
 */
export function PersonTimeline({ id, tool }: { id: string; tool: 'worksheet' | 'planner' }) {
  const people = useStore(contacts.$items);
  const entries = useStore(ledger.$items);
  const planned = useStore(plans.$items);
  const due = useStore($due);
  const today = useStore($today);
  const [all, setAll] = useState(false);
  const c = people[id];
  const status = due.get(id);
  if (!c || !status) return null;
  const items = personTimeline(id, c, entries, planned, today);
  const shown = all ? items : items.slice(0, FIRST);
  const title = `timeline-${tool}-${id}`;
  const other =
    tool === 'worksheet'
      ? inPlanner(c) && { path: plannerPath(id), text: `Open ${c.name} in the giving-first planner` }
      : { path: worksheetPath(id), text: `Open ${c.name} in the COI worksheet` };
  return (
    <section class="person-timeline" aria-labelledby={title} id={`timeline-${id}`}>
      <h4 id={title}>Timeline</h4>
      <p class="timeline-due">
        <DueBadge status={status} />
        <span class="muted"> {describeLast(status)}.</span>
      </p>
      <ol class="timeline-list">
        {shown.map((i) => (
          <li key={i.key} class={`timeline-item kind-${i.kind}${i.when ? ` when-${i.when}` : ''}`}>
            <time dateTime={i.date}>{formatDate(i.date, 'day', { today })}</time>
            <div class="timeline-body">
              <p class="timeline-title">
                {i.when && <span class="timeline-when">{WHEN[i.when]}: </span>}
                {i.title}
                <span class="timeline-tool muted"> · {TOOL[i.tool]}</span>
              </p>
              {i.note && <p class="timeline-note">{i.note}</p>}
            </div>
          </li>
        ))}
      </ol>
      {items.length > FIRST && (
        <p>
          <button type="button" class="button secondary small" onClick={() => setAll(!all)}>
            {all ? 'Show the latest only' : `Show all ${items.length} lines`}
          </button>
        </p>
      )}
      {other ? (
        <p class="timeline-other">
          <a href={href(other.path)}>{other.text}</a>
        </p>
      ) : (
        <p class="timeline-other muted">
          Move {c.name} to your potential or core list, or bring them into the giving-first planner, to log gives and
          plan them there.
        </p>
      )}
    </section>
  );
}
