import type { Contact } from '../schemas/contact';
import { track, vault } from './app';
import { createCollection } from './collection';
import { contactKind } from './contact-kind';

/**
 * The one contacts collection every tool shares: the COI worksheet, the giving-first
 * planner and the introduction planner all point at these people by id.
 */
export const contacts = track(createCollection(vault, contactKind));

/** A new record id: time-ordered and random, safe in storage keys. */
export function newId(now = Date.now()): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${now.toString(36)}-${random}`;
}

/** Adds a person; returns their id. */
export function addContact(fields: Omit<Contact, 'createdAt'> & { createdAt?: number }): string {
  const id = newId();
  contacts.set(id, { ...fields, createdAt: fields.createdAt ?? Date.now() });
  return id;
}

/** Changes some fields of a person; false if they no longer exist or the save was refused. */
export function updateContact(id: string, change: Partial<Contact>, delay = 0): boolean {
  const current = contacts.get(id);
  if (!current) return false;
  return contacts.set(id, { ...current, ...change }, delay);
}

/** Removes a person. */
export function removeContact(id: string) {
  contacts.remove(id);
}
