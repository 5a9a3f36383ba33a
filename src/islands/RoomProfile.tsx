import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { href } from '../domain/paths';
import type { RadarLayout } from '../domain/radar';
import { type CodeProblem, readRoomCodes, roomStats, scoresFromCodes, weakestHabits } from '../domain/room-profile';
import { rooms } from '../store/workshop';
import { RadarChart } from './assessment/RadarChart';
import { RoomTable } from './room/RoomTable';
import './room/room-profile.css';
import { whenLoaded } from './when-loaded';

interface Props {
  /** Chart frame, computed when the page is built. */
  layout: RadarLayout;
  /** Habit ids in chart order, with their names and the module that teaches each. */
  habits: { id: string; name: string; module: { title: string; href: string } }[];
}

/** The room profile: paste share codes, see the room's average profile and spread. */
function RoomProfile({ layout, habits }: Props) {
  const store = rooms;
  const saved = useStore(store.$items).current?.codes ?? [];
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<CodeProblem[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const result = useRef<HTMLElement>(null);
  const [full, setFull] = useState(false);
  useEffect(() => {
    const sync = () => setFull(document.fullscreenElement === result.current && result.current !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);

  const scores = scoresFromCodes(saved);
  const stats = roomStats(scores);
  const labels = Object.fromEntries(habits.map((h) => [h.id, h.name]));
  const weakest = weakestHabits(stats);

  return (
    <div class="room-profile">
      <section class="panel no-print" aria-labelledby="add-title">
        <h2 id="add-title">Add codes</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const r = readRoomCodes(text, saved);
            if (r.codes.length && !store.set('current', { codes: [...saved, ...r.codes] })) {
              setProblems([]);
              setAdded(-1);
              requestAnimationFrame(() => status.current?.focus());
              return;
            }
            setProblems(r.problems);
            setAdded(r.codes.length);
            setText(r.problems.map((p) => p.code).join('\n'));
            requestAnimationFrame(() => status.current?.focus());
          }}
        >
          <label for="room-codes">Paste share codes, one per line (or separated by commas)</label>
          <textarea
            id="room-codes"
            rows={6}
            value={text}
            spellcheck={false}
            autoComplete="off"
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p class="actions">
            <button type="submit" class="button">
              Add to the room
            </button>
            {saved.length > 0 && (
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  if (window.confirm(`Remove all ${saved.length} codes from the room profile?`)) {
                    store.set('current', { codes: [] });
                    setProblems([]);
                    setAdded(null);
                  }
                }}
              >
                Start a new room
              </button>
            )}
          </p>
        </form>
        {added === -1 && (
          <p class="notice bad" role="status" tabIndex={-1} ref={status}>
            No codes were added: the browser refused to save them (see the message at the top of the page). The codes
            are still in the box.
          </p>
        )}
        {added !== null && added >= 0 && (
          <p class={problems.length ? 'notice warn' : 'notice good'} role="status" tabIndex={-1} ref={status}>
            {added} code{added === 1 ? '' : 's'} added.
            {problems.length > 0 && ` ${problems.length} skipped; they are left in the box to fix or remove.`}
          </p>
        )}
        {problems.length > 0 && (
          <ul class="problems" aria-label="Codes that were skipped">
            {problems.map((p) => (
              <li key={`${p.position}-${p.code}`}>
                <strong>
                  Code {p.position} ({p.code}):
                </strong>{' '}
                {p.error}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="room-result" aria-labelledby="room-title" ref={result}>
        <h2 id="room-title">
          The room{' '}
          <span class="muted" data-room-count>
            ({scores.length} {scores.length === 1 ? 'person' : 'people'})
          </span>
        </h2>
        {scores.length === 0 ? (
          <p class="muted">
            No codes yet. Ask everyone to open their result page and read out or paste their share code.
          </p>
        ) : (
          <>
            <div class="room-chart">
              <RadarChart
                layout={layout}
                series={[{ kind: 'latest', values: stats.map((s) => s.mean) }]}
                title="The room's average score per habit"
              />
              <RoomTable stats={stats} labels={labels} />
            </div>
            <p class="room-focus">
              Where this room could grow most:{' '}
              {weakest.map((w, i) => {
                const h = habits.find((x) => x.id === w.id);
                return (
                  <span key={w.id}>
                    {i > 0 && ' and '}
                    <strong>{h?.name}</strong> (average {w.mean}; see{' '}
                    <a href={h ? href(h.module.href) : undefined}>{h?.module.title}</a>)
                  </span>
                );
              })}
              .
            </p>
            <p class="no-print">
              <button
                type="button"
                class="button secondary"
                data-room-fullscreen
                onClick={() => {
                  if (document.fullscreenElement) void document.exitFullscreen();
                  else void result.current?.requestFullscreen?.().catch(() => undefined);
                }}
              >
                {full ? 'Leave full screen' : 'Show full screen for the projector'}
              </button>
            </p>
          </>
        )}
      </section>
    </div>
  );
}

export default whenLoaded(RoomProfile, 'Opening the room profile…');
