import { track, vault } from './app';
import { createCollection } from './collection';
import { contactKind } from './contact-kind';
import { tierLimits } from './tier-limits';

/**
 * The one contacts collection every tool shares: the COI worksheet, the giving-first
 * planner and the introduction planner all point at these people by id.
 */
export const contacts = track(createCollection(vault, contactKind));

/** The limits of the core and potential lists over this browser's contacts. */
export const limits = tierLimits(vault, contacts);

if (typeof window !== 'undefined') {
  // Whatever changes the lists (this tab, another tab, an import), they stay within their limits.
  limits.watch();
  queueMicrotask(limits.enforce);
}

/** A new record id: time-ordered and random, safe in storage keys. */
export function newId(now = Date.now()): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${now.toString(36)}-${random}`;
}
