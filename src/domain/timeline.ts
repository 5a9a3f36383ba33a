import type { Contact } from '../schemas/contact';
import type { LedgerEntry, Plan } from '../schemas/planner';
import { type IsoDate, localDate } from './dates';
import { RUNG_LABELS } from './planner/ladder';
import { KIND_LABELS, sideOf } from './planner/ledger';
import { type TouchKind, touchKindOf } from './touch';

/**
 * One timeline per person, across the tools: the lunches held and planned in the COI
 * worksheet, the gives, asks and touches in the planner's ledger (with their notes), the
 * open plans, the "last contact" date noted on the person, and the day they were added.
 * Newest first, so what is coming up and what happened last are at the top.
 */

/** What a line of the timeline is. */
export type TimelineKind = TouchKind | 'planned' | 'added';

/** One line of a person's timeline. */
export interface TimelineItem {
  /** Stable key for lists. */
  key: string;
  /** The day. */
  date: IsoDate;
  /** What it is. */
  kind: TimelineKind;
  /** What it was, in a few words: "Lunch", "Give: Resource shared", "Planned give: Gift". */
  title: string;
  /** The note written with it, if any. */
  note?: string;
  /** Which tool it was recorded in. */
  tool: 'worksheet' | 'planner' | 'contacts';
  /** For plans and planned lunches: the day has not come yet (upcoming), or it has passed (overdue). */
  when?: 'upcoming' | 'today' | 'overdue';
  /** When it was logged (ms), to order lines of one day. */
  at: number;
}

const planWhen = (date: IsoDate, today: IsoDate): TimelineItem['when'] =>
  date > today ? 'upcoming' : date === today ? 'today' : 'overdue';

/** A person's timeline on `today`, newest first. */
export function personTimeline(
  id: string,
  c: Contact,
  ledger: Readonly<Record<string, LedgerEntry | undefined>>,
  plans: Readonly<Record<string, Plan | undefined>>,
  today: IsoDate,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const date of c.coi?.lunches ?? [])
    items.push({ key: `lunch-${date}`, date, kind: 'lunch', title: 'Lunch', tool: 'worksheet', at: 0 });
  if (c.coi?.plannedLunch && c.tier === 'core') {
    const date = c.coi.plannedLunch;
    items.push({
      key: `planned-lunch-${date}`,
      date,
      kind: 'planned',
      title: 'Planned lunch',
      ...(c.coi.offer ? { note: `To offer: ${c.coi.offer}` } : {}),
      tool: 'worksheet',
      when: planWhen(date, today),
      at: 0,
    });
  }
  for (const [eid, e] of Object.entries(ledger)) {
    if (!e || e.contactId !== id) continue;
    const channel = e.channel ? ` · ${RUNG_LABELS[e.channel]}` : '';
    items.push({
      key: `entry-${eid}`,
      date: e.date,
      kind: touchKindOf(e.kind),
      title: `${sideOf(e.kind)}: ${KIND_LABELS[e.kind]}${channel}`,
      ...(e.note.trim() ? { note: e.note } : {}),
      tool: 'planner',
      at: e.createdAt,
    });
  }
  for (const [pid, p] of Object.entries(plans)) {
    if (!p || p.done || p.contactId !== id) continue;
    items.push({
      key: `plan-${pid}`,
      date: p.due,
      kind: 'planned',
      title: `Planned ${sideOf(p.kind).toLowerCase()}: ${KIND_LABELS[p.kind]}`,
      ...(p.note.trim() ? { note: p.note } : {}),
      tool: 'planner',
      when: planWhen(p.due, today),
      at: p.createdAt,
    });
  }
  if (c.lastContact && !items.some((i) => i.date === c.lastContact && i.kind !== 'planned'))
    items.push({
      key: `contact-${c.lastContact}`,
      date: c.lastContact,
      kind: 'contact',
      title: 'Last contact noted',
      tool: 'contacts',
      at: 0,
    });
  const added = localDate(c.createdAt);
  items.push({ key: 'added', date: added, kind: 'added', title: 'Added to your contacts', tool: 'contacts', at: -1 });
  return items.sort(
    (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || b.at - a.at || a.key.localeCompare(b.key),
  );
}
