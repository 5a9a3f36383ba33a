import {
  byTierSince,
  CORE_MAX,
  checkMove,
  type LimitMove,
  type MoveCheck,
  overLimitMoves,
  POTENTIAL_MAX,
  TIER_LIMITS,
  TIER_WORDS,
  withTier,
} from '../domain/coi/tiers';
import { plural } from '../domain/dates';
import type { Contact, Tier } from '../schemas/contact';
import type { Collection } from './collection';
import { contactKind } from './kinds/contacts';
import type { Vault } from './vault';

/** How many moved people the message names before it counts the rest. */
const NAMED_MOVES = 5;

/**
 * The one rule for the limits of the core (12) and potential (100) lists, shared by every
 * path that places a person: the worksheet, the planner, imports and undo. Each move is
 * checked against what this tab sees and what storage holds this moment; and because two
 * tabs can still fill the last place at the same instant, every tab also brings the lists
 * back within their limits the moment it sees them over, in the same way (the person who
 * joined the list last moves one list down), so all tabs agree.
 */
export function tierLimits(vault: Vault, people: Collection<Contact>) {
  const entries = () => Object.entries(people.all()).filter((e): e is [string, Contact] => e[1] !== undefined);

  /** Ids in a tier, as this tab sees them and as storage holds them now (another tab may have just filled a place). */
  function idsInTier(tier: Tier): Set<string> {
    const ids = new Set(entries().flatMap(([id, c]) => (c.tier === tier ? [id] : [])));
    const limit = TIER_LIMITS[tier];
    if (limit === undefined) return ids;
    for (const id of vault.ids(contactKind)) {
      if (ids.has(id)) continue;
      const d = vault.read(contactKind, id);
      if (d.state === 'ok' && d.data.tier === tier) ids.add(id);
    }
    return ids;
  }

  /** Whether a person (an id, or null for someone new) may be placed in a tier. */
  function check(id: string | null, from: Tier, to: Tier, name: string): MoveCheck {
    const others = idsInTier(to);
    if (id) others.delete(id);
    return checkMove(from, to, others.size, name);
  }

  /** Brings the lists back within their limits; returns the moves made. */
  function enforce(): LimitMove[] {
    const moves = overLimitMoves(byTierSince(entries()));
    const made: LimitMove[] = [];
    for (const m of moves) {
      const c = people.get(m.id);
      // Every tab makes the same change (same list, same time), so their saves agree.
      if (c && people.set(m.id, withTier(c, m.to, c.tierSince ?? 0))) made.push(m);
    }
    if (made.length) {
      // A long list (a large import) names the first few and counts the rest.
      const named = made
        .slice(0, NAMED_MOVES)
        .map((m) => `${people.get(m.id)?.name ?? 'someone'} (moved to ${TIER_WORDS[m.to].list})`);
      const rest = made.length - named.length;
      const names =
        rest > 0 ? `${named.join(', ')} and ${plural(rest, 'other person', 'other people')}` : named.join(', ');
      vault.notify({
        id: 'tier-limit',
        kind: 'invalid',
        message: `Your core list holds at most ${CORE_MAX} people and your potential list at most ${POTENTIAL_MAX}. Another tab or an import filled the last places at the same moment, so the people who joined last moved one list down: ${names}. Nothing was deleted.`,
      });
    }
    return made;
  }

  /** Keeps the lists within their limits from now on, whatever changes them. */
  function watch(): () => void {
    let queued = false;
    return people.$items.listen(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        enforce();
      });
    });
  }

  return { idsInTier, check, enforce, watch };
}

/** The limits' API for one contacts collection. */
export type TierLimits = ReturnType<typeof tierLimits>;
