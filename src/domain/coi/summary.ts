import type { Contact } from '../../schemas/contact';
import { type IsoDate, plural } from '../dates';
import { overdueCount } from './lunches';
import { CORE_MAX, POTENTIAL_MAX, tierCounts } from './tiers';

/** The worksheet's line on the My progress page: "3 of 12 core · 41 of 100 potential · 1 lunch overdue". */
export function coiProgressLine(people: Iterable<Contact | undefined>, today: IsoDate): string {
  const list = [...people];
  const counts = tierCounts(list);
  const overdue = overdueCount(list, today);
  const lunches = overdue === 0 ? 'no lunches overdue' : `${plural(overdue, 'lunch', 'lunches')} overdue`;
  return `${counts.core} of ${CORE_MAX} core · ${counts.potential} of ${POTENTIAL_MAX} potential · ${lunches}`;
}
