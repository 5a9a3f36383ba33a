import type { Contact } from '../../../schemas/contact';
import { fold } from '../../contact';
import { TIER_WORDS } from '../tiers';
import { DRAFT_FIELDS, type Draft, FIELD_MAX } from './draft';

/**
 * Duplicates: the one rule that decides whether two entries are the same person, used by
 * the import, by the worksheet when someone is added, and by the list of possible
 * duplicates. Two entries match when they share an email address, a profile URL, or a
 * name: compared without case, accents, punctuation or word order ("Smith, Anna" is
 * "Anna Smith"), and with the same organization, or no organization on one side. The
 * reader chooses, for each, to merge, skip or keep both.
 */

/** Why two entries were taken for the same person. */
export type MatchReason = 'email' | 'profile' | 'name' | 'name-only';

/** Sentences for each reason. */
export const REASONS: Record<MatchReason, string> = {
  email: 'same email',
  profile: 'same profile URL',
  name: 'same name and organization',
  'name-only': 'same name',
};

/** What the reader chose for a duplicate. */
export type DuplicateChoice = 'merge' | 'skip' | 'add';

/** A draft that matches someone. */
export interface Duplicate {
  /** Index of the draft. */
  index: number;
  /** Who it matches: a saved contact, or an earlier draft of the same file. */
  match: { kind: 'saved'; id: string } | { kind: 'file'; index: number };
  reason: MatchReason;
}

/** What the rule compares: a name, and where known an organization, email and profile URL. */
export type Findable = Pick<Contact, 'name' | 'organization' | 'email' | 'profileUrl'>;

/** An email address compared without case or spaces. */
export function emailKey(email: string | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e?.includes('@') ? e : null;
}

/** A profile URL compared without scheme, "www.", query, fragment, trailing slash or case. */
export function profileKey(url: string | undefined): string | null {
  const u = url?.trim().toLowerCase();
  if (!u) return null;
  const k = u
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  return k || null;
}

