import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fleschKincaidGrade,
  mdxToPlainText,
  readingMinutes,
  sentences,
  syllables,
  wordCount,
} from '../../src/domain/text';

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
