import type { BulkAction, BulkPlan } from '../domain/coi/bulk';
import type { MatchReason } from '../domain/coi/import/dedupe';
import { entriesOf } from '../domain/coi/list';
import { withLunch, withoutLunch } from '../domain/coi/lunches';
import type { CriterionKey } from '../domain/coi/scoring';
import { emptyCoi, TIER_LIMITS, TIER_WORDS, tierCounts, withTier } from '../domain/coi/tiers';
import { checkName, tidy } from '../domain/contact';
import { formatDate, type IsoDate, isCalendarDate } from '../domain/dates';
import type { DeletedPeople } from '../domain/person-records';
import { type DueStatus, dueByPerson, dueStatus, type PersonFacts } from '../domain/touch';
import type { Cadence, CoiFields, Contact, Tier } from '../schemas/contact';
import { vault } from './app';
import { type Collection, createCollection, TYPING_DELAY } from './collection';
import { contacts } from './contacts';
import { $facts } from './due';
import { newId } from './ids';
import { introKind, ledgerKind, planKind } from './kinds/planner';
import type { PlannerRecords } from './people-delete';
import { deleteLater, plannerRecords } from './planner-records';
import { tierLimits } from './tier-limits';
import { $today } from './today';
import type { Vault } from './vault';

/**
 * Actions of the centers-of-influence worksheet over the shared contacts collection. The
 * worksheet owns `contact.coi` and the tier; it also edits the common fields.
 */

/** What an action did, in a sentence for the page's status line. */
export type ActionResult = { ok: boolean; message: string };

/** Someone already saved who looks like the person being added, and why. */
export interface PossibleDuplicate {
  /** The saved person's id. */
  id: string;
  reason: MatchReason;
}

/** What a bulk action did: the batch saved (for undo), or for a move over a limit how many fit. */
export type BulkDone = ActionResult & { plan?: BulkPlan; fits?: number };

const SAVE_FAILED =
  'The change is on screen but could not be saved; see the message at the top of the page for what to do.';
const SEE_TOP = 'See the message at the top of the page for what to do.';

/** What the worksheet needs from the planner (in tests, none unless given). */
export interface CoiOptions {
  /** What the ledger and plans say about each person. */
  facts?: () => ReadonlyMap<string, PersonFacts>;
  /** The planner's records that go with a person deleted here (default: collections of their own over the vault). */
  records?: PlannerRecords;
}

