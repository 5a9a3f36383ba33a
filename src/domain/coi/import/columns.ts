import type { DraftField } from './draft';

/** Column targets of the CSV mapping step (kept apart from the parser so the page loads it only when needed). */

/** What a column can be mapped to. */
export type ColumnTarget = DraftField | 'firstName' | 'lastName' | 'tags' | 'ignore';

/** Choices of the mapping step, in order, with their labels. */
export const COLUMN_TARGETS: [ColumnTarget, string][] = [
  ['ignore', 'Leave out'],
  ['name', 'Full name'],
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['organization', 'Organization'],
  ['role', 'Role or job title'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['profileUrl', 'Profile URL'],
  ['reach', 'How they reach your market'],
  ['howMet', 'How you met'],
  ['notes', 'Notes'],
  ['tags', 'Tags'],
  ['lastContact', 'Last contact date'],
];
