import { useLayoutEffect, useState } from 'preact/hooks';
import { buildAgenda, formatDuration, formatTime } from '../../domain/agenda';
import type { PlanSession } from '../../domain/agenda-plan';
import { formatDate } from '../../domain/dates';
import { href } from '../../domain/paths';
import type { OwnSegment } from '../../schemas/workshop-state';
import { AddSegment } from './AddSegment';
import { AgendaTable, type RowExtra } from './AgendaTable';

/** What the session's editor can do to the saved agenda. */
export interface SessionActions {
  date: (value: string) => void;
  start: (value: string) => void;
  minutes: (id: string, value: string) => void;
  move: (id: string, by: -1 | 1) => void;
  title: (id: string, value: string) => boolean;
  notes: (id: string, value: string) => void;
  reset: (id: string) => void;
  remove: (id: string) => void;
  restore: (id: string) => void;
  add: (segment: OwnSegment, at: number) => string;
  resetSession: () => void;
}

interface Props {
  formatId: string;
  number: number;
  title: string;
  /** Planned length of the session in minutes. */
  planned: number;
  plan: PlanSession;
  extras: Record<string, RowExtra>;
  live: boolean;
  actions: SessionActions;
}

/** One session of the run of show: its day and start, the editable agenda, and links to run it. */
export function SessionAgenda({ formatId, number: n, title, planned, plan, extras, live, actions }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const locale = live ? navigator.languages : undefined;
  const agenda = buildAgenda(plan.segments, plan.start, planned, {}, locale);
  const startValue = `${String(Math.floor(plan.start / 60)).padStart(2, '0')}:${String(plan.start % 60).padStart(2, '0')}`;
  // Focus moves to `id` once the page shows the change (the saved agenda re-renders a moment later).
  const [pending, setPending] = useState<{ id: string; order?: string } | null>(null);
  const orderKey = plan.segments.map((s) => s.id).join(' ');
  useLayoutEffect(() => {
    if (!pending || (pending.order !== undefined && pending.order !== orderKey)) return;
    const el = document.getElementById(pending.id);
    if (!el) return;
    el.focus();
    setPending(null);
  });
  const focusAfter = (id: string, order?: string[]) => setPending(order ? { id, order: order.join(' ') } : { id });
  const ids = plan.segments.map((s) => s.id);

  return (
    <section class="session" aria-labelledby={`session-${n}`} data-session={n}>
      <div class="session-head">
        <div>
          <h2 id={`session-${n}`}>{title}</h2>
          <p class="session-when" data-session-when>
            {plan.date && live ? `${formatDate(plan.date, 'long', { locale })}, ` : ''}
            {live ? `${formatTime(plan.start, locale)}–${agenda.endLabel}` : ''} ({formatDuration(agenda.total)})
          </p>
        </div>
        <div class="session-fields no-print">
          <label>
            Date{' '}
            <input
              key={`date-${live}`}
              type="date"
              value={plan.date ?? ''}
              disabled={!live}
              onChange={(e) => actions.date((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label>
            Starts at{' '}
            <input
              key={`start-${live}`}
              type="time"
              value={startValue}
              disabled={!live}
              onChange={(e) => actions.start((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
        </div>
      </div>
      <AgendaTable
        sessionNumber={n}
        live={live}
        agenda={agenda}
        segments={plan.segments}
        extras={extras}
        editing={editing}
        onEdit={(id) => {
          const closing = editing;
          setEditing(id);
          if (id === null && closing) focusAfter(`edit-${closing}`);
        }}
        onMinutes={actions.minutes}
        onMove={(id, by) => {
          const i = plan.segments.findIndex((s) => s.id === id);
          const to = i + by;
          actions.move(id, by);
          const seg = plan.segments[i];
          setSaid(`Moved ${seg?.title ?? ''} to position ${to + 1} of ${plan.segments.length}.`);
          // Keep focus on the same control of the moved row (or its other arrow at either end).
          const edge = to <= 0 ? 'down' : to >= plan.segments.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
          const next = ids.filter((x) => x !== id);
          next.splice(to, 0, id);
          focusAfter(`${edge}-${id}`, next);
        }}
        onTitle={actions.title}
        onNotes={actions.notes}
        onReset={(id) => {
          actions.reset(id);
          setSaid('Title and minutes are the course’s again.');
        }}
        onRemove={(id) => {
          const i = plan.segments.findIndex((s) => s.id === id);
          const seg = plan.segments[i];
          actions.remove(id);
          setEditing(null);
          setSaid(
            seg?.own
              ? `Deleted ${seg.title}.`
              : `Removed ${seg?.title ?? ''}. You can add it back under “Removed from the course’s plan”.`,
          );
          const neighbour = plan.segments[i + 1] ?? plan.segments[i - 1];
          focusAfter(
            neighbour ? `edit-${neighbour.id}` : `add-title-${n}`,
            ids.filter((x) => x !== id),
          );
        }}
      />
      <p class="visually-hidden" role="status">
        {said}
      </p>
      {plan.removed.length > 0 && (
        <div class="removed no-print">
          <h3>Removed from the course’s plan</h3>
          <ul>
            {plan.removed.map((r) => (
              <li key={r.id}>
                {r.title}{' '}
                <button
                  type="button"
                  class="button secondary small"
                  aria-label={`Add back ${r.title}`}
                  onClick={() => {
                    actions.restore(r.id);
                    setSaid(`Added back ${r.title}.`);
                    focusAfter(`edit-${r.id}`);
                  }}
                >
                  Add back
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <AddSegment
        sessionNumber={n}
        live={live}
        segments={plan.segments}
        onAdd={(segment, at) => {
          const id = actions.add(segment, at);
          setSaid(`Added ${segment.title}.`);
          focusAfter(`edit-${id}`);
          return id;
        }}
      />
      <p class="actions session-links no-print">
        <a class="button" href={href(`/workshop/${formatId}/${n}/present/`)}>
          Open the projector view
        </a>
        <a class="button secondary" href={href(`/workshop/${formatId}/${n}/presenter/`)}>
          Open the presenter view
        </a>
        <a class="button secondary" href={href(`/workshop/handouts/?for=${formatId}-${n}`)}>
          Handouts for this session
        </a>
        {plan.changed && (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              if (
                window.confirm(
                  `Put “${title}” back to the course’s plan? Segments you added to it are deleted, and titles, minutes and order go back to the course’s. The date, the start time and your notes stay.`,
                )
              ) {
                actions.resetSession();
                setSaid(`${title} is back to the course’s plan.`);
              }
            }}
          >
            Reset this session to the course’s plan
          </button>
        )}
      </p>
    </section>
  );
}
