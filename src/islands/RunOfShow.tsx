import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { buildAgenda, cleanMinutes, parseClock } from '../domain/agenda';
import { href } from '../domain/paths';
import { agendaStore } from '../store/workshop';
import { AgendaTable } from './workshop/AgendaTable';

/** A session as the run of show needs it. */
export interface RunSession {
  number: number;
  title: string;
  minutes: number;
  segments: { id: string; title: string; minutes: number; kind: string }[];
}

interface Props {
  formatId: string;
  sessions: RunSession[];
}

const DEFAULT_START = '09:00';

/** Run of show: pick a start time per session, edit minutes, see clock times; saved in this browser. */
export default function RunOfShow({ formatId, sessions }: Props) {
  const store = agendaStore();
  // Hydration keeps the server's input values; remount the inputs once to show saved ones.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const saved = useStore(store.$items)[formatId] ?? { starts: {}, minutes: {} };
  const save = (change: Partial<typeof saved>) => store.set(formatId, { ...saved, ...change });

  return (
    <div class="run-of-show">
      {sessions.map((s) => {
        const start = saved.starts[String(s.number)] ?? DEFAULT_START;
        const agenda = buildAgenda(s.segments, parseClock(start) ?? 540, s.minutes, saved.minutes);
        const kinds = Object.fromEntries(s.segments.map((g) => [g.id, g.kind]));
        return (
          <section key={s.number} class="session" aria-labelledby={`session-${s.number}`}>
            <div class="session-head">
              <h2 id={`session-${s.number}`}>{s.title}</h2>
              <label>
                Starts at{' '}
                <input
                  key={`start-${hydrated}`}
                  type="time"
                  value={start}
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLInputElement).value;
                    if (parseClock(v) !== null) save({ starts: { ...saved.starts, [String(s.number)]: v } });
                  }}
                />
              </label>
            </div>
            <AgendaTable
              key={`table-${hydrated}`}
              sessionNumber={s.number}
              agenda={agenda}
              kinds={kinds}
              onMinutes={(id, value) => {
                const n = cleanMinutes(value);
                if (n === null) return;
                const planned = s.segments.find((g) => g.id === id)?.minutes;
                const { [id]: _old, ...rest } = saved.minutes;
                save({ minutes: n === planned ? rest : { ...rest, [id]: n } });
              }}
            />
            <p class="session-links no-print">
              <a class="button" href={href(`/workshop/${formatId}/${s.number}/present/`)}>
                Open the projector view
              </a>
              <a class="button secondary" href={href(`/workshop/${formatId}/${s.number}/presenter/`)}>
                Open the presenter view
              </a>
            </p>
          </section>
        );
      })}
      <p class="no-print">
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            store.set(formatId, { starts: {}, minutes: {} });
          }}
        >
          Reset to the planned times
        </button>{' '}
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print the facilitator sheet
        </button>
      </p>
    </div>
  );
}
