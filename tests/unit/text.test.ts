import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fleschKincaidGrade,
  mdxToPlainText,
  paragraphs,
  readingMinutes,
  sentenceRhythm,
  sentences,
  syllables,
} from '../../src/domain/text';
import { wordCount } from '../../src/schemas/words';

describe('mdxToPlainText', () => {
  it('drops frontmatter, imports, tags and Markdown syntax but keeps the words', () => {
    const mdx = [
      '---',
      'title: "Not counted"',
      '---',
      "import X from './x.astro';",
      '## A heading',
      'Some **bold** and _soft_ text with a [link](/glossary/#deposit).',
      '- a list item',
      '> a quote',
      '<Aside>inside</Aside>',
    ].join('\n');
    const text = mdxToPlainText(mdx);
    expect(text).not.toMatch(/title|import|\*|\[|\]|\(|<|>|#/);
    expect(text).toContain('A heading');
    expect(text).toContain('Some bold and soft text with a link.');
    expect(text).toContain('a list item');
    expect(text).toContain('inside');
  });
});

describe('word counts and reading time', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(wordCount("You don't need a face-to-face meeting, 12 times.")).toBe(8);
  });

  it('rounds reading time to whole minutes at 200 words a minute, never below 1', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(100))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('word '.repeat(1100))).toBe(6);
    expect(readingMinutes('word '.repeat(400), 100)).toBe(4);
  });

  it('never returns less than one minute or a fraction', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const m = readingMinutes(s);
        return Number.isInteger(m) && m >= 1;
      }),
    );
  });
});

describe('reading level', () => {
  it('counts syllables of common words', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('table')).toBe(2);
    expect(syllables('relationship')).toBe(4);
    expect(syllables('influence')).toBe(3);
    expect(syllables('made')).toBe(1);
  });

  it('splits sentences on end punctuation and line breaks', () => {
    expect(sentences('One. Two? Three!\nFour')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });

  it('rates simple prose lower than dense prose', () => {
    const simple = 'You meet a friend. You help her. She helps you later. That is how trust grows.';
    const dense =
      'Organizational relationship management necessitates comprehensive understanding of interpersonal communication methodologies, institutional accountability considerations, and longitudinal reciprocity expectations.';
    expect(fleschKincaidGrade(simple)).toBeLessThan(4);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });
});

describe('paragraphs', () => {
  it('starts a paragraph at each line break and drops blank lines and outer spaces', () => {
    expect(paragraphs('First part.\n\n  Second part. \r\nThird.')).toEqual(['First part.', 'Second part.', 'Third.']);
  });

  it('keeps a one-line text whole and gives nothing for blank text', () => {
    expect(paragraphs('Just one line, with a comma.')).toEqual(['Just one line, with a comma.']);
    expect(paragraphs(' \n \n')).toEqual([]);
  });
});

describe('sentenceRhythm', () => {
  it('counts sentences of seven words or fewer as short and gives the mean length', () => {
    const text =
      'Short and sweet. This one has exactly eight words in it. One more sentence here with nine words in total.';
    expect(sentenceRhythm(text)).toEqual({ sentences: 3, short: 1, shortShare: 1 / 3, meanWords: (3 + 8 + 9) / 3 });
  });

  it('counts a heading or a list item as a sentence of its own', () => {
    const r = sentenceRhythm(
      mdxToPlainText('## A heading\n\nA paragraph that runs on for a good long while.\n\n- an item'),
    );
    expect(r.sentences).toBe(3);
    expect(r.short).toBe(2);
  });

  it('gives zeros for a text with no words', () => {
    expect(sentenceRhythm('')).toEqual({ sentences: 0, short: 0, shortShare: 0, meanWords: 0 });
  });
});
