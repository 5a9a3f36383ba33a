import { INTRO_STEPS, type Intro, type IntroStep, WHY_MAX } from '../../schemas/planner';

/**
 * Double opt-in introductions (module 7) as a small state machine:
 * idea → asked the first person → asked the second → introduced → followed up.
 * Moving one step forward or back is always allowed. Jumping ahead over steps is refused
 * unless the reader confirms, and the answer names the steps being passed over. Reaching
 * "introduced" records a give in both people's ledgers; going back before it removes them.
 */

/** A step as a phrase inside a sentence ("asked Ana Lopez"): lower case, names as written. */
export function stepPhrase(step: IntroStep, a: string, b: string): string {
  switch (step) {
    case 'idea':
      return 'idea noted';
    case 'asked-first':
      return `asked ${a}`;
    case 'asked-second':
      return `asked ${b}`;
    case 'introduced':
      return 'introduced';
    case 'followed-up':
      return 'followed up';
  }
}

/** The label of a step, with the two people's names ("Asked Ana Lopez"). */
export function stepLabel(step: IntroStep, a: string, b: string): string {
  const p = stepPhrase(step, a, b);
  return p.charAt(0).toUpperCase() + p.slice(1);
}

/** The step's position, 0 (idea) to 4 (followed up). */
export const stepIndex = (s: IntroStep): number => INTRO_STEPS.indexOf(s);

/** The step after, or null at the end. */
export const nextStep = (s: IntroStep): IntroStep | null => INTRO_STEPS[stepIndex(s) + 1] ?? null;

/** The step before, or null at the start. */
export const previousStep = (s: IntroStep): IntroStep | null => INTRO_STEPS[stepIndex(s) - 1] ?? null;

/** Whether an introduction at this step has been made (so both ledgers hold a give). */
export const isMade = (s: IntroStep): boolean => stepIndex(s) >= stepIndex('introduced');

/** What moving an introduction gives back. */
export type MoveResult =
  | {
      ok: true;
      intro: Intro;
      /** Steps passed over on the way (empty for a single step). */
      skipped: IntroStep[];
      /** add: record a give in both ledgers; remove: take those gives out; null: neither. */
      ledger: 'add' | 'remove' | null;
    }
  | { ok: false; skipped: IntroStep[]; message: string };

/** Moves an introduction to step `to` on `date`. Skipping steps needs `confirmSkip`. */
export function moveIntro(
  intro: Intro,
  to: IntroStep,
  date: string,
  names: { a: string; b: string },
  confirmSkip = false,
): MoveResult {
  const from = stepIndex(intro.step);
  const target = stepIndex(to);
  const skipped = INTRO_STEPS.slice(from + 1, target) as IntroStep[];
  if (intro.declined && target > from)
    return {
      ok: false,
      skipped: [],
      message: 'This introduction is not going ahead. Reopen it first.',
    };
  if (skipped.length > 0 && !confirmSkip) {
    const list = skipped.map((s) => stepPhrase(s, names.a, names.b)).join(', then ');
    const optIn = skipped.some((s) => s === 'asked-first' || s === 'asked-second')
      ? ' Asking each person first means nobody is put on the spot.'
      : '';
    return {
      ok: false,
      skipped,
      message: `Moving straight to “${stepPhrase(to, names.a, names.b)}” passes over: ${list}.${optIn} Confirm if that is what happened.`,
    };
  }
  const reached: Intro['reached'] = {};
  for (const s of INTRO_STEPS) {
    const d = intro.reached[s];
    if (d && stepIndex(s) <= Math.min(from, target)) reached[s] = d;
  }
  if (target > from || !reached[to]) reached[to] = target > from ? date : (intro.reached[to] ?? date);
  const made = isMade(intro.step);
  const willBeMade = isMade(to);
  return {
    ok: true,
    intro: { ...intro, step: to, reached },
    skipped,
    ledger: !made && willBeMade ? 'add' : made && !willBeMade ? 'remove' : null,
  };
}

/** Checks a new introduction; returns a sentence saying what to fix, or null. */
export function checkNewIntro(
  a: string,
  b: string,
  why: string,
  existing: Iterable<Intro>,
  names: Readonly<Record<string, string>>,
): string | null {
  if (!a || !b) return 'Choose both people you want to introduce.';
  if (a === b) return 'Choose two different people.';
  if (!names[a] || !names[b]) return 'One of those people is no longer in your list. Choose again.';
  if (why.length > WHY_MAX) return `Keep the reason to ${WHY_MAX} characters.`;
  for (const i of existing) {
    const same = (i.a === a && i.b === b) || (i.a === b && i.b === a);
    if (same && !i.declined && i.step !== 'followed-up')
      return `You already have an open introduction between ${names[a]} and ${names[b]}. Move that one on instead.`;
  }
  return null;
}

/** A new introduction idea. */
export function newIntro(a: string, b: string, why: string, today: string, now: number): Intro {
  return { a, b, why, step: 'idea', reached: { idea: today }, createdAt: now };
}
