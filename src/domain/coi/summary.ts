import type { Contact } from '../../schemas/contact';
import { plural } from '../dates';
import type { DueStatus } from '../touch';
import { overdueCount } from './lunches';
import { CORE_MAX, POTENTIAL_MAX, tierCounts } from './tiers';

/** The worksheet's line on the My progress page: "3 of 12 core · 41 of 100 potential · 1 lunch overdue". */
export function coiProgressLine(
  people: Readonly<Record<string, Contact | undefined>>,
  due: ReadonlyMap<string, DueStatus>,
): string {
  const counts = tierCounts(Object.values(people));
  const overdue = overdueCount(Object.entries(people), due);
  const lunches = overdue === 0 ? 'no lunches overdue' : `${plural(overdue, 'lunch', 'lunches')} overdue`;
  return `${counts.core} of ${CORE_MAX} core · ${counts.potential} of ${POTENTIAL_MAX} potential · ${lunches}`;
}
