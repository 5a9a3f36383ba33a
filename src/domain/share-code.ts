import { DIMENSION_IDS, type DimensionId } from '../schemas/constants';
import { BASE, BODY, check, LIMIT, SHARE_ALPHABET, SHARE_CODE_VERSION, type SharedScores } from './share-code-format';

/**
 * Anonymous share codes: the public API. The format (version 1) is described in
 * `share-code-format.ts`, which also writes codes; this module reads them, with a clear
 * sentence for every way a code can be wrong. Import from here.
 */

export { encodeShareCode, SHARE_ALPHABET, SHARE_CODE_VERSION, type SharedScores } from './share-code-format';

/** What reading a code found: its scores, or a sentence saying what is wrong. */
export type DecodedShareCode = { ok: true; version: 1; scores: SharedScores } | { ok: false; error: string };

const fail = (error: string): DecodedShareCode => ({ ok: false, error });

/** Reads a share code (as typed or pasted); never throws. */
export function decodeShareCode(input: string): DecodedShareCode {
  const text = String(input)
    .toUpperCase()
    .replace(/[\s\u2010-\u2015-]+/g, '');
  if (text === '') return fail('Type or paste a share code first. It starts with RF1.');
  if (!text.startsWith('RF'))
    return fail(
      `A share code starts with “RF” and a version number, like RF1-…. This one starts with “${text.slice(0, 2)}”.`,
    );
  const version = text[2] ?? '';
  if (!/^\d$/.test(version))
    return fail('After “RF” a share code has its version number, like RF1-…. This one has no number there.');
  if (version !== String(SHARE_CODE_VERSION))
    return fail(
      `This code uses format version ${version}, which this site cannot read (it reads version ${SHARE_CODE_VERSION}). Ask whoever shared it to make a new code on this site.`,
    );
  const body = text.slice(3).replace(/O/g, '0').replace(/[IL]/g, '1');
  const bad = [...body].find((c) => !SHARE_ALPHABET.includes(c));
  if (bad !== undefined)
    return fail(
      `“${bad}” cannot appear in a share code. Codes use the digits 0 to 9 and the letters A to Z except I, L, O and U.`,
    );
  if (body.length !== BODY)
    return fail(
      `A version ${SHARE_CODE_VERSION} code has ${BODY} symbols after “RF${SHARE_CODE_VERSION}”; this one has ${body.length}. Check for a ${body.length < BODY ? 'missing' : 'doubled or extra'} symbol.`,
    );
  const values = [...body].map((c) => SHARE_ALPHABET.indexOf(c));
  const digits = values.slice(0, BODY - 1);
  if (check(digits) !== values[BODY - 1])
    return fail(
      'This code does not add up: a symbol was probably mistyped or two were swapped. Compare it with the original, symbol by symbol.',
    );
  let n = digits.reduce((acc, v) => acc * 32n + BigInt(v), 0n);
  if (n >= LIMIT) return fail('This code does not hold a valid set of scores. Check that it was made on this site.');
  const found: number[] = [];
  for (let i = 0; i < DIMENSION_IDS.length; i++) {
    found.unshift(Number(n % BASE));
    n /= BASE;
  }
  const scores = Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, found[i] ?? 0])) as SharedScores;
  return { ok: true, version: 1, scores };
}

/** Scores typed by hand (from the paper version), checked one by one. */
export type TypedScores =
  | { ok: true; scores: SharedScores }
  | { ok: false; errors: Partial<Record<DimensionId, string>> };

/** Reads eight typed scores: each must be a whole number from 0 to 100. */
export function scoresFromText(texts: Readonly<Partial<Record<DimensionId, string>>>): TypedScores {
  const errors: Partial<Record<DimensionId, string>> = {};
  const scores = {} as SharedScores;
  for (const d of DIMENSION_IDS) {
    const t = (texts[d] ?? '').trim();
    const n = Number(t);
    if (t === '') errors[d] = 'Enter this score, a whole number from 0 to 100.';
    else if (!/^\d+$/.test(t) || n > 100) errors[d] = `“${t}” is not a whole number from 0 to 100.`;
    else scores[d] = n;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, scores };
}
