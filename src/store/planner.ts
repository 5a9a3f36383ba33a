import { atom } from 'nanostores';
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

let last: { inputs: unknown[]; view: PlannerView } | null = null;

/**
 * Everything the planner page shows, for the current people, entries, plans and date.
 * Computed once per change however many islands ask (islands subscribe to the four
 * stores and call this while rendering).
 */
export function plannerViewNow(): PlannerView {
  const inputs = [
    contacts.$items.get(),
    planner.ledger.$items.get(),
    planner.plans.$items.get(),
    $today.get(),
  ] as const;
  if (!last || inputs.some((x, i) => x !== last?.inputs[i])) {
    last = { inputs: [...inputs], view: plannerView(...inputs) };
  }
  return last.view;
}
