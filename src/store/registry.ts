import { actionKind, attemptKind } from './kinds/assessment';
import { contactKind } from './kinds/contacts';
import { lessonKind, metaKind, reflectionKind } from './kinds/course';
import type { RecordKind } from './kinds/define';
import { introKind, ledgerKind, listenKind, planKind } from './kinds/planner';
import { agendaKind, deckKind, roomKind } from './kinds/workshop';

/**
 * Every kind of record the site stores, for backups, import, erase and the data page.
 * Kept apart from the kinds themselves so a page that only reads lessons does not
 * download the schemas of every tool. A tool adds its kinds here.
 */

/** Every kind the site knows. */
// biome-ignore lint/suspicious/noExplicitAny: a registry of kinds with different data types
export const KINDS: RecordKind<any>[] = [
  lessonKind,
  reflectionKind,
  metaKind,
  contactKind,
  ledgerKind,
  planKind,
  introKind,
  listenKind,
  attemptKind,
  actionKind,
  agendaKind,
  deckKind,
  roomKind,
];

/** The kind a storage key belongs to, if any. */
// biome-ignore lint/suspicious/noExplicitAny: see KINDS
export function kindOfKey(key: string): RecordKind<any> | undefined {
  return KINDS.find((k) => key.startsWith(k.prefix) && key.length > k.prefix.length);
}
