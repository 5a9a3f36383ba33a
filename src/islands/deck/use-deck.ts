import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type DeckAction, moveTo } from '../../domain/deck';
import type { Slide } from '../../domain/slides';
import { addMinute, isDone, newTimer, type TimerState, toggle } from '../../domain/timer';
import type { DeckState } from '../../schemas/workshop-state';
import { namespace } from '../../store/app';
import { decks } from '../../store/workshop';

/**
 * The deck's shared state: the current slide and its timer, saved with the deck and kept
 * in step across every window of the same deck (a BroadcastChannel for instant updates,
 * the saved record for reloads and windows opened later), and a clock that ticks while
 * the page is live.
 */

const START: DeckState = { slide: 0, sound: false };

/** Plays three short beeps; silent where audio is unavailable (the visual cue still shows). */
function beep() {
  try {
    const ctx = new AudioContext();
    for (let i = 0; i < 3; i++) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = 660;
      gain.gain.value = 0.15;
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + i * 0.4);
      osc.stop(ctx.currentTime + i * 0.4 + 0.25);
    }
  } catch {
    // No audio here.
  }
}

/** What the deck's views read and do. */
export interface DeckControls {
  /** The current slide's index. */
  index: number;
  /** The current slide's timer (null when the slide has none). */
  timer: TimerState | null;
  /** Whether the timer was started on this slide (so reaching zero means time is up). */
  armed: boolean;
  /** Whether the end-of-time sound is on. */
  sound: boolean;
  /** Carries out a deck action (move, timer, full screen). */
  act: (action: DeckAction) => void;
  /** Puts the current slide's timer back to its full length. */
  resetTimer: () => void;
  /** Turns the end-of-time sound on or off. */
  setSound: (on: boolean) => void;
  /** Moves the deck (and the current slide's running timer) to another index, when the slides were rearranged. */
  follow: (from: number, to: number) => void;
}

/** Runs the deck `deckId` over `slides`; does nothing until `live` (after hydration). */
export function useDeck(deckId: string, slides: readonly Slide[], live: boolean): DeckControls {
  const store = decks;
  const saved = useStore(store.$items)[deckId];
  const [state, setState] = useState<DeckState>(START);
  const channel = useRef<BroadcastChannel | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  // The saved state (on load, and when another window saves).
  useEffect(() => {
    if (live && saved && JSON.stringify(saved) !== JSON.stringify(stateRef.current)) setState(saved);
  }, [saved, live]);

  useEffect(() => {
    if (!live || !('BroadcastChannel' in window)) return;
    // Named in this copy's storage namespace: another copy's deck on the same origin is not this one.
    const ch = new BroadcastChannel(`${namespace}rf-deck-${deckId}`);
    ch.onmessage = (e: MessageEvent<DeckState>) => {
      if (e.data && typeof e.data.slide === 'number') setState(e.data);
    };
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [deckId, live]);

  const commit = useCallback(
    (next: DeckState) => {
      setState(next);
      store.set(deckId, next);
      channel.current?.postMessage(next);
    },
    [deckId, store],
  );

  const index = moveTo(state.slide, null, slides.length);
  const minutes = slides[index]?.timerMinutes;
  const timer: TimerState | null = minutes
    ? state.timer && state.timer.slide === index
      ? state.timer
      : newTimer(minutes)
    : null;
  const armed = timer !== null && state.timer?.slide === index;

  const act = (action: DeckAction) => {
    const at = Date.now();
    switch (action) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last': {
        const target = moveTo(index, action, slides.length);
        if (target !== index) commit({ ...state, slide: target });
        break;
      }
      case 'timer':
        if (timer)
          commit({
            ...state,
            slide: index,
            timer: { ...toggle(isDone(timer, at) ? newTimer(timer.durationMs / 60_000) : timer, at), slide: index },
          });
        break;
      case 'add-minute':
        if (timer) commit({ ...state, slide: index, timer: { ...addMinute(timer, at), slide: index } });
        break;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        break;
      default:
        break;
    }
  };

  const resetTimer = () => {
    const { timer: _drop, ...rest } = state;
    commit({ ...rest, slide: index });
  };

  const setSound = (on: boolean) => commit({ ...state, sound: on });

  const follow = (from: number, to: number) => {
    const t = state.timer;
    commit({ ...state, slide: to, ...(t ? { timer: t.slide === from ? { ...t, slide: to } : t } : {}) });
  };

  return { index, timer, armed, sound: state.sound, act, resetTimer, setSound, follow };
}

/**
 * The clock (ms), updated every `period` ms while `ticking` (a running timer four times a
 * second; the presenter's wall clock once a second). Only the parts that show time use it,
 * and nothing ticks while a timer is paused.
 */
export function useNow(ticking: boolean, period = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!ticking) return;
    const id = setInterval(() => setNow(Date.now()), period);
    return () => clearInterval(id);
  }, [ticking, period]);
  // A render for another reason (a timer just started) reads the clock afresh.
  const current = Date.now();
  return current - now > period ? current : now;
}

/**
 * Watches the current slide's timer: marks the page when time is up (the warning colour)
 * and plays the end cue once when a running timer reaches zero. Renders nothing.
 */
export function TimeWatch({
  timer,
  armed,
  sound,
  live,
}: {
  timer: TimerState | null;
  armed: boolean;
  sound: boolean;
  live: boolean;
}) {
  const now = useNow(live && !!timer?.running);
  const rang = useRef(false);
  const up = live && timer !== null && armed && isDone(timer, now);
  const done = live && !!timer?.running && isDone(timer, now);
  useEffect(() => {
    if (live) document.body.classList.toggle('time-up', up);
  }, [up, live]);
  useEffect(() => {
    if (done && !rang.current) {
      rang.current = true;
      if (sound) beep();
    }
    if (!done) rang.current = false;
  }, [done, sound]);
  return null;
}
