import { Fragment } from 'preact';
import type { Agenda } from '../../domain/agenda';
import { formatDuration } from '../../domain/agenda';
import type { PlanSegment } from '../../domain/agenda-plan';
import { SegmentEditor } from './SegmentEditor';

/** A segment row's extra facts from the course (the module's discussion question). */
export interface RowExtra {
  /** "Module 2" for module segments. */
  module?: string | undefined;
  /** The module's discussion question. */
  discussion?: string | undefined;
}

interface Props {
  sessionNumber: number;
  /** False until the island runs: the controls wait for it, so nothing typed is lost. */
  live: boolean;
  agenda: Agenda;
  segments: PlanSegment[];
  extras: Record<string, RowExtra>;
  /** Id of the segment whose editor is open. */
  editing: string | null;
  onEdit: (id: string | null) => void;
  onMinutes: (id: string, value: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onTitle: (id: string, value: string) => boolean;
  onNotes: (id: string, value: string) => void;
  onReset: (id: string) => void;
  onRemove: (id: string) => void;
}

/**
 * The run of show for one session: clock times, titles, the discussion question of each
 * module and the facilitator's notes, editable minutes, and per row: move up, move down,
 * and an editor (title, notes, reset, remove). Printed, it is the facilitator's sheet.
 */
export function AgendaTable(p: Props) {
  const last = p.segments.length - 1;
  return (
    <>
      <table class="data-table agenda">
        <caption class="visually-hidden">Run of show, session {p.sessionNumber}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Segment</th>
            <th scope="col">Minutes</th>
            <th scope="col" class="no-print">
              <span class="visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.segments.map((seg, i) => {
            const row = p.agenda.rows[i];
            const extra = p.extras[seg.id] ?? {};
            const open = p.editing === seg.id;
            return (
              <Fragment key={seg.id}>
                <tr data-segment={seg.id} class={seg.kind === 'break' ? 'is-break' : undefined}>
                  <td class="time">
                    {row?.startLabel}–{row?.endLabel}
                    {row?.nextDay && <span class="next-day"> (next day)</span>}
                  </td>
                  <th scope="row" class="segment">
                    <span class="segment-title">{seg.title}</span>
                    {extra.module && <span class="tag">{extra.module}</span>}
                    {seg.own && <span class="tag">Your own</span>}
                    {seg.edited && <span class="tag">Changed</span>}
                    {extra.discussion && (
                      <span class="segment-detail question">
                        <span class="detail-label">Discuss:</span> {extra.discussion}
                      </span>
                    )}
                    {seg.notes && (
                      <span class="segment-detail notes" data-notes-for={seg.id}>
                        <span class="detail-label">Your notes:</span> {seg.notes}
                      </span>
                    )}
                  </th>
                  <td class="minutes">
                    <label class="visually-hidden" for={`min-${seg.id}`}>
                      Minutes for {seg.title}
                    </label>
                    <input
                      id={`min-${seg.id}`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={600}
                      value={seg.minutes}
                      class={seg.course && seg.minutes !== seg.course.minutes ? 'edited no-print' : 'no-print'}
                      disabled={!p.live}
                      onChange={(e) => p.onMinutes(seg.id, (e.currentTarget as HTMLInputElement).value)}
                    />
                    <span class="print-only">{seg.minutes}</span>
                  </td>
                  <td class="row-actions no-print">
                    <button
                      type="button"
                      class="icon-button"
                      id={`up-${seg.id}`}
                      aria-label={`Move ${seg.title} up`}
                      disabled={!p.live || i === 0}
                      onClick={() => p.onMove(seg.id, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="icon-button"
                      id={`down-${seg.id}`}
                      aria-label={`Move ${seg.title} down`}
                      disabled={!p.live || i === last}
                      onClick={() => p.onMove(seg.id, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="icon-button text"
                      id={`edit-${seg.id}`}
                      aria-expanded={open}
                      aria-controls={open ? `editor-${seg.id}` : undefined}
                      aria-label={`Edit ${seg.title}`}
                      disabled={!p.live}
                      onClick={() => p.onEdit(open ? null : seg.id)}
                    >
                      Edit
                    </button>
                  </td>
                </tr>
                {open && (
                  <tr class="editor-row no-print">
                    <td colSpan={4}>
                      <SegmentEditor
                        segment={seg}
                        onTitle={(v) => p.onTitle(seg.id, v)}
                        onNotes={(v) => p.onNotes(seg.id, v)}
                        onReset={() => p.onReset(seg.id)}
                        onRemove={() => p.onRemove(seg.id)}
                        onClose={() => p.onEdit(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total (ends {p.agenda.endLabel})
            </th>
            <td data-total>{formatDuration(p.agenda.total)}</td>
            <td class="no-print" />
          </tr>
        </tfoot>
      </table>
      {p.agenda.over > 0 ? (
        <p class="notice warn" role="status" data-over>
          This session runs {formatDuration(p.agenda.over)} over its planned {formatDuration(p.agenda.planned)}. Shorten
          a segment or plan the extra time.
        </p>
      ) : (
        <p class="muted ui fits" role="status">
          Fits the planned {formatDuration(p.agenda.planned)}
          {p.agenda.total < p.agenda.planned
            ? `, with ${formatDuration(p.agenda.planned - p.agenda.total)} to spare`
            : ''}
          .
        </p>
      )}
    </>
  );
}