/** The worksheet's actions over a vault and its contacts collection (the page's own, or a test's). */
export function createCoi(store: Vault, people: Collection<Contact>, options: CoiOptions = {}) {
  const facts = options.facts ?? (() => new Map<string, PersonFacts>());
  const deletion = deleteLater(
    people,
    options.records ?? {
      ledger: createCollection(store, ledgerKind),
      plans: createCollection(store, planKind),
      intros: createCollection(store, introKind),
    },
  );

  /** Everyone's due status today, by the rule every tool shares. */
  function dueNow(): Map<string, DueStatus> {
    return dueByPerson(people.all(), facts(), $today.get());
  }

  /** Every person, as [id, contact] pairs. */
  function allPeople(): [string, Contact][] {
    return entriesOf(people.all());
  }

  const limits = tierLimits(store, people);
  const { idsInTier } = limits;

  function countLine(tier: Tier): string {
    const n = allPeople().filter(([, c]) => c.tier === tier).length;
    const limit = TIER_LIMITS[tier];
    return limit ? ` (${n} of ${limit})` : ` (${n})`;
  }

  /**
   * Adds a person to a list; the limits of core and potential apply. `keepBoth` names the
   * saved person they look like, whom the reader said they are not (see `lookalike`).
   */
  function addPerson(
    fields: { name: string; organization?: string; tier: Tier },
    keepBoth?: string,
  ): ActionResult & { id?: string } {
    const named = checkName(fields.name);
    if (!named.ok) return named;
    const { name } = named;
    const check = limits.check(null, 'other', fields.tier, name);
    if (!check.ok && check.reason !== 'same-tier') return { ok: false, message: check.message };
    const org =
      fields.organization && tidy(fields.organization) ? checkName(fields.organization, 'Organisation names') : null;
    if (org && !org.ok) return org;
    const organization = org?.name;
    const base: Contact = {
      name,
      tags: [],
      tier: 'triage',
      createdAt: Date.now(),
      ...(organization ? { organization } : {}),
      ...(keepBoth ? { notSameAs: [keepBoth] } : {}),
    };
    const id = newId();
    const ok = people.set(id, withTier(base, fields.tier, Date.now()));
    return {
      ok,
      id,
      message: ok ? `${name} was added to ${TIER_WORDS[fields.tier].to}${countLine(fields.tier)}.` : SAVE_FAILED,
    };
  }

  /**
   * The saved person someone about to be added looks like (the import's duplicate rule), with
   * a sentence asking whether to merge or keep both; null when nobody matches. Its code
   * loads when first needed.
   */
  async function lookalike(fields: {
    name: string;
    organization?: string;
  }): Promise<(PossibleDuplicate & { message: string }) | null> {
    const { lookalikeOf } = await import('../domain/coi/import/dedupe');
    return lookalikeOf(allPeople(), { name: tidy(fields.name), organization: tidy(fields.organization ?? '') });
  }

  /** How many pairs of saved people look like one person (the merge tool lists them). */
  async function lookalikes(): Promise<number> {
    const { possibleDuplicates } = await import('../domain/coi/import/dedupe');
    return possibleDuplicates(allPeople()).length;
  }

  /** Merges what was typed for a new person into the saved one they match (empty fields filled), with its undo. */
  async function mergeTyped(
    id: string,
    fields: { name: string; organization?: string },
  ): Promise<ActionResult & { undo?: () => ActionResult }> {
    const { mergeTyped: merged } = await import('../domain/coi/import/dedupe');
    const c = people.get(id);
    if (!c)
      return { ok: false, message: 'That person is no longer on the worksheet (perhaps deleted in another tab).' };
    const m = merged(c, { name: tidy(fields.name), organization: tidy(fields.organization ?? '') });
    if (!people.set(id, m.contact)) return { ok: false, message: SAVE_FAILED };
    return {
      ok: true,
      message: m.message,
      undo: () =>
        people.set(id, c)
          ? { ok: true, message: `${c.name} is as before the merge.` }
          : { ok: false, message: SAVE_FAILED },
    };
  }

  /**
   * Moves, tags or deletes many people in one batch (one update of the lists, one batched
   * save; the planning code loads when first needed). A move over a list's limit moves nobody and says how many fit, unless `partial`:
   * then the first that fit move and the rest are named in the result. A delete takes the
   * planner's records for those people with them (one update of each of the planner's lists too).
   */
  async function bulk(ids: readonly string[], action: BulkAction, partial = false): Promise<BulkDone> {
    const { describeBulk, planBulk } = await import('../domain/coi/bulk');
    const placed = action.kind === 'move' ? idsInTier(action.to).size : 0;
    const r = planBulk(people.all(), ids, action, { now: Date.now(), placed, partial });
    if (!r.ok) return r;
    const plan = r.plan;
    const refused = new Set(plan.writes.length ? people.setMany(plan.writes) : []);
    if (refused.size) people.discardMany([...refused]);
    // A page that may not save (a newer version's data) keeps people it could not delete.
    const deleted = plan.removes.length ? (await deletion()).remove(plan.removes) : null;
    for (const id of deleted?.refused ?? []) refused.add(id);
    const done: BulkPlan = {
      ...plan,
      writes: plan.writes.filter(([id]) => !refused.has(id)),
      removes: plan.removes.filter((id) => !refused.has(id)),
      before: plan.before.filter(([id]) => !refused.has(id)),
      ...(deleted ? { records: deleted.records } : {}),
    };
    const message = describeBulk(done, tierCounts(Object.values(people.all())), refused.size);
    return { ok: !refused.size, plan: done, message };
  }

  /**
   * Undoes a bulk action: everyone it changed or deleted is put back, unless changed since;
   * after a delete, with the planner's records deleted with them.
   */
  async function undoBulk(plan: BulkPlan): Promise<ActionResult> {
    const { describeUndo, planBulkUndo } = await import('../domain/coi/bulk');
    if (plan.action.kind === 'delete') {
      const r = (await deletion()).restore({
        people: plan.before,
        // Written out rather than imported: the rule's module loads only when a delete needs it.
        records: plan.records ?? { entries: [], plans: [], intros: [] },
      });
      const ok = !r.refused.length && !r.recordsRefused;
      return { ok, message: describeUndo(r, r.refused.length, { back: r.records, refused: r.recordsRefused }) };
    }
    const undo = planBulkUndo(plan, people.all());
    const refused = undo.writes.length ? people.setMany(undo.writes) : [];
    if (refused.length) people.discardMany(refused);
    return { ok: !refused.length, message: describeUndo(undo, refused.length) };
  }

  /**
   * The question to ask before deleting these people, when the planner holds records that
   * would go with them; null when nothing else goes (then the worksheet deletes at once).
   */
  async function deleteQuestionFor(ids: readonly string[]): Promise<string | null> {
    const question = (await deletion()).question(ids, ' from the planner');
    return question && `${question} You can undo it.`;
  }

  /** Moves a person to another tier, unless that list is full (then says why and what to do). */
  function moveTo(id: string, to: Tier): ActionResult & { from?: Tier } {
    const c = people.get(id);
    if (!c)
      return { ok: false, message: 'That person is no longer on the worksheet (perhaps deleted in another tab).' };
    const check = limits.check(id, c.tier, to, c.name);
    if (!check.ok) return { ok: false, message: check.message };
    const ok = people.set(id, withTier(c, to, Date.now()));
    return {
      ok,
      from: c.tier,
      message: ok ? `${c.name} moved to ${TIER_WORDS[to].to}${countLine(to)}.` : SAVE_FAILED,
    };
  }

  function updateCoi(id: string, change: (coi: CoiFields) => CoiFields, delay = 0): boolean {
    const c = people.get(id);
    if (!c) return false;
    return people.set(id, { ...c, coi: change(c.coi ?? emptyCoi()) }, delay);
  }

  /** Scores one of the three criteria (0–3). */
  function setScore(id: string, key: CriterionKey, value: number): boolean {
    const v = Math.max(0, Math.min(3, Math.round(value)));
    return updateCoi(id, (coi) => ({ ...coi, [key]: v }));
  }

  /**
   * Sets the lunch cadence in weeks. It replaces a keep-in-touch window set in the planner,
   * so that the latest choice is the one both tools count by.
   */
  function setCadence(id: string, weeks: Cadence): boolean {
    const c = people.get(id);
    if (!c) return false;
    const { keepInTouchDays: _replaced, ...planner } = c.planner ?? {};
    return people.set(id, {
      ...c,
      coi: { ...(c.coi ?? emptyCoi()), cadenceWeeks: weeks },
      ...(c.planner ? { planner } : {}),
    });
  }

  /** Plans the next lunch on a date ('' clears the plan). */
  function planLunch(id: string, date: string): boolean {
    return updateCoi(id, (coi) => {
      const { plannedLunch: _old, ...rest } = coi;
      return isCalendarDate(date) ? { ...rest, plannedLunch: date } : rest;
    });
  }

  /** Notes the one thing to offer at the next lunch (saved after a typing pause). */
  function setOffer(id: string, text: string): boolean {
    return updateCoi(
      id,
      (coi) => {
        const { offer: _old, ...rest } = coi;
        const t = text.slice(0, 500);
        return t.trim() ? { ...rest, offer: t } : rest;
      },
      TYPING_DELAY,
    );
  }

  /** Logs a lunch held on a date (default today); also records it as the last contact when later. */
  function logLunch(id: string, date: IsoDate = $today.get()): ActionResult {
    const c = people.get(id);
    if (!c) return { ok: false, message: 'That person is no longer on the worksheet.' };
    if (!isCalendarDate(date)) return { ok: false, message: 'Pick the date the lunch took place.' };
    const coi = withLunch(c.coi ?? emptyCoi(), date);
    const lastContact = !c.lastContact || c.lastContact < date ? date : c.lastContact;
    const ok = people.set(id, { ...c, coi, lastContact });
    const next = dueStatus({ ...c, coi, lastContact }, facts().get(id), $today.get());
    return {
      ok,
      message: ok
        ? `Lunch with ${c.name} on ${formatDate(date)} logged. Next one due ${formatDate(next.due)}.`
        : SAVE_FAILED,
    };
  }

  /** Removes a logged lunch (undo of a log). */
  function removeLunch(id: string, date: IsoDate): boolean {
    return updateCoi(id, (coi) => withoutLunch(coi, date));
  }

  /** Changes common fields of a person; typed fields are saved after a pause. */
  function updatePerson(id: string, change: Partial<Contact>, delay = TYPING_DELAY): boolean {
    const c = people.get(id);
    if (!c) return false;
    const next = { ...c, ...change } as Record<string, unknown>;
    for (const k of Object.keys(change)) if (next[k] === undefined || next[k] === '') delete next[k];
    if (!String(next.name ?? '').trim()) next.name = c.name;
    return people.set(id, next as Contact, delay);
  }

  /**
   * Deletes a person with the planner's records for them (ledger entries, plans,
   * introductions); returns what undo needs.
   */
  async function deletePerson(id: string): Promise<ActionResult & { deleted?: DeletedPeople }> {
    const d = await deletion();
    const c = people.get(id);
    if (!c) return { ok: false, message: 'That person was already removed.' };
    const deleted = d.remove([id]);
    if (deleted.refused.length)
      return { ok: false, message: `${c.name} was not removed: the browser refused the change. ${SEE_TOP}` };
    const also = d.describe(deleted.records);
    return {
      ok: true,
      deleted,
      message: `${c.name} was removed from the worksheet${also ? `, with ${also} from the planner` : ''}.`,
    };
  }

  /**
   * Puts a deleted person back with their planner records, unless saved again since; if
   * their list filled up meanwhile, they go one list lower.
   */
  async function restorePerson(deleted: DeletedPeople): Promise<ActionResult> {
    return (await deletion()).restoreOne(deleted);
  }

  /** The worksheet as a CSV file (the code that writes it loads when it is asked for). */
  async function worksheetCsvFile(): Promise<{ fileName: string; text: string }> {
    const { worksheetCsvFile: file } = await import('../domain/coi/csv-export');
    return file(allPeople(), $today.get(), dueNow());
  }

  return {
    allPeople,
    addPerson,
    lookalike,
    lookalikes,
    mergeTyped,
    bulk,
    undoBulk,
    moveTo,
    setScore,
    setCadence,
    planLunch,
    setOffer,
    logLunch,
    removeLunch,
    updatePerson,
    deleteQuestionFor,
    deletePerson,
    restorePerson,
    worksheetCsvFile,
  };
}

/** The worksheet's actions over this browser's data, counting the planner's ledger and plans, and deleting its records with a person. */
export const coi = createCoi(vault, contacts, { facts: () => $facts.get(), records: plannerRecords });
