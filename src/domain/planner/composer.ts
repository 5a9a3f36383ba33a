/**
 * The give-first message (module 7): a reply to a new connection built around three
 * offers, filled with the person's name, and a review that points out anything that may
 * read as an ask too early (links, sales talk, requests, requests to vouch for you).
 */

/** What the composer fills in. */
export interface MessageInput {
  /** The person's name as stored (the first word is used in the greeting). */
  name: string;
  /** Something the reader noticed about them, in their own words (optional). */
  noticed?: string;
  /** How the reader signs off (optional). */
  signOff?: string;
}

/** The first name of a full name (the first word), or "there" when there is none. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || 'there';
}

/** The three offers, in the order the module teaches them. */
export const THREE_OFFERS = [
  'If anything in my background or my work sparks your curiosity, ask me about it.',
  'If there is someone in my network you would like to meet, tell me who, and I will see whether I can introduce you.',
  'And if something from your own experience could help me, I would be glad to hear it.',
] as const;

/** Drafts the message. Plain text; the reader edits it before copying. */
export function composeMessage({ name, noticed, signOff }: MessageInput): string {
  const lines = [`Hi ${firstName(name)},`, ''];
  const note = noticed?.trim().replace(/\s+/g, ' ') ?? '';
  lines.push(`Thank you for connecting.${note ? ` ${/[.!?…]$/.test(note) ? note : `${note}.`}` : ''}`, '');
  lines.push('I would like this connection to be useful to you, so here are three open offers:', '');
  THREE_OFFERS.forEach((o, i) => {
    lines.push(`${i + 1}. ${o}`);
  });
  lines.push('', 'No need to answer quickly. I am glad we are connected.');
  const sign = signOff?.trim();
  if (sign) lines.push('', sign);
  return lines.join('\n');
}

/** Something in a draft that may read as an early ask. */
export interface Finding {
  kind: 'link' | 'sale' | 'request' | 'vouch';
  /** The words found, as written. */
  text: string;
  /** Why it may read as an ask too early. */
  why: string;
}

const WHY: Record<Finding['kind'], string> = {
  link: 'A link asks them to go and do something for you, so early on it reads as a pitch. Offer it instead, and send it if they say yes.',
  sale: 'Talk of what you sell turns a welcome into a pitch before you know whether they need it.',
  request: 'This asks them to do something for you before you have given anything. Save it for later.',
  vouch: 'Asking someone to vouch for work they have not seen is one of the largest withdrawals there is.',
};

/** Patterns, checked in order; each finds whole words, case-insensitively. */
const PATTERNS: [Finding['kind'], RegExp][] = [
  [
    'link',
    /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|biz|info|ly|me|app|shop|store)\b(?:\/[^\s<>"]*)?/gi,
  ],
  [
    'sale',
    /\b(?:buy|purchase|pricing|discount|promo(?:tion)? code|coupon|free trial|special offer|limited offer|\d+\s?% off|(?:my|our) (?:products?|services?|course|e-?book|webinar|newsletter|offer|programme|program|agency|app|platform|packages?)|(?:book|schedule) (?:a|your) (?:demo|consultation|discovery call|free call)|hire (?:me|us)|are you (?:interested in|looking for)|do you need)\b/gi,
  ],
  [
    'vouch',
    /\b(?:recommend (?:me|my|us|our)|endorse (?:me|my|us|our)|testimonial|(?:write|leave|give) (?:me |us )?an? (?:review|recommendation|rating)|vouch for (?:me|us))\b/gi,
  ],
  [
    'request',
    /\b(?:(?:could|would|can|will) you(?: please)? (?:introduce|refer|send|share|post|tweet|like|follow|sign|subscribe|call|book|connect me|put me|help me|do me|take a look|check)|please (?:buy|sign|share|post|send|introduce|refer|subscribe|visit|click|follow|like|call|book)|introduce me to|put me in touch|refer (?:me|us)|send (?:me|us) (?:referrals|clients|leads|business)|(?:click|visit) (?:here|the link|my|our)|check out (?:my|our)|(?:follow|like|share|retweet|repost) (?:me|my|us|our)|do me a favou?r|sign up)\b/gi,
  ],
];

/** What in a draft may read as an ask too early, in the order it appears; each phrase once. */
export function reviewMessage(text: string): Finding[] {
  const found: (Finding & { at: number })[] = [];
  const seen = new Set<string>();
  const taken: [number, number][] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // A phrase inside a link (or an earlier finding) is not reported twice.
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const key = `${kind}:${m[0].toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ kind, text: m[0], why: WHY[kind], at: start });
    }
  }
  return found.sort((x, y) => x.at - y.at).map(({ at: _at, ...f }) => f);
}
