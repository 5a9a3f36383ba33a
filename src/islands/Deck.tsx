import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyAgenda, planSession } from '../domain/agenda-plan';
import { actionForKey, actionForSwipe, actionForTap, type DeckAction } from '../domain/deck';
import type { DeckData } from '../domain/deck-data';
import { href } from '../domain/paths';
import { shownAddress, siteAddress } from '../domain/site-address';
import { buildSlides } from '../domain/slides';
import { agendas } from '../store/workshop';
import { DeckBar } from './deck/DeckBar';
import { PresenterPanel } from './deck/PresenterPanel';
import { SlideView } from './deck/SlideView';
import { TimerBlock } from './deck/TimerBlock';
import { TimeWatch, useDeck } from './deck/use-deck';
import { useFit } from './deck/use-fit';
import { useHydrated } from './use-hydrated';
import './deck/deck.css';

/** The agenda with nothing changed, one object so the slides are only rebuilt when the agenda changes. */
const NO_EDITS = emptyAgenda();

interface Props {
  /** The session's course data (segments and lessons), from the build. */
  data: DeckData;
  /** The projector (slides for the room) or the presenter view (slide, notes, schedule). */
  mode: 'projector' | 'presenter';
  /** The site's theme toggle, placed among the deck's controls. */
  children?: ComponentChildren;
}

/**
 * The projector and presenter views of one session. The slides follow the facilitator's
 * agenda (order, titles, minutes, added segments, notes) and carry the address the site
 * is served from; both views share the slide, the timer and the keys, in every window.
 */
export default function Deck({ data, mode, children }: Props) {
  const live = useHydrated();
  const saved = useStore(agendas.$items);
  const agenda = live ? (saved[data.formatId] ?? NO_EDITS) : NO_EDITS;
  const plan = useMemo(() => planSession(agenda, data.session, data.segments), [agenda, data]);
  const address = live ? shownAddress(siteAddress(location.origin, import.meta.env.BASE_URL), agenda.address) : '';
  const slides = useMemo(
    () =>
      buildSlides(
        { formatTitle: data.formatTitle, sessionTitle: data.sessionTitle, homework: data.homework },
        plan.segments,
        data.lessons,
        address,
      ),
    [plan, data, address],
  );
  const deckId = `${data.formatId}-${data.session}`;
  const deck = useDeck(deckId, slides, live);
  const stage = useRef<HTMLDivElement>(null);
  const slide = slides[deck.index];

  // When the agenda changes under a running deck (an edit in another tab), stay on the same slide.
  const shown = useRef<{ slides: typeof slides; id: string | undefined } | null>(null);
  useEffect(() => {
    const before = shown.current;
    shown.current = { slides, id: slide?.id };
    if (!live || !before || before.slides === slides || !before.id || before.id === slide?.id) return;
    const to = slides.findIndex((s) => s.id === before.id);
    if (to !== -1) {
      shown.current = { slides, id: before.id };
      deck.follow(deck.index, to);
    }
  }, [slides, slide?.id, live, deck]);
  useFit(stage, `${slide?.id}|${address}|${slides.length}`, live);

  // Keys: arrows, Page Up/Down (clickers), Home/End, T, A, F.
  const actRef = useRef(deck.act);
  actRef.current = deck.act;
  // Attached as the live deck first renders, so a key pressed as soon as it shows is not lost.
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    if (!live) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      // Buttons and links keep Enter and Space for themselves.
      if (target?.closest('button, a') && (e.key === 'Enter' || e.key === ' ')) return;
      const action = actionForKey(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      actRef.current(action);
    };
    document.addEventListener('keydown', onKey);
    setReady(true);
    return () => document.removeEventListener('keydown', onKey);
  }, [live]);

  // Tap the sides of the slide, or swipe, to move.
  const down = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent) => {
    down.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const from = down.current;
    down.current = null;
    if (!from || (e.target as HTMLElement).closest('button, a, input, label, svg')) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    deck.act(actionForSwipe(e.clientX - from.x, e.clientY - from.y) ?? actionForTap(e.clientX - rect.left, rect.width));
  };

  const go = (action: DeckAction) => deck.act(action);
  const timerFor = (i: number) =>
    mode === 'projector' && i === deck.index && slide?.timerMinutes ? (
      <TimerBlock
        timer={deck.timer}
        armed={deck.armed}
        live={live}
        onToggle={() => go('timer')}
        onAdd={() => go('add-minute')}
        onReset={deck.resetTimer}
      />
    ) : undefined;

  const slideList = slides.map((s, i) => (
    <SlideView
      key={s.id}
      slide={s}
      index={i}
      total={slides.length}
      current={i === deck.index}
      live={live}
      address={address}
      timer={timerFor(i)}
    />
  ));

  const stageEl = (
    <div class="stage" data-surface ref={stage} onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
      {slideList}
    </div>
  );

  if (mode === 'presenter') {
    return (
      <div
        class={`deck deck-presenter${live ? ' is-live' : ''}`}
        data-deck={deckId}
        data-ready={ready ? mode : undefined}
      >
        <section class="presenter-current" aria-label="Current slide">
          {stageEl}
        </section>
        <TimeWatch timer={deck.timer} armed={deck.armed} sound={deck.sound} live={live} />
        <PresenterPanel
          data={data}
          plan={plan}
          slides={slides}
          deck={deck}
          live={live}
          onGo={go}
          projectorHref={href(`/workshop/${data.formatId}/${data.session}/present/`)}
        >
          {children}
        </PresenterPanel>
      </div>
    );
  }
  return (
    <div
      class={`deck deck-projector${live ? ' is-live' : ''}`}
      data-deck={deckId}
      data-ready={ready ? mode : undefined}
    >
      {stageEl}
      <TimeWatch timer={deck.timer} armed={deck.armed} sound={deck.sound} live={live} />
      <DeckBar
        index={deck.index}
        total={slides.length}
        sound={deck.sound}
        live={live}
        onGo={go}
        onSound={deck.setSound}
        runOfShow={href(`/workshop/${data.formatId}/`)}
      >
        {children}
      </DeckBar>
    </div>
  );
}
