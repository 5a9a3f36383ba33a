import { computed } from 'nanostores';
import { dueThisWeek } from '../domain/due-this-week';
import { contacts } from './contacts';
import { $due } from './due';
import { plans } from './ledger';
import { $today } from './today';

/** What is due this week across the tools (My progress), by everyone's due status in `$due`. */
export const $dueThisWeek = computed([contacts.$items, $due, plans.$items, $today], (people, due, planned, today) =>
  dueThisWeek(people, due, planned, today),
);
