import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareCode,
  encodeShareCode,
  SHARE_ALPHABET,
  type SharedScores,
  scoresFromText,
} from '../../src/domain/share-code';
import { DIMENSION_IDS, type DimensionId } from '../../src/schemas/constants';

const scoresArb = fc
  .tuple(...DIMENSION_IDS.map(() => fc.integer({ min: 0, max: 100 })))
  .map((values) => Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, values[i]])) as SharedScores);

const sample: SharedScores = {
  'giving-first': 35,
  interest: 63,
  depth: 38,
  channels: 55,
  trust: 81,
  coi: 55,
  'long-term': 44,
  'in-touch': 31,
};

/** The error of a code that must be refused. */
function refusal(code: string): string {
  const r = decodeShareCode(code);
  if (r.ok) throw new Error(`expected ${code} to be refused`);
  return r.error;
}

describe('share code: encode and decode', () => {
  it('round-trips every possible set of scores', () => {
    fc.assert(
      fc.property(scoresArb, (scores) => {
        const code = encodeShareCode(scores);
        expect(code).toMatch(/^RF1-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(decodeShareCode(code)).toEqual({ ok: true, version: 1, scores });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the habits in chart order and the extremes exact', () => {
    const zeros = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])) as SharedScores;
    const full = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 100])) as SharedScores;
    expect(encodeShareCode(zeros)).toBe('RF1-0000-0000-0000');
    expect(decodeShareCode(encodeShareCode(full))).toEqual({ ok: true, version: 1, scores: full });
    const decoded = decodeShareCode(encodeShareCode(sample));
    expect(decoded.ok && Object.keys(decoded.scores)).toEqual([...DIMENSION_IDS]);
  });

  it('gives different codes for different scores', () => {
    fc.assert(
      fc.property(scoresArb, scoresArb, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(encodeShareCode(a)).not.toBe(encodeShareCode(b));
      }),
    );
  });

  it('reads codes however they were typed: case, spaces, dashes, O, I and L', () => {
    const code = encodeShareCode(sample);
    const body = code.slice(4).replace(/-/g, '');
    const variants = [
      code.toLowerCase(),
      `  ${code.replace(/-/g, ' ')}  `,
      `RF1${body}`,
      `rf1 – ${body.slice(0, 6)} ${body.slice(6)}`,
      `RF1-${body.replace(/0/g, 'o').replace(/1/g, 'I')}`,
      `RF1-${body.replace(/1/g, 'l')}`,
    ];
    // The zero code has every symbol 0, so the O-for-0 reading is exercised for sure.
    expect(decodeShareCode('rf1-oooo-OOOO-0o0O')).toMatchObject({ ok: true });
    for (const v of variants) expect(decodeShareCode(v), v).toEqual({ ok: true, version: 1, scores: sample });
  });

  it('refuses to encode a missing or impossible score', () => {
    expect(() => encodeShareCode({ ...sample, trust: null })).toThrow(/trust/);
    expect(() => encodeShareCode({ ...sample, depth: 101 })).toThrow(RangeError);
    expect(() => encodeShareCode({ ...sample, coi: 12.5 })).toThrow(RangeError);
    expect(() => encodeShareCode({ ...sample, interest: -1 })).toThrow(RangeError);
  });
});

