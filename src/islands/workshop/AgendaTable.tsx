import type { Agenda } from '../../domain/agenda';
import { formatDuration } from '../../domain/agenda';

interface Props {
  sessionNumber: number;
  agenda: Agenda;
  kinds: Record<string, string>;
  onMinutes: (segmentId: string, value: string) => void;
}

/** The run of show for one session: clock times, editable minutes, total against plan. */
export function AgendaTable({ sessionNumber, agenda, kinds, onMinutes }: Props) {
  return (
    <>
      <table class="agenda">
        <caption class="visually-hidden">Run of show, session {sessionNumber}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Segment</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {agenda.rows.map((r) => (
            <tr key={r.id} data-segment={r.id} class={kinds[r.id] === 'break' ? 'is-break' : undefined}>
              <td class="time">
                {r.startLabel}–{r.endLabel}
                {r.nextDay && <span class="next-day"> (next day)</span>}
              </td>
              <th scope="row">{r.title}</th>
              <td>
                <label class="visually-hidden" for={`min-${r.id}`}>
                  Minutes for {r.title}
                </label>
                <input
                  id={`min-${r.id}`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={600}
                  value={r.minutes}
                  class={r.edited ? 'edited' : undefined}
                  onChange={(e) => onMinutes(r.id, (e.currentTarget as HTMLInputElement).value)}
                />
                <span class="print-only">{r.minutes}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total (ends {agenda.endLabel})
            </th>
            <td data-total>{formatDuration(agenda.total)}</td>
          </tr>
        </tfoot>
      </table>
      {agenda.over > 0 ? (
        <p class="notice warn" role="status" data-over>
          This session runs {formatDuration(agenda.over)} over its planned {formatDuration(agenda.planned)}. Shorten a
          segment or plan the extra time.
        </p>
      ) : (
        <p class="muted ui" role="status">
          Fits the planned {formatDuration(agenda.planned)}
          {agenda.total < agenda.planned ? `, with ${formatDuration(agenda.planned - agenda.total)} to spare` : ''}.
        </p>
      )}
    </>
  );
}
