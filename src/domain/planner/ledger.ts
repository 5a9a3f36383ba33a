import { ASK_KINDS, type EntryKind, GIVE_KINDS, type LedgerEntry, NOTE_MAX } from '../../schemas/planner';
import { plural } from '../dates';

/**
 * The emotional bank account of each relationship (module 2): gives are deposits, asks
 * are withdrawals, and a plain touch is neither. Every entry counts once; the planner is a
 * memory aid for giving, not a precise score.
 */

/** What each kind of entry is called on the page. */
export const KIND_LABELS: Record<EntryKind, string> = {
  introduction: 'Introduction made',
  referral: 'Referral given',
  resource: 'Resource shared',
  comment: 'Thoughtful comment or reply',
  help: 'Help or a favor',
  recognition: 'Recognition given',
  time: 'Time together',
  gift: 'Gift',
  'ask-referral': 'Asked for a referral',
  'ask-testimonial': 'Asked for a testimonial',
  'ask-introduction': 'Asked for an introduction',
  'ask-favor': 'Asked for a favor',
  'ask-sale': 'Asked for a sale',
  touch: 'Kept in touch (neither a give nor an ask)',
};

const GIVES: ReadonlySet<string> = new Set(GIVE_KINDS);
const ASKS: ReadonlySet<string> = new Set(ASK_KINDS);

/** Whether an entry kind is a give (deposit). */
export const isGive = (k: EntryKind): boolean => GIVES.has(k);
/** Whether an entry kind is an ask (withdrawal). */
export const isAsk = (k: EntryKind): boolean => ASKS.has(k);

/** "Give", "Ask" or "Touch". */
export function sideOf(k: EntryKind): 'Give' | 'Ask' | 'Touch' {
  return isGive(k) ? 'Give' : isAsk(k) ? 'Ask' : 'Touch';
}

/** One relationship's account. */
export interface Account {
  /** Gives logged. */
  gives: number;
  /** Asks logged. */
  asks: number;
  /** Touches logged (neither give nor ask). */
  touches: number;
  /** Date of the latest give. */
  lastGive?: string;
  /** Entry ids, newest first (by date, then by when they were logged). */
  ids: string[];
}

/** An empty account. */
export const EMPTY_ACCOUNT: Account = { gives: 0, asks: 0, touches: 0, ids: [] };

/** Gives minus asks. */
export const balance = (a: Account): number => a.gives - a.asks;

/** Gives per ask, or null when there are no asks yet. */
export function givesPerAsk(a: Account): number | null {
  return a.asks === 0 ? null : a.gives / a.asks;
}

/** The balance as a signed number: "+3", "0", "−2". */
export function formatBalance(a: Account): string {
  const b = balance(a);
  return b > 0 ? `+${b}` : b < 0 ? `−${-b}` : '0';
}

/** The gives-to-asks ratio in words: "5 gives to 2 asks", "3 gives, no asks yet". */
export function formatRatio(a: Account): string {
  const g = plural(a.gives, 'give');
  if (a.asks === 0) return `${g}, no asks yet`;
  return `${g} to ${plural(a.asks, 'ask')}`;
}

/** Newest first: by date, then by when logged, then by id (so the order never depends on storage). */
const newestFirst = ([ia, a]: [string, LedgerEntry], [ib, b]: [string, LedgerEntry]): number =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : b.createdAt - a.createdAt || (ia < ib ? 1 : -1);

/**
 * Every relationship's account from all ledger entries. Entries are sorted newest first
 * within each account: grouped by person first, then each person's few sorted, which is
 * far less work than sorting thousands of entries as one list.
 */
export function accounts(entries: Readonly<Record<string, LedgerEntry | undefined>>): Map<string, Account> {
  const groups = new Map<string, [string, LedgerEntry][]>();
  for (const id in entries) {
    const e = entries[id];
    if (!e) continue;
    const group = groups.get(e.contactId);
    if (group) group.push([id, e]);
    else groups.set(e.contactId, [[id, e]]);
  }
  const out = new Map<string, Account>();
  for (const [contactId, group] of groups) {
    group.sort(newestFirst);
    const acc: Account = { gives: 0, asks: 0, touches: 0, ids: [] };
    for (const [id, e] of group) {
      acc.ids.push(id);
      if (isGive(e.kind)) {
        acc.gives++;
        // Newest first: the first give met is the latest.
        acc.lastGive ??= e.date;
      } else if (isAsk(e.kind)) {
        acc.asks++;
      } else {
        acc.touches++;
      }
    }
    out.set(contactId, acc);
  }
  return out;
}

/** A gentle warning before an ask; never a block. */
export interface AskWarning {
  /** Why it appears. */
  reason: 'no-gives' | 'more-asks';
  /** What to tell the reader, in a sentence or two. */
  message: string;
}

/**
 * The give-before-you-ask rule: logging or planning an ask warns when the person has no
 * gives yet, or when this ask would bring the asks above the gives. It returns null for
 * gives and touches, and for asks from an account with enough in it.
 */
export function askWarning(kind: EntryKind, account: Account, name: string): AskWarning | null {
  if (!isAsk(kind)) return null;
  if (account.gives === 0) {
    return {
      reason: 'no-gives',
      message: `You have not logged a give to ${name} yet, and an ask from an empty account can feel like a cold call. Plan a give first?`,
    };
  }
  if (account.asks + 1 > account.gives) {
    return {
      reason: 'more-asks',
      message: `With this ask you would have asked ${name} for more (${account.asks + 1}) than you have given (${account.gives}). Plan a give first?`,
    };
  }
  return null;
}

/**
 * A note cut to the stored length (counted as the schema counts, in UTF-16 units, never
 * splitting a character in two), and how many units were cut.
 */
export function capNote(text: string, max = NOTE_MAX): { text: string; cut: number } {
  if (text.length <= max) return { text, cut: 0 };
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), cut: text.length - end };
}

/** The sentence shown when a note was cut. */
export function cutMessage(cut: number, max = NOTE_MAX): string {
  return `Notes hold up to ${max} characters, so the last ${cut} character${cut === 1 ? ' was' : 's were'} left out.`;
}

/** Ledger entries dated on or after `from` (all of them when `from` is empty), newest first. */
export function entriesSince(
  entries: Readonly<Record<string, LedgerEntry | undefined>>,
  from: string,
): [string, LedgerEntry][] {
  return Object.entries(entries)
    .filter((e): e is [string, LedgerEntry] => !!e[1] && e[1].date >= from)
    .sort(([, a], [, b]) => (a.date === b.date ? b.createdAt - a.createdAt : a.date < b.date ? 1 : -1));
}
