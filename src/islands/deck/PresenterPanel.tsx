import type { ComponentChildren } from 'preact';
import { formatTime } from '../../domain/agenda';
import type { PlanSession } from '../../domain/agenda-plan';
import { formatDate } from '../../domain/dates';
import type { DeckAction } from '../../domain/deck';
import type { DeckData } from '../../domain/deck-data';
import { href } from '../../domain/paths';
import {
  anchorSession,
  type DeckPlace,
  driftText,
  formatWallClock,
  leftText,
  presenterStatus,
} from '../../domain/schedule';
import type { Slide } from '../../domain/slides';
import { TimerBlock } from './TimerBlock';
import { type DeckControls, useNow } from './use-deck';

interface Props {
  data: DeckData;
  plan: PlanSession;
  slides: Slide[];
  deck: DeckControls;
  live: boolean;
  onGo: (action: DeckAction) => void;
  /** The projector view of this session. */
  projectorHref: string;
  /** More controls (the theme toggle). */
  children?: ComponentChildren;
}

/** Where a slide sits in the plan, for the schedule. */
function placeOf(slide: Slide | undefined): DeckPlace {
  if (!slide || slide.kind === 'title') return { at: 'start' };
  if (slide.kind === 'end') return { at: 'end' };
  return { at: 'segment', segment: slide.segment, offset: slide.offset, minutes: slide.minutes };
}

/** The schedule: wall clock, drift, this segment's planned end, the next segment. Ticks on its own. */
function Schedule({ plan, slide, live }: { plan: PlanSession; slide: Slide | undefined; live: boolean }) {
  const now = useNow(live, 1000);
  const total = plan.segments.reduce((n, s) => n + s.minutes, 0);
  const anchor = anchorSession(plan.date, plan.start, total, now);
  const status = presenterStatus(plan.segments, anchor.at, placeOf(slide), now);
  const time = (at: number) => (live ? formatWallClock(at) : '–');
  return (
    <section class="schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title" class="visually-hidden">
        Schedule
      </h2>
      <p class="wall-clock">
        <span class="visually-hidden">Time now: </span>
        <span data-wall-clock>{time(now)}</span>
      </p>
      <p class={`drift drift-${status.drift.state}`} data-drift>
        {live ? driftText(status.drift) : '–'}
      </p>
      <dl class="schedule-facts">
        <div>
          <dt>This segment</dt>
          <dd data-segment-end>
            {status.current
              ? `${status.current.title}: ends ${time(status.current.endAt)} (${leftText(status.current.leftMinutes)})`
              : slide?.kind === 'end'
                ? `The session ends at ${time(status.endAt)}`
                : 'Not started'}
          </dd>
        </div>
        <div>
          <dt>Next segment</dt>
          <dd data-next-segment>{status.next ? `${status.next.title} at ${time(status.next.startAt)}` : 'None'}</dd>
        </div>
        <div>
          <dt>Session</dt>
          <dd data-session-times>
            {live ? `${formatTime(plan.start)}–${formatTime(plan.start + total)}` : '–'}
            {plan.date && live ? `, ${formatDate(plan.date, 'long')}` : ''}
          </dd>
        </div>
      </dl>
      {live && !anchor.rehearsal && status.drift.minutes >= 90 && (
        <p class="rehearsal" data-far-off>
          Far from the plan? Check this session’s date and start time in the run of show.
        </p>
      )}
      {anchor.rehearsal && live && plan.date && (
        <p class="rehearsal" data-rehearsal>
          Planned for {formatDate(plan.date, 'long')}: times are shown as if it ran today.
        </p>
      )}
    </section>
  );
}

/**
 * The presenter's side of the screen: the wall clock, the planned end of the current
 * segment, how far ahead or behind the room is, the next segment; the big timer; the
 * notes (the course's and the facilitator's own); and the controls.
 */
export function PresenterPanel({ data, plan, slides, deck, live, onGo, projectorHref, children }: Props) {
  const slide = slides[deck.index];
  const next = slides[deck.index + 1];
  return (
    <aside class="side" aria-label="Presenter notes and controls">
      <Schedule plan={plan} slide={slide} live={live} />
      <p class="controls slide-nav">
        <button type="button" class="deck-button" data-go="prev" disabled={!live} onClick={() => onGo('prev')}>
          ← Previous
        </button>
        <span class="counter" data-counter>
          {deck.index + 1} / {slides.length}
        </span>
        <button type="button" class="deck-button" data-go="next" disabled={!live} onClick={() => onGo('next')}>
          Next →
        </button>
      </p>
      <div class="big-timer">
        <TimerBlock
          timer={deck.timer}
          armed={deck.armed}
          live={live}
          onToggle={() => onGo('timer')}
          onAdd={() => onGo('add-minute')}
        />
      </div>
      <p class="next">
        Next slide: <strong data-next-title>{next ? next.heading : 'End of the deck'}</strong>
      </p>
      <h2>Notes</h2>
      <ul class="notes" data-notes={deck.index}>
        {slide?.notes.length ? slide.notes.map((n) => <li key={n}>{n}</li>) : <li>No notes for this slide.</li>}
      </ul>
      <p class="controls">
        <button
          type="button"
          class="deck-button"
          disabled={!live}
          onClick={() => window.open(projectorHref, `rf-projector-${data.formatId}-${data.session}`)}
        >
          Open the projector window
        </button>
        <label class="sound">
          <input
            type="checkbox"
            data-sound
            checked={deck.sound}
            disabled={!live}
            onChange={(e) => deck.setSound((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Sound at the end
        </label>
        {children}
      </p>
      <p class="hint">
        Keys: arrows or Page Up/Down to move, Home/End, T timer, A add a minute, F full screen. Both windows stay in
        step.
      </p>
      <p>
        <a class="deck-link" href={href(`/workshop/${data.formatId}/`)}>
          Edit the agenda (run of show)
        </a>
      </p>
    </aside>
  );
}
