import { atom, computed } from 'nanostores';
import { todayIso } from '../domain/dates';
import { type PlannerView, plannerView } from '../domain/planner/view';
import { track, vault } from './app';
import { contacts, newId } from './contacts';
import { createPlanner } from './planner-actions';

/**
 * The giving-first planner over the site's vault: its collections, its actions, today's
 * date, and the computed view every planner island renders.
 */
export const planner = createPlanner(vault, contacts, { newId: () => newId(), track });

/** Today's date in the reader's time zone; refreshed when the page comes back into view. */
export const $today = atom(todayIso());

if (typeof window !== 'undefined') {
  const refresh = () => {
    const t = todayIso();
    if (t !== $today.get()) $today.set(t);
  };
  document.addEventListener('visibilitychange', refresh);
  window.addEventListener('focus', refresh);
}

/** Everything the planner page shows, recomputed when people, entries, plans or the date change. */
export const $plannerView = computed(
  [contacts.$items, planner.ledger.$items, planner.plans.$items, $today],
  (c, l, p, t): PlannerView => plannerView(c, l, p, t),
);
