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

/** Words that open a noun phrase ("your talk on pricing"): the note becomes "I noticed your talk on pricing." */
const DETERMINERS = new Set(
  'your the a an this that these those his her their its our my some one two three all both'.split(' '),
);

/** Verbs a reader starts a note with, subject left out ("loved your post"): "I" goes in front. */
const VERBS = new Set(
  (
    'loved love liked like enjoyed enjoy saw see read noticed notice heard hear appreciated appreciate admired ' +
    'admire found find watched watch met follow followed learned learnt spotted came listened listen attended ' +
    'caught stumbled bumped was really also just thought think agree agreed remember remembered wanted want ' +
    'was glad am'
  ).split(' '),
);

/** Words that open a complete exclamation or greeting ("great talk", "congrats on the new role"), kept as written. */
const EXCLAMATIONS: Record<string, string> = {
  congrats: 'Congratulations',
  congratulations: 'Congratulations',
  thanks: 'Thanks',
  thank: 'Thank',
  great: 'Great',
  lovely: 'Lovely',
  brilliant: 'Brilliant',
  fantastic: 'Fantastic',
  excellent: 'Excellent',
  nice: 'Nice',
  wow: 'Wow',
  what: 'What',
  such: 'Such',
  well: 'Well',
  good: 'Good',
  so: 'So',
};

/** Words that, after a noun phrase's first word, show it is already a whole clause ("your talk was great"). */
const CLAUSE_VERB =
  /\s(?:is|was|are|were|has|have|had|will|would|can|could|made|makes|gave|gives|helped|helps|resonated|resonates|struck|stuck|got|really|reminded|changed|taught)\b/i;

/** Pronouns that open a clause the reader wrote whole ("I loved…", "It was…"). */
const SUBJECTS =
  /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we're|we’re|it|it's|it’s|there|there's|there’s|that's|that’s|this|he|she|they)\b/i;

/** Capitalises the first letter of a sentence, leaving the rest as written. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a sentence with a full stop unless it already ends with one, a "!", "?" or an ellipsis (before any closing quote). */
function finish(text: string): string {
  const bare = text.replace(/[\s,;:\-–—]+$/u, '').replace(/([!?])\1+$/u, '$1');
  return /[.!?…]["'”’)\]]*$/u.test(bare) ? bare : `${bare}.`;
}

/**
 * Turns whatever the reader noticed about someone into a sentence that follows "Thank you
 * for connecting.": a noun phrase gets "I noticed" in front ("your talk on pricing" → "I
 * noticed your talk on pricing."), a verb without its subject gets "I" ("loved your post"
 * → "I loved your post."), "you…" and "that…" become "I noticed you…", an "-ing" phrase
 * becomes "I noticed you are…", and a whole sentence is kept; each starts with a capital,
 * ends with one mark, and a lone "i" becomes "I". Empty text gives "".
 */
export function noticedSentence(fragment: string): string {
  const text = fragment
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:\-–—.…]+/u, '')
    .replace(/(^|\s)i(?=$|[\s,.!?;:'’])/g, '$1I');
  if (!/[\p{L}\p{N}]/u.test(text)) return '';
  const first = text.split(/[\s,.!?;:]/)[0] ?? '';
  const word = first.toLowerCase();
  const rest = text.slice(first.length);
  let sentence: string;
  if (SUBJECTS.test(text) && !(word === 'this' && !CLAUSE_VERB.test(text)) && word !== 'that') sentence = text;
  else if (word in EXCLAMATIONS) sentence = `${EXCLAMATIONS[word]}${rest}`;
  else if (DETERMINERS.has(word) || word === 'this')
    sentence = CLAUSE_VERB.test(text) ? text : `I noticed ${word}${rest}`;
  else if (word === 'you' || word === 'you’re' || word === "you're" || word === 'that')
    sentence = `I noticed ${word}${rest}`;
  else if (VERBS.has(word)) sentence = `I ${word}${rest}`;
  else if (/^\p{Ll}+ing$/u.test(first) && word.length > 4) sentence = `I noticed you are ${word}${rest}`;
  else sentence = text;
  return finish(capitalise(sentence));
}

/** Drafts the message. Plain text; the reader edits it before copying. */
export function composeMessage({ name, noticed, signOff }: MessageInput): string {
  const lines = [`Hi ${firstName(name)},`, ''];
  const note = noticedSentence(noticed ?? '');
  lines.push(`Thank you for connecting.${note ? ` ${note}` : ''}`, '');
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
