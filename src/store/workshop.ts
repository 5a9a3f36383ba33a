import type * as z from 'zod/mini';
import { agendaStateSchema, agendaStateV1Schema, deckStateSchema, roomStateSchema } from '../schemas/workshop-state';
import { track, vault } from './app';
import { createCollection } from './collection';
import type { RecordKind } from './kinds';

/**
 * Agenda v1 → v2: start times move into each session, edited minutes into each segment's
 * edit. Anything that is not a v1 agenda is passed on unchanged, so the v2 schema refuses
 * it and the record is set aside rather than guessed at.
 */
export function migrateAgendaV1(data: unknown): unknown {
  const v1 = agendaStateV1Schema.safeParse(data);
  if (!v1.success) return data;
  const sessions: Record<string, { start: string }> = {};
  for (const [n, start] of Object.entries(v1.data.starts)) sessions[n] = { start: start.padStart(5, '0') };
  const edits: Record<string, { minutes: number }> = {};
  for (const [id, minutes] of Object.entries(v1.data.minutes)) edits[id] = { minutes };
  return { sessions, edits, own: {} };
}

/** The facilitator's own agendas (runs of show), by workshop format id. */
export const agendaKind: RecordKind<z.infer<typeof agendaStateSchema>> = {
  label: 'Workshop runs of show',
  prefix: 'rf:agenda:',
  version: 2,
  schema: agendaStateSchema,
  migrations: { 1: migrateAgendaV1 },
};

/** Projector positions and timers, by `<formatId>-<session>`. */
export const deckKind: RecordKind<z.infer<typeof deckStateSchema>> = {
  label: 'Workshop slides and timers',
  prefix: 'rf:deck:',
  version: 1,
  schema: deckStateSchema,
  migrations: {},
};

/** The room profile's accepted share codes (one record, id "current"). */
export const roomKind: RecordKind<z.infer<typeof roomStateSchema>> = {
  label: 'Workshop room profile',
  prefix: 'rf:room:',
  version: 1,
  schema: roomStateSchema,
  migrations: {},
};

/** Lazily created collections, so pages that do not use them do not read them. */
let agendas: ReturnType<typeof createCollection<z.infer<typeof agendaStateSchema>>> | undefined;
let decks: ReturnType<typeof createCollection<z.infer<typeof deckStateSchema>>> | undefined;
let rooms: ReturnType<typeof createCollection<z.infer<typeof roomStateSchema>>> | undefined;

/** The runs of show collection. */
export function agendaStore() {
  agendas ??= track(createCollection(vault, agendaKind));
  return agendas;
}

/** The projector decks collection. */
export function deckStore() {
  decks ??= track(createCollection(vault, deckKind));
  return decks;
}

/** The room profile collection. */
export function roomStore() {
  rooms ??= track(createCollection(vault, roomKind));
  return rooms;
}
