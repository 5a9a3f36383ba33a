import { collection } from './app';
import { agendaKind, deckKind, roomKind } from './kinds/workshop';

/** Workshop mode's stored data in this browser: only the workshop's pages load this module. */

/** The facilitator's runs of show, by workshop format id. */
export const agendas = collection(agendaKind);
/** Projector decks (slide and timer), by `<formatId>-<session>`. */
export const decks = collection(deckKind);
/** The room profile (one record, id "current"). */
export const rooms = collection(roomKind);
