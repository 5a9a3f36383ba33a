import { collection, vault } from './app';
import { contactKind } from './kinds/contacts';
import { tierLimits } from './tier-limits';

/**
 * The one contacts collection every tool shares: the COI worksheet, the giving-first
 * planner and the introduction planner all point at these people by id.
 */
export const contacts = collection(contactKind);

/** The limits of the core and potential lists over this browser's contacts. */
export const limits = tierLimits(vault, contacts);

if (typeof window !== 'undefined') {
  // Whatever changes the lists (this tab, another tab, an import), they stay within their limits.
  limits.watch();
  // A large list read in slices is checked when it is all read (the watch above hears it).
  if (contacts.$loaded.get()) queueMicrotask(limits.enforce);
}
