import { actionForKey, actionForSwipe, actionForTap, type DeckAction, moveTo } from '../domain/deck';
import { addMinute, formatRemaining, isDone, newTimer, remaining, type TimerState, toggle } from '../domain/timer';
import type { DeckState } from '../schemas/workshop-state';
import { namespace } from '../store/app';
import { deckStore } from '../store/workshop';

/**
 * Drives the projector and presenter views: moves between slides, runs the exercise
 * timer from the clock, and keeps every open window of the same deck in step (a
 * BroadcastChannel for instant updates; the saved deck state for reloads and for windows
 * opened later).
 */

const root = document.querySelector<HTMLElement>('[data-deck]');

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
    // No audio here: the visual cue still shows.
  }
}

if (root) {
  const deckId = root.dataset.deck ?? 'deck';
  const mode = root.dataset.mode ?? 'projector';
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const store = deckStore();
  // Named in this copy's storage namespace: another copy's deck on the same origin is not this one.
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`${namespace}rf-deck-${deckId}`) : null;
  let state: DeckState = store.get(deckId) ?? { slide: 0, sound: false };
  let rang = false;

  const timerFor = (index: number): TimerState | null => {
    const minutes = Number(slides[index]?.dataset.timer);
    if (!minutes) return null;
    const t = state.timer;
    return t && t.slide === index ? t : newTimer(minutes);
  };

  const render = () => {
    const index = moveTo(state.slide, null, slides.length);
    slides.forEach((s, i) => {
      const current = i === index;
      s.classList.toggle('is-current', current);
      s.hidden = !current;
    });
    for (const el of document.querySelectorAll<HTMLElement>('[data-counter]'))
      el.textContent = `${index + 1} / ${slides.length}`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-notes]'))
      el.hidden = el.dataset.notes !== String(index);
    const next = slides[index + 1];
    for (const el of document.querySelectorAll<HTMLElement>('[data-next-title]')) {
      el.textContent = next ? (next.querySelector('.slide-heading')?.textContent ?? '') : 'End of the deck';
    }
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-sound]')) box.checked = state.sound;
    tick();
  };

  /** Updates every timer display from the clock; runs the end cue once. */
  const tick = () => {
    const now = Date.now();
    const index = moveTo(state.slide, null, slides.length);
    const t = timerFor(index);
    const slide = slides[index];
    for (const display of document.querySelectorAll<HTMLElement>('[data-timer-display]')) {
      const own = display.closest('[data-slide]');
      if (own && own !== slide) continue;
      display.textContent = t ? formatRemaining(remaining(t, now)) : 'No timer';
      display.classList.toggle('is-empty', !t);
    }
    const done = !!t?.running && isDone(t, now);
    const up = t !== null && isDone(t, now) && state.timer?.slide === index;
    document.body.classList.toggle('time-up', up);
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-timer-toggle]')) {
      b.textContent = t?.running && !isDone(t, now) ? 'Pause timer (T)' : 'Start timer (T)';
      b.disabled = !t;
    }
    for (const s of document.querySelectorAll<HTMLElement>('[data-timer-status]'))
      s.textContent = up ? 'Time is up.' : '';
    if (done && !rang) {
      rang = true;
      if (state.sound) beep();
    }
    if (!done) rang = false;
  };

  /** Applies a new state here, saves it, and tells the other windows. */
  const commit = (next: DeckState) => {
    state = next;
    store.set(deckId, state);
    channel?.postMessage(state);
    render();
  };

  const act = (action: DeckAction) => {
    const index = moveTo(state.slide, null, slides.length);
    const now = Date.now();
    switch (action) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last': {
        const target = moveTo(index, action, slides.length);
        if (target !== index) commit({ ...state, slide: target });
        break;
      }
      case 'timer': {
        const t = timerFor(index);
        if (t)
          commit({
            ...state,
            timer: { ...toggle(isDone(t, now) ? newTimer(t.durationMs / 60_000) : t, now), slide: index },
          });
        break;
      }
      case 'add-minute': {
        const t = timerFor(index);
        if (t) commit({ ...state, timer: { ...addMinute(t, now), slide: index } });
        break;
      }
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        break;
      default:
        break;
    }
  };

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    // Buttons keep Enter and Space for themselves.
    if (target?.closest('button, a') && (e.key === 'Enter' || e.key === ' ')) return;
    const action = actionForKey(e.key, e.shiftKey);
    if (!action) return;
    e.preventDefault();
    act(action);
  });

  // Touch and mouse on the slide area: tap sides to move, swipe to move.
  const surface = root.querySelector<HTMLElement>('[data-surface]') ?? root;
  let down: { x: number; y: number } | null = null;
  surface.addEventListener('pointerdown', (e) => {
    down = { x: e.clientX, y: e.clientY };
  });
  surface.addEventListener('pointerup', (e) => {
    if (!down || (e.target as HTMLElement).closest('button, a, input, label')) return;
    const swipe = actionForSwipe(e.clientX - down.x, e.clientY - down.y);
    const rect = surface.getBoundingClientRect();
    act(swipe ?? actionForTap(e.clientX - rect.left, rect.width));
    down = null;
  });

  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-timer-toggle]'))
    b.addEventListener('click', () => act('timer'));
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-timer-add]'))
    b.addEventListener('click', () => act('add-minute'));
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-timer-reset]')) {
    b.addEventListener('click', () => {
      const { timer: _drop, ...rest } = state;
      commit(rest);
    });
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-go]')) {
    b.addEventListener('click', () => act(b.dataset.go as DeckAction));
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-fullscreen]'))
    b.addEventListener('click', () => act('fullscreen'));
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-sound]')) {
    box.addEventListener('change', () => commit({ ...state, sound: box.checked }));
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-open-projector]')) {
    b.addEventListener('click', () => window.open(b.dataset.openProjector, `rf-projector-${deckId}`));
  }

  // Another window of this deck moved: follow it (without echoing back).
  if (channel) {
    channel.onmessage = (e: MessageEvent<DeckState>) => {
      if (e.data && typeof e.data.slide === 'number') {
        state = e.data;
        render();
      }
    };
  }
  store.$items.listen((items) => {
    const saved = items[deckId];
    if (saved && JSON.stringify(saved) !== JSON.stringify(state)) {
      state = saved;
      render();
    }
  });

  root.classList.add('is-live');
  render();
  setInterval(tick, 250);
  // Modes differ only in layout; both share the keyboard and the timer.
  root.dataset.ready = mode;
}
