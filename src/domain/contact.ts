import { NAME_MAX } from '../schemas/constants';
import type { Contact } from '../schemas/contact';

/**
 * Rules for the fields every tool types into the shared contacts collection: one way to
 * tidy a typed name and one message when it is too long, whichever tool it was typed in,
 * and one way to compare names when searching or looking for duplicates.
 */

/** What checking a typed name found: the tidied name, or a sentence saying what to fix. */
export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** Collapses runs of white space and trims the ends. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A character beyond ASCII (text without one has nothing for `fold` to take apart). */
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * Text in lower case without accents or other marks, for matching "Zoë" with "zoe" and
 * "ﬁnn" with "finn" (compatibility forms such as ligatures and full-width letters are
 * spelled out first).
 */
export function fold(text: string): string {
  // ASCII has no accents or compatibility forms: only its case changes.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

let names: Intl.Collator | undefined;

/**
 * Orders two names as a list of people is read: accents and case aside, numbers by value
 * ("Team 2" before "Team 10"). The collator is made on first use: making one loads the
 * language's sorting rules, which is worth doing only on a page that sorts names.
 */
export function byName(a: string, b: string): number {
  names ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return names.compare(a, b);
}

/** Checks a typed name (of a person, or with `what`, of an organisation): present and not too long. Never shortens it. */
export function checkName(raw: string, what = 'Names'): NameCheck {
  const name = tidy(raw);
  if (!name) return { ok: false, message: 'Type the person’s name first.' };
  if (name.length > NAME_MAX)
    return {
      ok: false,
      message: `${what} can be up to ${NAME_MAX} characters, and this one has ${name.length}. Shorten it a little; nothing was saved.`,
    };
  return { ok: true, name };
}

/** Whether a contact belongs in the giving-first planner: added there, or a core or potential COI. */
export function inPlanner(c: Contact): boolean {
  return c.planner !== undefined || c.tier === 'core' || c.tier === 'potential';
}
