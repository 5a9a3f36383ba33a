import { collection } from './app';
import { ledgerKind, planKind } from './kinds/planner';

/**
 * The giving-first planner's ledger and plans over this browser's data, on their own so that
 * the pages that only ask when someone is due (the worksheet, My progress) load these two
 * collections without the rest of the planner. The planner's store (`./planner.ts`) uses
 * these same collections.
 */

/** Every give, ask and touch logged, by id. */
export const ledger = collection(ledgerKind);
/** Every planned give or ask, by id. */
export const plans = collection(planKind);