describe('share code: malformed codes are refused with a clear message', () => {
  const good = encodeShareCode(sample);

  it('says what is wrong for each kind of mistake', () => {
    expect(refusal('')).toMatch(/Type or paste a share code/);
    expect(refusal('   ')).toMatch(/Type or paste a share code/);
    expect(refusal('XY1-0000-0000-0000')).toMatch(/starts with “RF”.*This one starts with “XY”/);
    expect(refusal('RFX-0000-0000-0000')).toMatch(/version number/);
    expect(refusal(good.replace('RF1', 'RF2'))).toMatch(/format version 2, which this site cannot read/);
    expect(refusal(good.replace('RF1', 'RF0'))).toMatch(/format version 0/);
    expect(refusal(`${good.slice(0, -1)}U`)).toMatch(/“U” cannot appear in a share code/);
    expect(refusal(`${good.slice(0, -1)}*`)).toMatch(/“\*” cannot appear/);
    expect(refusal(good.slice(0, -2))).toMatch(
      /has 12 symbols after “RF1”; this one has 10\. Check for a missing symbol/,
    );
    expect(refusal(`${good}7`)).toMatch(/this one has 13\. Check for a doubled or extra symbol/);
  });

  it('refuses any single mistyped symbol', () => {
    fc.assert(
      fc.property(scoresArb, fc.nat(11), fc.nat(31), (scores, pos, add) => {
        const code = encodeShareCode(scores).slice(4).replace(/-/g, '');
        const old = SHARE_ALPHABET.indexOf(code[pos] ?? '0');
        const typo = SHARE_ALPHABET[(old + 1 + (add % 31)) % 32];
        const bad = `RF1${code.slice(0, pos)}${typo}${code.slice(pos + 1)}`;
        const r = decodeShareCode(bad);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses most swaps of two neighbouring symbols', () => {
    let caught = 0;
    let swaps = 0;
    fc.assert(
      fc.property(scoresArb, fc.nat(10), (scores, pos) => {
        const code = encodeShareCode(scores).slice(4).replace(/-/g, '');
        const a = code[pos] ?? '';
        const b = code[pos + 1] ?? '';
        if (a === b) return;
        swaps++;
        const bad = `RF1${code.slice(0, pos)}${b}${a}${code.slice(pos + 2)}`;
        if (!decodeShareCode(bad).ok) caught++;
      }),
      { numRuns: 2000 },
    );
    expect(caught / swaps).toBeGreaterThan(0.95);
  });

  it('explains a failed check', () => {
    const body = good.slice(4).replace(/-/g, '');
    const swapped = `RF1${body[1]}${body[0]}${body.slice(2)}`;
    expect(body[0]).not.toBe(body[1]);
    expect(refusal(swapped)).toMatch(/does not add up: a symbol was probably mistyped or two were swapped/);
  });

  it('refuses a well-checked number too large to hold scores', () => {
    // Eleven Zs is 32^11 − 1, far above 101^8; give it a matching check symbol.
    const body = 'ZZZZZZZZZZZ';
    const withCheck = [...SHARE_ALPHABET]
      .map((c) => `RF1${body}${c}`)
      .find((code) => {
        const r = decodeShareCode(code);
        return !r.ok && /valid set of scores/.test(r.error);
      });
    expect(withCheck).toBeDefined();
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = decodeShareCode(s);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(20);
      }),
    );
  });
});

describe('scores typed from paper', () => {
  const texts = (change: Partial<Record<DimensionId, string>> = {}) => ({
    ...Object.fromEntries(DIMENSION_IDS.map((d) => [d, String(sample[d])])),
    ...change,
  });

  it('accepts eight whole numbers from 0 to 100', () => {
    expect(scoresFromText(texts())).toEqual({ ok: true, scores: sample });
    expect(scoresFromText(texts({ trust: ' 100 ' }))).toEqual({ ok: true, scores: { ...sample, trust: 100 } });
  });

  it('names each score that is missing or impossible', () => {
    const r = scoresFromText(texts({ trust: '', depth: '101', coi: '4.5', interest: '-3', channels: 'abc' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['channels', 'coi', 'depth', 'interest', 'trust']);
    expect(r.errors.trust).toMatch(/Enter this score/);
    expect(r.errors.depth).toBe('“101” is not a whole number from 0 to 100.');
  });
});

describe('the documented example', () => {
  it('holds the scores the format description says it holds', () => {
    const scores = Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, [70, 55, 40, 62, 85, 30, 48, 66][i]]));
    expect(encodeShareCode(scores as SharedScores)).toBe('RF1-6PZ6-AJW0-QH4J');
  });
});
