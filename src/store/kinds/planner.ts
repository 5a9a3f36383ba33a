import { introSchema, ledgerEntrySchema, listenWeekSchema, planSchema } from '../../schemas/planner';
import { defineKind } from './define';

/** The giving-first planner's records (see `src/schemas/planner.ts`). */

/** One give, ask or touch in a relationship's ledger. Id: `newId()`. */
export const ledgerKind = defineKind('ledger', { label: 'Planner ledger entries', schema: ledgerEntrySchema });

/** One planned give or ask. Id: `newId()`. */
export const planKind = defineKind('plan', { label: 'Planned gives', schema: planSchema });

/** One introduction between two people. Id: `newId()`. */
export const introKind = defineKind('intro', { label: 'Introductions', schema: introSchema });

/** The listening routine's ticks for one ISO week. Id: `YYYY-Www`. */
export const listenKind = defineKind('listen', { label: 'Listening routine', schema: listenWeekSchema });
