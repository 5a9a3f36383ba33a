import { syllable as countSyllables } from 'syllable';
import { wordCount, words } from '../schemas/words';

/**
 * Plain-text helpers over lesson sources: turn MDX into prose, count words, estimate
 * reading time and reading level. Pure functions; no Astro imports.
 */

/** Words a typical adult reads per minute of instructional prose. */
export const WORDS_PER_MINUTE = 200;

/** Strips frontmatter, code, imports, JSX/HTML tags and Markdown syntax from MDX, leaving prose. */
export function mdxToPlainText(source: string): string {
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_~]{1,3}([^*_~\n]+)[*_~]{1,3}/g, '$1')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Whole minutes to read a plain text, never less than 1. */
export function readingMinutes(text: string, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(wordCount(text) / wpm));
}

/** Syllables in one English word (dictionary exceptions plus rules, from the `syllable` package). */
export function syllables(word: string): number {
  return countSyllables(word);
}

/** Sentences of a plain text (split on ., ! or ? and on line breaks between blocks). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n{2,}|\n(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Flesch–Kincaid grade level of a plain text (US school grade; lower is easier). */
export function fleschKincaidGrade(text: string): number {
  const ws = words(text);
  const sentenceCount = Math.max(1, sentences(text).length);
  if (ws.length === 0) return 0;
  const syllableCount = ws.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (ws.length / sentenceCount) + 11.8 * (syllableCount / ws.length) - 15.59;
}

/** Paragraphs of a short plain text: each line break starts a new one; blank lines are dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Sentences of this many words or fewer count as short in `sentenceRhythm`. */
export const SHORT_SENTENCE_WORDS = 7;

/** How a plain text's sentences run: how many, how many are short, and their mean length. */
export interface SentenceRhythm {
  /** Number of sentences (headings and list items count as one each). */
  sentences: number;
  /** Sentences of SHORT_SENTENCE_WORDS words or fewer. */
  short: number;
  /** Short sentences as a share of all sentences, 0 to 1. */
  shortShare: number;
  /** Mean number of words per sentence. */
  meanWords: number;
}

/** Measures the rhythm of a plain text with `sentences` and `words`. */
export function sentenceRhythm(text: string): SentenceRhythm {
  const lengths = sentences(text).map((s) => words(s).length);
  const n = lengths.length;
  const short = lengths.filter((l) => l <= SHORT_SENTENCE_WORDS).length;
  const total = lengths.reduce((a, b) => a + b, 0);
  return { sentences: n, short, shortShare: n ? short / n : 0, meanWords: n ? total / n : 0 };
}
