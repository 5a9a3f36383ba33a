/** A lesson's self-check score, as the lesson page and My progress show it. */

/** How a lesson's self-check stands. */
export interface QuizScore {
  /** Questions answered. */
  answered: number;
  /** Questions answered with the best option. */
  correct: number;
  /** Questions in the self-check. */
  total: number;
}

/**
 * Scores a self-check: `key` maps each of the lesson's question ids to the index of its
 * best option; answers to questions no longer in the lesson do not count.
 */
export function quizScore(
  answers: Readonly<Record<string, number>> | undefined,
  key: Readonly<Record<string, number>>,
): QuizScore {
  const ids = Object.keys(key);
  const given = ids.filter((id) => answers?.[id] !== undefined);
  return {
    answered: given.length,
    correct: given.filter((id) => answers?.[id] === key[id]).length,
    total: ids.length,
  };
}

/** The score in one short line: "4 of 4 answered · 3 correct", or "Not tried" before any answer. */
export function quizScoreLabel(s: QuizScore): string {
  if (s.answered === 0) return `Not tried (${s.total} questions)`;
  return `${s.answered} of ${s.total} answered · ${s.correct} correct`;
}

/** The sentence under a lesson's self-check: the score once every question is answered, else how far the reader is. */
export function quizScoreSentence(s: QuizScore): string {
  if (s.answered === 0) return '';
  if (s.answered < s.total)
    return `${s.answered} of ${s.total} answered so far, ${s.correct} with the best answer. Answer the rest to see your score.`;
  const all = s.correct === s.total;
  return `Your score: ${s.correct} of ${s.total} correct.${all ? ' Every answer was the best one.' : ' Open each answer to read why the best one works.'}`;
}
