import { useStore } from '@nanostores/preact';
import {
  addOwnSegment,
  type CourseSegment,
  cleanTitle,
  emptyAgenda,
  moveSegment,
  ownSegmentId,
  planSession,
  removeSegment,
  renameSegment,
  resetSegment,
  resetSession,
  restoreSegment,
  setAddress,
  setDate,
  setSegmentMinutes,
  setSegmentNotes,
  setStart,
} from '../domain/agenda-plan';
import type { AgendaState } from '../schemas/workshop-state';
import { agendas } from '../store/workshop';
import { useHydrated } from './use-hydrated';
import { AddressPanel } from './workshop/AddressPanel';
import type { RowExtra } from './workshop/AgendaTable';
import { SessionAgenda } from './workshop/SessionAgenda';
import './workshop/run-of-show.css';

/** A session as the run of show needs it: the course's segments and each module's discussion question. */
export interface RunSession {
  number: number;
  title: string;
  minutes: number;
  segments: CourseSegment[];
  extras: Record<string, RowExtra>;
}

interface Props {
  formatId: string;
  sessions: RunSession[];
}

/**
 * The facilitator's own run of show: a date and start time per session; segments added,
 * removed, renamed, re-timed and reordered; notes on any segment; reset to the course.
 * Saved in this browser (every tab in step) and printed as the facilitator's sheet.
 */
export default function RunOfShow({ formatId, sessions }: Props) {
  const live = useHydrated();
  const store = agendas;
  const items = useStore(store.$items);
  const agenda: AgendaState = live ? (items[formatId] ?? emptyAgenda()) : emptyAgenda();
  /** Saves a change computed from the latest saved agenda; typing saves after a pause. */
  const update = (change: (a: AgendaState) => AgendaState, delay = 0) => {
    const current = store.get(formatId) ?? emptyAgenda();
    const next = change(current);
    if (next !== current) store.set(formatId, next, delay);
  };

  return (
    <div class="run-of-show">
      {sessions.map((s) => {
        const course = s.segments;
        const plan = planSession(agenda, s.number, course);
        return (
          <SessionAgenda
            key={`${s.number}-${live}`}
            formatId={formatId}
            number={s.number}
            title={s.title}
            planned={s.minutes}
            plan={plan}
            extras={s.extras}
            live={live}
            actions={{
              date: (v) => update((a) => setDate(a, s.number, v)),
              start: (v) => update((a) => setStart(a, s.number, v)),
              minutes: (id, v) => update((a) => setSegmentMinutes(a, course, id, v)),
              move: (id, by) =>
                update((a) => {
                  const at = planSession(a, s.number, course).segments.findIndex((x) => x.id === id);
                  return moveSegment(a, s.number, course, id, at + by);
                }),
              title: (id, v) => {
                if (!cleanTitle(v)) return false;
                update((a) => renameSegment(a, course, id, v));
                return true;
              },
              notes: (id, v) => update((a) => setSegmentNotes(a, id, v), 400),
              reset: (id) => update((a) => resetSegment(a, id)),
              remove: (id) => update((a) => removeSegment(a, s.number, course, id)),
              restore: (id) => update((a) => restoreSegment(a, s.number, course, id)),
              add: (segment, at) => {
                const current = store.get(formatId) ?? emptyAgenda();
                const id = ownSegmentId(current, course, Date.now());
                store.set(formatId, addOwnSegment(current, s.number, course, id, segment, at));
                return id;
              },
              resetSession: () => update((a) => resetSession(a, s.number, course)),
            }}
          />
        );
      })}
      <AddressPanel override={agenda.address} live={live} onSave={(a) => update((s) => setAddress(s, a))} />
      <p class="actions no-print">
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print the run of show
        </button>
        <span class="muted ui">Each session prints on one page, with the discussion questions and your notes.</span>
      </p>
    </div>
  );
}
