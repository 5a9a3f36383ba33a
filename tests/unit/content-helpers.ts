import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Repository root. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** One lesson file read straight from disk: its id, raw frontmatter and MDX body. */
export interface LessonFile {
  id: string;
  file: string;
  frontmatter: unknown;
  body: string;
}

/** Reads every `content/lessons/*.mdx` file in file-name order. */
export function readLessonFiles(): LessonFile[] {
  const dir = join(ROOT, 'content/lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${f}: no frontmatter block`);
      return { id: f.replace(/\.mdx$/, ''), file: f, frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
    });
}

/** Verbs that start an objective: things a learner can be seen doing. */
export const OBSERVABLE_VERBS = new Set([
  'apply',
  'ask',
  'build',
  'calculate',
  'check',
  'choose',
  'classify',
  'compare',
  'contrast',
  'decide',
  'define',
  'describe',
  'design',
  'distinguish',
  'draft',
  'estimate',
  'evaluate',
  'explain',
  'find',
  'give',
  'identify',
  'introduce',
  'judge',
  'list',
  'make',
  'map',
  'match',
  'move',
  'name',
  'offer',
  'pick',
  'place',
  'plan',
  'predict',
  'prepare',
  'rank',
  'recognise',
  'recognize',
  'record',
  'reply',
  'review',
  'rewrite',
  'run',
  'schedule',
  'score',
  'send',
  'set',
  'sort',
  'spot',
  'start',
  'state',
  'summarise',
  'summarize',
  'tell',
  'track',
  'triage',
  'turn',
  'use',
  'weigh',
  'write',
]);

/** Verbs that name a state of mind, not something anyone can watch a learner do. */
export const VAGUE_VERBS = new Set(['understand', 'know', 'learn', 'see', 'appreciate']);

/** Why an objective does not start with an observable verb, or null when it does. */
export function objectiveVerbProblem(objective: string): string | null {
  const first = (objective.trim().split(/\s+/)[0] ?? '').replace(/[^A-Za-z]/g, '').toLowerCase();
  if (VAGUE_VERBS.has(first)) return `"${objective}" starts with "${first}", which nobody can see a learner do`;
  if (!OBSERVABLE_VERBS.has(first))
    return `"${objective}" starts with "${first}"; start with an observable verb such as apply, plan, choose, write, sort, compare or explain`;
  return null;
}

/** A self-check question as the option-length check needs it. */
interface QuestionOptions {
  options: readonly { text: string; correct: boolean }[];
}

/** Whether the right option is the longest (by characters; a tie for longest counts), which gives the answer away. */
export function rightOptionIsLongest(q: QuestionOptions): boolean {
  const right = q.options.find((o) => o.correct);
  if (!right) return false;
  return q.options.every((o) => o.correct || o.text.trim().length <= right.text.trim().length);
}
