import type * as z from 'zod/mini';
import { introSchema, ledgerEntrySchema, listenWeekSchema, planSchema } from '../schemas/planner';
import type { RecordKind } from './kinds';

/** Giving-first planner: one give, ask or touch in a relationship's ledger. Id: `newId()`. */
export const ledgerKind: RecordKind<z.infer<typeof ledgerEntrySchema>> = {
  label: 'Planner ledger entries',
  prefix: 'rf:ledger:',
  version: 1,
  schema: ledgerEntrySchema,
  migrations: {},
};

/** Giving-first planner: one planned give or ask. Id: `newId()`. */
export const planKind: RecordKind<z.infer<typeof planSchema>> = {
  label: 'Planned gives',
  prefix: 'rf:plan:',
  version: 1,
  schema: planSchema,
  migrations: {},
};

/** Giving-first planner: one introduction between two people. Id: `newId()`. */
export const introKind: RecordKind<z.infer<typeof introSchema>> = {
  label: 'Introductions',
  prefix: 'rf:intro:',
  version: 1,
  schema: introSchema,
  migrations: {},
};

/** Giving-first planner: the listening routine's ticks for one ISO week. Id: `YYYY-Www`. */
export const listenKind: RecordKind<z.infer<typeof listenWeekSchema>> = {
  label: 'Listening routine',
  prefix: 'rf:listen:',
  version: 1,
  schema: listenWeekSchema,
  migrations: {},
};
