import { computed } from 'nanostores';
import { withTier } from '../domain/coi/tiers';
import { checkName } from '../domain/contact';
import { addDays } from '../domain/dates';
import type { DeletedPeople, RecordCounts } from '../domain/person-records';
import { moveIntro as moveIntroStep, newIntro } from '../domain/planner/intros';
import { isHigher, LADDER_PAUSE_DAYS, withRung } from '../domain/planner/ladder';
import { isAsk } from '../domain/planner/ledger';
import { GIVING_ROLES, listeningStreak, routineItems, tickWeek, weekProgress } from '../domain/planner/listening';
import { completedPlan, entryFromPlan, reopenedPlan } from '../domain/planner/plan';
import { plannerView } from '../domain/planner/view';
import { isoWeekId } from '../domain/planner/weeks';
import type { Contact, ListenRole, Rung, Tier } from '../schemas/contact';
import type { EntryKind, Intro, IntroStep, LedgerEntry, ListenWeek, Plan } from '../schemas/planner';
import { track, vault } from './app';
import { type Collection, createCollection } from './collection';
import { contacts } from './contacts';
import { newId } from './ids';
import { introKind, ledgerKind, listenKind, planKind } from './kinds/planner';
import type { PlannerRecords } from './people-delete';
import { deleteLater, plannerRecords } from './planner-records';
import { tierLimits } from './tier-limits';
import { $today } from './today';
import type { Vault } from './vault';

/**
 * The giving-first planner's collections and actions over a vault and the shared contacts
 * collection. The site's is `planner`, below; tests create their own over fake storage. Every action writes whole records, one per entry, so two tabs never collide
 * unless they edit the same entry (then the later edit wins, as everywhere on the site).
 */

/** What the planner says when the browser refused to save a change. */
export const NOT_SAVED =
  'Nothing was saved: this browser refused to store the change (see the message at the top of the page for what to do).';

/** What a new relationship needs. */
export interface NewPerson {
  name: string;
  tier?: Tier;
  rung?: Rung;
  keepInTouchDays?: number;
  /** The saved person this one looks like but is not (the reader chose to keep both). */
  keepBoth?: string;
}

/** A new give, ask or touch. */
export interface NewEntry {
  date: string;
  kind: EntryKind;
  note: string;
  channel?: Rung;
}

/** A new plan. */
export interface NewPlan {
  due: string;
  kind: EntryKind;
  note: string;
  channel?: Rung;
}

/** Options for tests: a clock and an id maker. */
export interface PlannerOptions {
  now?: () => number;
  newId: () => string;
  /** Wraps each collection (the site registers them for saving on pagehide). */
  track?: <T extends { flush(): void }>(c: T) => T;
  /** The ledger, plans and introductions to use, when they exist already (the site's, shared with other pages' stores). */
  shared?: PlannerRecords;
}