/** The words of a text without case, accents or punctuation. */
function words(text: string | undefined): string[] {
  return fold(text ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A person's name compared without case, accents, punctuation or word order ("Smith, Anna" is "Anna Smith"). */
export function personKey(name: string): string {
  return words(name).sort().join(' ');
}

/** An organization compared without case, accents, punctuation or extra spaces ('' when there is none). */
export function organizationKey(organization: string | undefined): string {
  return words(organization).join(' ');
}

/** A name and organization compared as the rule compares them. */
export function nameKey(name: string, organization: string | undefined): string {
  return `${personKey(name)}|${organizationKey(organization)}`;
}

type Target = { kind: 'saved'; id: string } | { kind: 'file'; index: number };

/**
 * A duplicate finder over saved people: `check` each draft of a file in order, and it says
 * whether the draft matches a saved person or an earlier draft (so a long file can be
 * checked in slices). A name matches someone with the same organization first, else
 * someone where one of the two has no organization.
 */
export function duplicateFinder(saved: readonly [string, Findable][]) {
  const byEmail = new Map<string, Target>();
  const byProfile = new Map<string, Target>();
  /** Person key → each organization seen under it (first entry wins) and its target. */
  const byName = new Map<string, Map<string, Target>>();
  /** The keys the rule compares, worked out once per entry. */
  const keysOf = (p: Findable) => ({
    email: emailKey(p.email),
    profile: profileKey(p.profileUrl),
    person: personKey(p.name),
    organization: organizationKey(p.organization),
  });
  type Keys = ReturnType<typeof keysOf>;
  const remember = (k: Keys, t: Target) => {
    if (k.email && !byEmail.has(k.email)) byEmail.set(k.email, t);
    if (k.profile && !byProfile.has(k.profile)) byProfile.set(k.profile, t);
    if (!k.person) return;
    const orgs = byName.get(k.person) ?? new Map<string, Target>();
    byName.set(k.person, orgs);
    if (!orgs.has(k.organization)) orgs.set(k.organization, t);
  };
  const byNameOf = (k: Keys): [Target | undefined, MatchReason] => {
    const orgs = byName.get(k.person);
    if (!orgs) return [undefined, 'name'];
    const o = k.organization;
    const same = orgs.get(o);
    if (same) return [same, o ? 'name' : 'name-only'];
    // No organization on one side: the name alone decides.
    return [o ? orgs.get('') : orgs.values().next().value, 'name-only'];
  };
  for (const [id, c] of saved) remember(keysOf(c), { kind: 'saved', id });
  return {
    /** The duplicate a draft (at `index` in its file) is, or null. */
    check(d: Findable, index: number): Duplicate | null {
      const k = keysOf(d);
      const email = k.email ? byEmail.get(k.email) : undefined;
      const profile = !email && k.profile ? byProfile.get(k.profile) : undefined;
      const found: [Target | undefined, MatchReason] = email
        ? [email, 'email']
        : profile
          ? [profile, 'profile']
          : byNameOf(k);
      if (found[0]) {
        remember(k, found[0]);
        return { index, match: found[0], reason: found[1] };
      }
      remember(k, { kind: 'file', index });
      return null;
    },
  };
}

/**
 * The saved person someone about to be added looks like, why, and a sentence asking the
 * reader whether to merge them or keep both; null when nobody matches.
 */
export function lookalikeOf(
  saved: readonly [string, Contact][],
  typed: { name: string; organization: string },
  words: { where: string; ask: string } = { where: 'on your worksheet', ask: 'Merge them into one, or keep both?' },
): { id: string; reason: MatchReason; message: string } | null {
  const found = duplicateFinder(saved).check(typed.organization ? typed : { name: typed.name }, 0);
  if (found?.match.kind !== 'saved') return null;
  const { id } = found.match;
  const twin = saved.find(([x]) => x === id)?.[1];
  if (!twin) return null;
  const org = twin.organization ? ` (${twin.organization})` : '';
  return {
    id,
    reason: found.reason,
    message: `${typed.name} may already be ${words.where}: ${twin.name}${org} is ${TIER_WORDS[twin.tier].one} (${REASONS[found.reason]}). ${words.ask}`,
  };
}

/** A saved person with what was typed for a new person they match merged in (empty fields filled), and a sentence saying so. */
export function mergeTyped(
  saved: Contact,
  typed: { name: string; organization: string },
): { contact: Contact; message: string } {
  const org = typed.organization;
  const contact = mergeInto(saved, {
    source: 'typed',
    name: saved.name,
    tags: [],
    ...(org ? { organization: org } : {}),
  });
  const filled =
    contact.organization !== saved.organization ? ` Their organization is now ${contact.organization}.` : '';
  return { contact, message: `Merged: ${typed.name} is ${saved.name}, ${TIER_WORDS[saved.tier].one}.${filled}` };
}

/** Two saved people who look like one, and why. */
export interface DuplicatePair {
  /** The one saved first (kept in the finder's order). */
  a: string;
  /** The one that matches it. */
  b: string;
  reason: MatchReason;
}

/**
 * Saved people who look like the same person, by the same rule as imports, in pairs (a
 * third look-alike pairs with the first). Pairs the reader marked as different people
 * (`notSameAs` on either) are left out.
 */
export function possibleDuplicates(saved: readonly [string, Contact][]): DuplicatePair[] {
  const finder = duplicateFinder([]);
  const out: DuplicatePair[] = [];
  saved.forEach(([id, c], i) => {
    const d = finder.check(c, i);
    if (d?.match.kind !== 'file') return;
    const [a, other] = saved[d.match.index] ?? [];
    if (!a || !other || c.notSameAs?.includes(a) || other.notSameAs?.includes(id)) return;
    out.push({ a, b: id, reason: d.reason });
  });
  return out;
}

/** Finds the drafts that match a saved contact or an earlier draft. */
export function findDuplicates(drafts: readonly Draft[], saved: readonly [string, Contact][]): Duplicate[] {
  const finder = duplicateFinder(saved);
  return drafts.flatMap((d, index) => finder.check(d, index) ?? []);
}

/** A saved person with an imported entry merged in: empty fields filled, tags joined, new notes added below. */
export function mergeInto(base: Contact, incoming: Draft): Contact {
  const out: Contact = { ...base };
  for (const f of DRAFT_FIELDS) {
    if (f === 'name' || f === 'notes') continue;
    if (!out[f] && incoming[f]) out[f] = incoming[f];
  }
  if (incoming.notes && !(base.notes ?? '').includes(incoming.notes))
    out.notes = (base.notes ? `${base.notes}\n\n${incoming.notes}` : incoming.notes).slice(0, FIELD_MAX.notes);
  const tags = [...base.tags];
  for (const t of incoming.tags)
    if (tags.length < 30 && !tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
  out.tags = tags;
  return out;
}

/** A new contact in triage from a draft. */
export function draftToContact(d: Draft, createdAt: number): Contact {
  const { source: _source, shortened: _shortened, ...fields } = d;
  return { ...fields, tier: 'triage', createdAt };
}

/** What an import will write, and what undo needs. */
export interface ImportPlan {
  /** Records to save, by id. */
  entries: [string, Contact][];
  /** Ids of people added. */
  added: string[];
  /** People merged: their record before and after. */
  merged: { id: string; before: Contact; after: Contact }[];
  /** Duplicates skipped. */
  skipped: number;
}

/** Plans an import: new people land in triage; duplicates are merged, skipped or added as chosen. */
export function planImport(
  drafts: readonly Draft[],
  duplicates: readonly Duplicate[],
  choice: (d: Duplicate) => DuplicateChoice,
  saved: ReadonlyMap<string, Contact>,
  now: number,
  newId: (i: number) => string,
): ImportPlan {
  const dupOf = new Map(duplicates.map((d) => [d.index, d]));
  const records = new Map<string, Contact>();
  const draftId = new Map<number, string>();
  const merged = new Map<string, Contact>();
  const added: string[] = [];
  let skipped = 0;
  const add = (i: number, d: Draft) => {
    const id = newId(i);
    draftId.set(i, id);
    added.push(id);
    records.set(id, draftToContact(d, now));
  };
  drafts.forEach((d, i) => {
    const dup = dupOf.get(i);
    const c = dup ? choice(dup) : 'add';
    if (c === 'skip') {
      skipped++;
      return;
    }
    const id =
      dup && c === 'merge' ? (dup.match.kind === 'saved' ? dup.match.id : draftId.get(dup.match.index)) : undefined;
    const base = id ? (records.get(id) ?? saved.get(id)) : undefined;
    if (!id || !base) {
      add(i, d);
      return;
    }
    if (dup?.match.kind === 'saved' && !merged.has(id)) merged.set(id, base);
    records.set(id, mergeInto(base, d));
  });
  return {
    entries: [...records],
    added,
    merged: [...merged].map(([id, before]) => ({ id, before, after: records.get(id) as Contact })),
    skipped,
  };
}

/** Deep equality of JSON-like values, whatever the order of object keys. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * What undoing an import does now: people it added are removed unless they were changed
 * since; merged people get back the values the merge gave them, unless changed since.
 */
export function planUndo(
  plan: ImportPlan,
  current: ReadonlyMap<string, Contact>,
): { remove: string[]; restore: [string, Contact][]; kept: number } {
  const written = new Map(plan.entries);
  const remove: string[] = [];
  let kept = 0;
  for (const id of plan.added) {
    const now = current.get(id);
    if (!now) continue;
    if (same(now, written.get(id))) remove.push(id);
    else kept++;
  }
  const restore: [string, Contact][] = [];
  for (const { id, before, after } of plan.merged) {
    const now = current.get(id);
    if (!now) continue;
    const back: Contact = { ...now };
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Contact>;
    let changed = false;
    for (const k of keys) {
      if (k === 'tier' || k === 'coi' || k === 'planner') continue;
      if (!same(before[k], after[k]) && same(now[k], after[k])) {
        if (before[k] === undefined) delete back[k];
        else (back as Record<string, unknown>)[k] = before[k];
        changed = true;
      }
    }
    if (changed) restore.push([id, back]);
  }
  return { remove, restore, kept };
}
