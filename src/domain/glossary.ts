/** The fields of a glossary term that ordering needs. */
interface TermLike {
  term: string;
}

/** Glossary terms in alphabetical order of the term, ignoring case. */
export function sortTerms<T extends TermLike>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
