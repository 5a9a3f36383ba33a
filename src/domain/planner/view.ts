import type { Contact } from '../../schemas/contact';
import type { LedgerEntry, Plan } from '../../schemas/planner';
import { byName, fold, inPlanner } from '../contact';
import { plural } from '../dates';
import { type DueStatus, dueStatus, factsByPerson } from '../touch';
import { type Slipping, slippingList } from './keep-in-touch';
import { type LadderSuggestion, ladderSuggestion, sortSuggestions } from './ladder';
import { type Account, accounts, EMPTY_ACCOUNT, isAsk, isGive } from './ledger';
import { type WeekPlan, weekPlan } from './plan';
import { weekStart, weekTest } from './weeks';

/**
 * Everything the planner page shows, computed in one pass from the stored records, so
 * islands only render. With 300 people and 5,000 entries this stays in the low
 * milliseconds (see `npm run bench:planner`).
 */

/** Whether a name matches a search, ignoring case and accents ("jose" finds "José"). */
export function matchesName(name: string, query: string): boolean {
  return fold(name).includes(fold(query.trim()));
}

/** One relationship as the page shows it. */
export interface Person {
  id: string;
  contact: Contact;
  account: Account;
  /** When they were last in touch and when they are due (the rule every tool shares). */
  status: DueStatus;
  suggestion: LadderSuggestion | null;
  /** Open plans for this person. */
  openPlans: number;
}

/** The planner's whole view. */
export interface PlannerView {
  today: string;
  /** Relationships in the planner, by name. */
  people: Person[];
  /** Same, by id. */
  byId: Map<string, Person>;
  /** Contacts not in the planner yet (they can be added), by name. */
  others: { id: string; name: string }[];
  /** Every saved person's name by id, in the planner or not (an introduction may name either). */
  names: Map<string, string>;
  /** Who is slipping, worst first. */
  slipping: Slipping[];
  /** Stalled relationships and their suggested step up. */
  stalled: LadderSuggestion[];
  /** Plans sorted for this week. */
  week: WeekPlan;
  /** Gives logged this week (Monday to Sunday). */
  givesThisWeek: number;
  /** Gives and asks logged in all. */
  gives: number;
  asks: number;
}

/** Computes the planner's view for `today`. */
export function plannerView(
  contacts: Readonly<Record<string, Contact | undefined>>,
  ledger: Readonly<Record<string, LedgerEntry | undefined>>,
  plans: Readonly<Record<string, Plan | undefined>>,
  today: string,
): PlannerView {
  const accs = accounts(ledger);
  const facts = factsByPerson(ledger, plans, today);
  const thisWeek = weekTest(weekStart(today));
  let givesThisWeek = 0;
  let gives = 0;
  let asks = 0;
  for (const e of Object.values(ledger)) {
    if (!e || !contacts[e.contactId]) continue;
    if (isGive(e.kind)) {
      gives++;
      if (thisWeek(e.date)) givesThisWeek++;
    } else if (isAsk(e.kind)) asks++;
  }
  const openPlans = new Map<string, number>();
  for (const p of Object.values(plans))
    if (p && !p.done) openPlans.set(p.contactId, (openPlans.get(p.contactId) ?? 0) + 1);

  const people: Person[] = [];
  const others: { id: string; name: string }[] = [];
  for (const [id, contact] of Object.entries(contacts)) {
    if (!contact) continue;
    if (!inPlanner(contact)) {
      others.push({ id, name: contact.name });
      continue;
    }
    const account = accs.get(id) ?? EMPTY_ACCOUNT;
    const status = dueStatus(contact, facts.get(id), today);
    const entries = account.ids.map((e) => ledger[e]).filter((e): e is LedgerEntry => !!e);
    people.push({
      id,
      contact,
      account,
      status,
      suggestion: ladderSuggestion(id, contact, entries, status, today),
      openPlans: openPlans.get(id) ?? 0,
    });
  }
  people.sort((x, y) => byName(x.contact.name, y.contact.name) || (x.id < y.id ? -1 : 1));
  others.sort((x, y) => byName(x.name, y.name));
  const livePlans: Record<string, Plan> = {};
  for (const [id, p] of Object.entries(plans)) if (p && contacts[p.contactId]) livePlans[id] = p;

  return {
    today,
    people,
    byId: new Map(people.map((p) => [p.id, p])),
    others,
    names: new Map([
      ...people.map((p): [string, string] => [p.id, p.contact.name]),
      ...others.map((o): [string, string] => [o.id, o.name]),
    ]),
    slipping: slippingList(people.map((p) => [p.id, p.status])),
    stalled: sortSuggestions(people.flatMap((p) => (p.suggestion ? [p.suggestion] : []))),
    week: weekPlan(livePlans, today),
    givesThisWeek,
    gives,
    asks,
  };
}

/** A person's name as an introduction shows it; "someone removed" once nobody by that id is saved. */
export function nameIn(view: Pick<PlannerView, 'names'>, id: string): string {
  return view.names.get(id) ?? 'someone removed';
}

/** The planner's line on the My progress page. */
export function plannerSummary(
  v: Pick<PlannerView, 'people' | 'givesThisWeek' | 'gives' | 'asks' | 'stalled'>,
): string {
  if (v.people.length === 0 && v.gives === 0 && v.asks === 0) return 'No gives planned yet';
  return [
    `${plural(v.givesThisWeek, 'give')} this week`,
    `${plural(v.gives, 'give')} to ${plural(v.asks, 'ask')} in all`,
    `${v.stalled.length} stalled`,
  ].join(' · ');
}
