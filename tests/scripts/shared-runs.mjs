// Finds runs of words that a text shares with the source texts, so the course stays in
// its own words. Pure functions; tests/scripts/originality.mjs runs them over content/
// and src/, and tests/unit/originality.test.ts checks them.

/**
 * Words of a text as the checks compare them: lower case, apostrophes dropped, anything
 * that is not a letter or digit splits words (the same rule as the shared checker).
 * @param {string} s
 * @returns {string[]}
 */
export function comparableWords(s) {
  return s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * Every run of `n` consecutive words in the sources, each mapped to the name of the first
 * source it occurs in, leaving out runs that lie wholly inside an exempt passage.
 * @param {{ name: string, text: string }[]} sources
 * @param {number} n
 * @param {string[]} [exempt] passages a lesson may share word for word
 * @returns {Map<string, string>}
 */
export function sourceRuns(sources, n, exempt = []) {
  const allowed = new Set();
  for (const passage of exempt) {
    const w = comparableWords(passage);
    for (let i = 0; i + n <= w.length; i++) allowed.add(w.slice(i, i + n).join(' '));
  }
  const runs = new Map();
  for (const { name, text } of sources) {
    const w = comparableWords(text);
    for (let i = 0; i + n <= w.length; i++) {
      const run = w.slice(i, i + n).join(' ');
      if (!allowed.has(run) && !runs.has(run)) runs.set(run, name);
    }
  }
  return runs;
}

/**
 * The stretches of `text` that share `n` or more consecutive words with the sources,
 * longest first within each place (overlapping runs are reported once).
 * @param {string} text
 * @param {Map<string, string>} runs from `sourceRuns` with the same `n`
 * @param {number} n
 * @returns {{ words: number, source: string, text: string }[]}
 */
export function sharedRuns(text, runs, n) {
  const w = comparableWords(text);
  const found = [];
  let lastEnd = -1;
  for (let i = 0; i + n <= w.length; i++) {
    const source = runs.get(w.slice(i, i + n).join(' '));
    if (!source) continue;
    let end = i + n;
    while (end < w.length && runs.has(w.slice(end - n + 1, end + 1).join(' '))) end++;
    if (i >= lastEnd) found.push({ words: end - i, source, text: w.slice(i, end).join(' ') });
    lastEnd = end;
  }
  return found;
}
