import type { Contact } from '../schemas/contact';
import type { Plan } from '../schemas/planner';
import { type IsoDate, plural } from './dates';
import { buildCalendar, type CalendarEvent, datedFileName } from './ical';
import { RUNG_LABELS } from './planner/ladder';
import { KIND_LABELS, sideOf } from './planner/ledger';

/**
 * The reader's plans as one calendar file: the lunches planned in the COI worksheet and the
 * gives (or asks) planned in the giving-first planner, from today on, each an all-day event
 * with a reminder. Only what the reader planned goes in: a core COI without a planned lunch
 * gets none (the worksheet suggests one; the file never invents it). Loaded only when the
 * reader downloads it.
 */

/** The reminder of a planned lunch: 9:00 the day before (15 hours before the day starts), to confirm time and place. */
export const LUNCH_ALARM_MINUTES = -15 * 60;
/** The reminder of a planned give: 9:00 on the day. */
export const GIVE_ALARM_MINUTES = 9 * 60;

/** Events for the lunches planned with core COIs on `today` or later. */
export function lunchEvents(people: readonly (readonly [string, Contact])[], today: IsoDate): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const [id, c] of people) {
    const date = c.coi?.plannedLunch;
    if (c.tier !== 'core' || !date || date < today) continue;
    out.push({
      uid: `coi-lunch-${id}-${date}@relationship-first`,
      date,
      summary: `Lunch with ${c.name}`,
      description: [
        c.organization ? `${c.name}, ${c.organization}.` : undefined,
        'Planned in the centers-of-influence worksheet. Use it to give, not to ask.',
        c.coi?.offer ? `One thing to offer: ${c.coi.offer}` : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
      alarm: { minutes: LUNCH_ALARM_MINUTES, text: `Lunch with ${c.name} tomorrow: confirm the time and place.` },
    });
  }
  return out;
}

/** Events for the open plans due on `today` or later: "Give: Resource shared — Ana Lopez" on the due day. */
export function planEvents(
  plans: Readonly<Record<string, Plan | undefined>>,
  nameOf: (contactId: string) => string | undefined,
  today: IsoDate,
): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const [id, plan] of Object.entries(plans)) {
    const name = plan && nameOf(plan.contactId);
    if (!plan || plan.done || plan.due < today || name === undefined) continue;
    const summary = `${sideOf(plan.kind)}: ${KIND_LABELS[plan.kind]} — ${name}`;
    out.push({
      uid: `${id}@relationship-first`,
      date: plan.due,
      summary,
      description: [
        plan.note,
        plan.channel ? `Channel: ${RUNG_LABELS[plan.channel]}` : '',
        'Planned in the giving-first planner.',
      ]
        .filter(Boolean)
        .join('\n'),
      alarm: { minutes: GIVE_ALARM_MINUTES, text: `Today: ${summary}` },
    });
  }
  return out;
}

/** What a plans calendar holds and leaves out. */
export interface PlansCalendar {
  fileName: string;
  text: string;
  /** Planned lunches in the file. */
  lunches: number;
  /** Planned gives (and asks) in the file. */
  gives: number;
  /** Open plans and planned lunches whose day has passed, left out. */
  past: number;
}

/** The calendar file of everything planned from `today` on, made at `now`. */
export function plansCalendarFile(
  contacts: Readonly<Record<string, Contact | undefined>>,
  plans: Readonly<Record<string, Plan | undefined>>,
  today: IsoDate,
  now: Date,
): PlansCalendar {
  const people = Object.entries(contacts).filter((e): e is [string, Contact] => e[1] !== undefined);
  const lunches = lunchEvents(people, today);
  const gives = planEvents(plans, (id) => contacts[id]?.name, today);
  let past = 0;
  for (const [, c] of people) if (c.tier === 'core' && c.coi?.plannedLunch && c.coi.plannedLunch < today) past++;
  for (const p of Object.values(plans)) if (p && !p.done && p.due < today && contacts[p.contactId]) past++;
  const events = [...lunches, ...gives].sort(
    (a, b) => a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary),
  );
  return {
    fileName: datedFileName('relationship-first-plans', today, 'ics'),
    text: buildCalendar({ name: 'Planned lunches and gives', product: 'Relationship First' }, events, now),
    lunches: lunches.length,
    gives: gives.length,
    past,
  };
}

/** What the page says after a download: what the file holds, and what it left out and why. */
export function describePlansCalendar(file: PlansCalendar): string {
  const parts = [
    file.lunches ? plural(file.lunches, 'planned lunch', 'planned lunches') : '',
    file.gives ? plural(file.gives, 'planned give', 'planned gives') : '',
  ].filter(Boolean);
  const held = parts.length ? `${parts.join(' and ')}, each with a reminder` : 'nothing yet';
  const past = file.past
    ? ` ${plural(file.past, 'plan')} whose day has passed ${file.past === 1 ? 'is' : 'are'} left out: do ${file.past === 1 ? 'it' : 'them'} or plan a new day.`
    : '';
  return `Saved as ${file.fileName}: ${held}. Open the file to add them to your calendar; download it again after you change a plan.${past}`;
}

/** Why there is nothing to download yet, or null when there is. */
export function nothingPlannedMessage(file: PlansCalendar): string | null {
  if (file.lunches + file.gives > 0) return null;
  return `Nothing is planned from today on${file.past ? ` (${plural(file.past, 'plan')} ${file.past === 1 ? 'is' : 'are'} past ${file.past === 1 ? 'its' : 'their'} day)` : ''}. Plan a lunch with a core COI in the worksheet, or a give in the planner, then download the file.`;
}
