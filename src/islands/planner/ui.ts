import { atom } from 'nanostores';
import { href } from '../../domain/paths';
import type { Rung } from '../../schemas/contact';
import type { EntryKind } from '../../schemas/planner';

/**
 * State the planner's sections share on this page only (nothing here is saved): which
 * relationship is open, and what another section asked the plan form to start with. Each request carries a fresh `n` so asking twice for the same thing works.
 */

/** The relationship whose details are open, if any. */
export const $open = atom<{ id: string; n: number } | null>(null);

/** What the plan form should be filled with next. */
export const $planDraft = atom<{
  contactId: string;
  kind?: EntryKind;
  channel?: Rung;
  note?: string;
  n: number;
} | null>(null);

let n = 0;
/** Opens a relationship's details (and focuses them). */
export const openPerson = (id: string) => $open.set({ id, n: ++n });
/** Closes the open relationship. */
export const closePerson = () => $open.set(null);
/** Fills the plan form and moves focus to it. */
export const draftPlan = (d: { contactId: string; kind?: EntryKind; channel?: Rung; note?: string }) =>
  $planDraft.set({ ...d, n: ++n });
/** The message composer's address, for one person. */
export const messageHref = (contactId: string) => href(`/planner/message/?to=${encodeURIComponent(contactId)}`);
