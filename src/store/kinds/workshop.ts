import { agendaStateSchema, deckStateSchema, migrateAgendaV1, roomStateSchema } from '../../schemas/workshop-state';
import { defineKind } from './define';

/** Workshop mode's records, kept in a facilitator's browser (see `src/schemas/workshop-state.ts`). */

/** The facilitator's own agendas (runs of show), by workshop format id. Version 2; v1 records are upgraded. */
export const agendaKind = defineKind('agenda', {
  label: 'Workshop runs of show',
  schema: agendaStateSchema,
  upgrades: [migrateAgendaV1],
});

/** Projector positions and timers, by `<formatId>-<session>`. */
export const deckKind = defineKind('deck', { label: 'Workshop slides and timers', schema: deckStateSchema });

/** The room profile's accepted share codes (one record, id "current"). */
export const roomKind = defineKind('room', { label: 'Workshop room profile', schema: roomStateSchema });