/** Creates the planner's collections and actions. */
export function createPlanner(vault: Vault, contacts: Collection<Contact>, opts: PlannerOptions) {
  const now = opts.now ?? Date.now;
  const keep = opts.track ?? (<T>(c: T) => c);
  const limits = tierLimits(vault, contacts);
  const ledger = opts.shared?.ledger ?? keep(createCollection(vault, ledgerKind));
  const plans = opts.shared?.plans ?? keep(createCollection(vault, planKind));
  const intros = opts.shared?.intros ?? keep(createCollection(vault, introKind));
  const listening = keep(createCollection(vault, listenKind));
  const deletion = deleteLater(contacts, { ledger, plans, intros });

  /** Changes a person's planner fields; false if they are gone or the save was refused. */
  const setPlannerFields = (id: string, change: (c: Contact) => NonNullable<Contact['planner']>) => {
    const c = contacts.get(id);
    if (!c) return false;
    return contacts.set(id, { ...c, planner: change(c) });
  };

  /** Moves a person up the ladder when a give or touch used a higher channel; returns the new rung if it moved. */
  const raiseRung = (e: LedgerEntry, today: string): Rung | undefined => {
    const c = contacts.get(e.contactId);
    if (!c || !e.channel || isAsk(e.kind) || !isHigher(e.channel, c.planner?.rung)) return undefined;
    const channel = e.channel;
    setPlannerFields(e.contactId, (person) => withRung(person, channel, today));
    return channel;
  };

  /** Logs an entry; a new entry the browser refused to save is taken off the screen again, never left half-done. */
  const log = (e: LedgerEntry, today: string): { id: string; saved: boolean; raised?: Rung } => {
    const id = opts.newId();
    if (!ledger.set(id, e)) {
      ledger.remove(id);
      return { id, saved: false };
    }
    return { id, saved: true, raised: raiseRung(e, today) };
  };

  return {
    ledger,
    plans,
    intros,
    listening,

    /** Adds a relationship (tier "other" unless chosen); returns its id, or a sentence saying what to fix. */
    addPerson(p: NewPerson, today: string): { ok: true; id: string } | { ok: false; message: string } {
      const named = checkName(p.name);
      if (!named.ok) return named;
      const tier = p.tier ?? 'other';
      const check = limits.check(null, 'other', tier, named.name);
      if (!check.ok && check.reason !== 'same-tier') return check;
      const id = opts.newId();
      const planner: NonNullable<Contact['planner']> = {};
      if (p.rung) {
        planner.rung = p.rung;
        planner.rungSince = today;
      }
      if (p.keepInTouchDays) planner.keepInTouchDays = p.keepInTouchDays;
      const person: Contact = {
        name: named.name,
        tier: 'other',
        tags: [],
        createdAt: now(),
        planner,
        ...(p.keepBoth ? { notSameAs: [p.keepBoth] } : {}),
      };
      if (!contacts.set(id, withTier(person, tier, now()))) return { ok: false, message: NOT_SAVED };
      return { ok: true, id };
    },

    /**
     * The saved person someone about to be added looks like (the worksheet's and the import's
     * duplicate rule), with a sentence asking whether to use them or keep both; null when
     * nobody matches. Its code loads when first needed.
     */
    async lookalike(name: string): Promise<{ id: string; message: string } | null> {
      const { lookalikeOf } = await import('../domain/coi/import/dedupe');
      return lookalikeOf(
        Object.entries(contacts.all()).flatMap(([id, c]): [string, Contact][] => (c ? [[id, c]] : [])),
        { name: name.trim(), organization: '' },
        { where: 'saved', ask: 'Use the saved one, or keep both?' },
      );
    },

    /** Brings someone already in the contacts (from the COI worksheet) into the planner. */
    addExisting(id: string): boolean {
      return setPlannerFields(id, (c) => ({ ...c.planner }));
    },

    /** Changes a person's tier (a field shared with the COI worksheet); the lists' limits apply. */
    setTier(id: string, tier: Tier): { ok: true } | { ok: false; message: string } {
      const c = contacts.get(id);
      if (!c)
        return { ok: false, message: 'That person is no longer in your planner (perhaps deleted in another tab).' };
      const check = limits.check(id, c.tier, tier, c.name);
      if (!check.ok) return check.reason === 'same-tier' ? { ok: true } : check;
      return contacts.set(id, withTier(c, tier, now())) ? { ok: true } : { ok: false, message: NOT_SAVED };
    },

    /** Places a person on the ladder (or takes them off it). */
    setRung(id: string, rung: Rung | undefined, today: string): boolean {
      return setPlannerFields(id, (c) => withRung(c, rung, today));
    },

    /** Sets a person's keep-in-touch window in days, or clears it to use the default. */
    setWindow(id: string, days: number | undefined): boolean {
      return setPlannerFields(id, (c) => {
        const p = { ...c.planner };
        if (days === undefined) delete p.keepInTouchDays;
        else p.keepInTouchDays = days;
        return p;
      });
    },

    /** Puts off ladder suggestions for a person ("not now"). */
    pauseLadder(id: string, today: string): boolean {
      return setPlannerFields(id, (c) => ({ ...c.planner, ladderPausedUntil: addDays(today, LADDER_PAUSE_DAYS) }));
    },

    /** Sets a person's roles in the listening routine. */
    setListenRoles(id: string, roles: ListenRole[]): boolean {
      return setPlannerFields(id, (c) => {
        const p = { ...c.planner };
        if (roles.length) p.listen = roles;
        else delete p.listen;
        return p;
      });
    },

    /** Logs a give, ask or touch. A give or touch on a higher channel moves the person up the ladder. */
    logEntry(contactId: string, e: NewEntry, today: string) {
      const entry: LedgerEntry = { contactId, date: e.date, kind: e.kind, note: e.note, createdAt: now() };
      if (e.channel) entry.channel = e.channel;
      return log(entry, today);
    },

    /** Deletes a ledger entry; returns it for undo. */
    removeEntry(id: string): LedgerEntry | undefined {
      const e = ledger.get(id);
      ledger.remove(id);
      return e;
    },

    /** Puts a deleted entry back. */
    restoreEntry(id: string, e: LedgerEntry): boolean {
      return ledger.set(id, e);
    },

    /** Plans a give (or an ask); returns its id and whether it was saved. */
    addPlan(contactId: string, p: NewPlan): { id: string; saved: boolean } {
      const id = opts.newId();
      const plan: Plan = { contactId, due: p.due, kind: p.kind, note: p.note, createdAt: now() };
      if (p.channel) plan.channel = p.channel;
      if (plans.set(id, plan)) return { id, saved: true };
      plans.remove(id);
      return { id, saved: false };
    },

    /** Deletes a plan (and nothing in the ledger); returns it for undo. */
    removePlan(id: string): Plan | undefined {
      const p = plans.get(id);
      plans.remove(id);
      return p;
    },

    /** Puts a deleted plan back. */
    restorePlan(id: string, p: Plan): boolean {
      return plans.set(id, p);
    },

    /** Marks a plan done on `today`: it becomes a ledger entry. Returns the entry's id and any rung change. */
    completePlan(planId: string, today: string): { entryId: string; raised?: Rung; saved: boolean } | null {
      const plan = plans.get(planId);
      if (!plan || plan.done) return null;
      const { id, raised, saved } = log(entryFromPlan(planId, plan, today, now()), today);
      if (!saved) return { entryId: id, saved: false };
      if (plans.set(planId, completedPlan(plan, today, id))) return { entryId: id, raised, saved: true };
      ledger.remove(id);
      plans.set(planId, plan);
      return { entryId: id, saved: false };
    },

    /** Undoes "done": the plan is open again and its ledger entry is removed. */
    reopenPlan(planId: string): boolean {
      const plan = plans.get(planId);
      if (!plan?.done) return false;
      if (plan.entry) ledger.remove(plan.entry);
      return plans.set(planId, reopenedPlan(plan));
    },

    /** Notes an introduction idea; returns its id. */
    addIntro(a: string, b: string, why: string, today: string): string {
      const id = opts.newId();
      intros.set(id, newIntro(a, b, why, today, now()));
      return id;
    },

    /**
     * Moves an introduction to another step. Reaching "introduced" logs an introduction
     * give in both ledgers; going back before it removes them.
     */
    moveIntro(id: string, to: IntroStep, today: string, confirmSkip = false) {
      const intro = intros.get(id);
      if (!intro) return null;
      const name = (cid: string) => contacts.get(cid)?.name ?? 'them';
      const result = moveIntroStep(intro, to, today, { a: name(intro.a), b: name(intro.b) }, confirmSkip);
      if (!result.ok) return result;
      const next = result.intro;
      if (result.ledger === 'add') {
        const ids: string[] = [];
        for (const [who, other] of [
          [intro.a, intro.b],
          [intro.b, intro.a],
        ] as const) {
          if (!contacts.get(who)) continue;
          const entry: LedgerEntry = {
            contactId: who,
            date: today,
            kind: 'introduction',
            note: `Introduced to ${name(other)}`,
            intro: id,
            createdAt: now(),
          };
          ids.push(log(entry, today).id);
        }
        next.entries = ids;
      } else if (result.ledger === 'remove') {
        for (const e of intro.entries ?? []) ledger.remove(e);
        delete next.entries;
      }
      intros.set(id, next);
      return result;
    },

    /** Marks an introduction as not going ahead (one of them said no), or reopens it. */
    setDeclined(id: string, declined: string | undefined): boolean {
      const intro = intros.get(id);
      if (!intro) return false;
      const next = { ...intro };
      if (declined) next.declined = declined;
      else delete next.declined;
      return intros.set(id, next);
    },

    /** Deletes an introduction; gives already logged stay in the ledgers. Returns it for undo. */
    removeIntro(id: string): Intro | undefined {
      const i = intros.get(id);
      intros.remove(id);
      return i;
    },

    /** Puts a deleted introduction back. */
    restoreIntro(id: string, i: Intro): boolean {
      return intros.set(id, i);
    },

    /**
     * Ticks or unticks an item of the listening routine in a week. A tick on a reply or a
     * give-back also logs a give dated `today` (unticking removes it).
     */
    tick(week: string, list: readonly string[], key: string, on: boolean, today: string): boolean {
      const current: ListenWeek | undefined = listening.get(week);
      let entryId = '';
      const [role, contactId = ''] = key.split(/:(.*)/s) as [ListenRole, string?];
      if (on && GIVING_ROLES.includes(role) && contacts.get(contactId) && isoWeekId(today) === week) {
        const kind: EntryKind = role === 'reply' ? 'comment' : 'recognition';
        entryId = log(
          {
            contactId,
            date: today,
            kind,
            note:
              role === 'reply' ? 'Replied as part of the listening routine' : 'Gave back attention (listening routine)',
            week,
            createdAt: now(),
          },
          today,
        ).id;
      }
      if (!on) {
        const logged = current?.ticks[key];
        if (logged) ledger.remove(logged);
      }
      return listening.set(week, tickWeek(current, list, key, on, entryId));
    },

    /** Keeps this week's stored list in step when the routine changes mid-week. */
    syncWeekList(week: string, items: readonly string[]): void {
      const current = listening.get(week);
      if (current && current.list.join('\n') !== items.join('\n'))
        listening.set(week, { ...current, list: [...items] });
    },

    /** What deleting a person would also delete. */
    async dependents(id: string): Promise<RecordCounts> {
      return (await deletion()).dependents([id]);
    },

    /**
     * The question to ask before deleting a person the planner holds records for (what goes
     * with them, and that they leave the COI worksheet too); null when nothing else goes.
     */
    async deleteQuestion(id: string): Promise<string | null> {
      const question = (await deletion()).question([id]);
      const c = contacts.get(id);
      return question && c
        ? `${question} ${c.coi ? 'They also leave your COI worksheet. ' : ''}You can undo it.`
        : null;
    },

    /**
     * Deletes a person with their entries, plans and introductions (the one rule every tool
     * follows, `./people-delete.ts`); returns what was deleted, for undo, with a sentence
     * saying so (without `deleted` when the browser refused), or null if they were gone already.
     */
    async removePerson(id: string): Promise<{ deleted?: DeletedPeople; message: string } | null> {
      const d = await deletion();
      const c = contacts.get(id);
      if (!c) return null;
      const deleted = d.remove([id]);
      if (deleted.refused.length) return { message: NOT_SAVED };
      const also = d.describe(deleted.records);
      return { deleted, message: `Deleted ${c.name}${also ? ` with ${also}` : ''}.` };
    },

    /**
     * Undoes `removePerson`: the person comes back (one list lower if theirs filled up
     * meanwhile) with their records, unless saved again since; says what happened.
     */
    async restorePerson(deleted: DeletedPeople): Promise<{ ok: boolean; message: string }> {
      return (await deletion()).restoreOne(deleted);
    },
  };
}

/** The planner's API. */
export type Planner = ReturnType<typeof createPlanner>;

/** The giving-first planner over the site's vault and contacts. */
export const planner = createPlanner(vault, contacts, { newId: () => newId(), track, shared: plannerRecords });

/**
 * Everything the planner page shows, for the current people, entries, plans and date:
 * computed once per change however many islands read it.
 */
export const $plannerView = computed(
  [contacts.$items, planner.ledger.$items, planner.plans.$items, $today],
  (people, ledger, plans, today) => plannerView(people, ledger, plans, today),
);

/** This week's listening routine: the week, its items, the ticks so far, how far it has come and the streak. */
export const $listening = computed([$plannerView, planner.listening.$items], (view, weeks) => {
  const week = isoWeekId(view.today);
  const items = routineItems(view.people.map((p) => [p.id, p.contact]));
  const keys = items.map((i) => i.key);
  const current = weeks[week];
  return {
    week,
    items,
    keys,
    current,
    progress: weekProgress(keys, current),
    streak: listeningStreak(weeks, week, keys),
  };
});
