/**
 * How the site counts words: the lesson schema's limits on a model answer and the reading
 * measures of `src/domain/text.ts` use the same count. No zod here, so either side can use it.
 */

/** The words of a text (letters, digits, apostrophes and inner hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Number of words in a plain text. */
export function wordCount(text: string): number {
  return words(text).length;
}
