import { syllable as countSyllables } from 'syllable';

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

/** The words of a text (letters, digits, apostrophes and inner hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Number of words in a plain text. */
export function wordCount(text: string): number {
  return words(text).length;
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
