/**
 * The undo of an erase lasts for this browser tab's session: the erased values are kept in
 * memory and, when allowed, in sessionStorage so a reload of the data page can still undo.
 */
import { BASE } from '../domain/paths';
import { storageNamespace } from './namespace';

/** Session storage key, in this copy's namespace: an undo never restores another copy's data. */
const KEY = `${storageNamespace(BASE)}rf:erased-snapshot`;
let memory: [string, string][] | null = null;

/** Keeps what an erase removed. */
export function keepErased(snapshot: [string, string][]) {
  memory = snapshot;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(snapshot));
  } catch {
    // Too big or blocked: the in-memory copy still allows undo on this page.
  }
}

/** What the last erase in this session removed, if it can still be undone. */
export function erasedSnapshot(): [string, string][] | null {
  if (memory) return memory;
  try {
    const raw = sessionStorage.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (
      Array.isArray(value) &&
      value.every((e) => Array.isArray(e) && e.length === 2 && e.every((x) => typeof x === 'string'))
    ) {
      return value as [string, string][];
    }
  } catch {
    // unreadable: nothing to undo
  }
  return null;
}

/** Forgets the erased values (after undo, or when new data replaces them). */
export function forgetErased() {
  memory = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing to forget
  }
}
