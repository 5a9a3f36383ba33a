/**
 * The self-assessment: eight habits, each measured by four or five statements answered
 * from 1 to 5. Pure functions over plain data (no Astro, no storage): asking order,
 * scoring (with reverse-worded statements), what changed since an attempt was taken,
 * which habits to advise on, and the paper scoring key.
 */

import { DIMENSION_IDS, type DimensionId } from '../schemas/constants';

/** Scores by habit, 0–100, or null when the habit has no answers to score. */
export type Scores = Record<DimensionId, number | null>;

/** The answer scale, 1 to 5, with the words shown beside each number. */
export const SCALE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither agree nor disagree' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
] as const;

/** An answer on the 1–5 scale. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5;

/** Answers of one attempt: statement id → 1–5. */
export type Answers = Readonly<Record<string, number>>;

/** One statement as the scoring needs it. */
export interface StatementInfo {
  /** Stable id; saved answers point at it. */
  id: string;
  /** The habit it measures. */
  dimension: DimensionId;
  /** What the reader agrees or disagrees with. */
  text: string;
  /** Worded against the habit: agreeing lowers the score. */
  reverse: boolean;
  /** Date it stopped being asked (YYYY-MM-DD); older answers to it still count. */
  retired?: string | undefined;
}

/** One concrete 30-day action for a habit. */
export interface ActionInfo {
  /** Stable id within the habit. */
  id: string;
  /** What to do. */
  text: string;
}

/** One habit as pages and islands show it. */
export interface DimensionInfo {
  id: DimensionId;
  /** Full name. */
  label: string;
  /** Name on the chart. */
  short: string;
  /** What the habit is. */
  meaning: string;
  /** What a high score says. */
  strong: string;
  /** What a low score suggests. */
  grow: string;
  /** Two actions for the next 30 days. */
  actions: ActionInfo[];
  /** The module that teaches it. */
  module: { id: string; order: number; title: string; href: string };
}

/** Everything the assessment pages need, built from the content collections. */
export interface AssessmentData {
  /** The eight habits in DIMENSION_IDS order. */
  dimensions: DimensionInfo[];
  /** Every statement ever used, retired ones included (to score older attempts). */
  statements: StatementInfo[];
  /** Ids of the statements asked now, in asking order. */
  order: string[];
}

/**
 * Ids of the statements in use (not retired), in the order they are asked. Habits take
 * turns, one statement each; within a habit, plainly worded and reverse-worded statements
 * alternate, plainly worded first, each kind in id order. The order depends only on the
 * content, never on the order the files are read in.
 */
export function askingOrder(statements: readonly StatementInfo[]): string[] {
  const byId = (a: StatementInfo, b: StatementInfo) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byDim = DIMENSION_IDS.map((d) => {
    const active = statements.filter((s) => s.dimension === d && !s.retired).sort(byId);
    const plain = active.filter((s) => !s.reverse);
    const reverse = active.filter((s) => s.reverse);
    const mixed: StatementInfo[] = [];
    for (let i = 0; i < Math.max(plain.length, reverse.length); i++) {
      const p = plain[i];
      const r = reverse[i];
      if (p) mixed.push(p);
      if (r) mixed.push(r);
    }
    return mixed;
  });
  const rounds = Math.max(0, ...byDim.map((l) => l.length));
  const order: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const list of byDim) {
      const s = list[r];
      if (s) order.push(s.id);
    }
  }
  return order;
}

/** Points of one answer, 0 to 4: the answer minus one, turned around for reverse-worded statements. */
export function answerPoints(value: number, reverse: boolean): number {
  return reverse ? 5 - value : value - 1;
}

/**
 * Scores an attempt: for each habit, the mean points of its answered statements, as
 * 0–100 (whole numbers). Answers to retired statements count; answers to ids the site
 * no longer knows, or outside 1–5, are left out.
 */
export function scoreAnswers(statements: readonly StatementInfo[], answers: Answers): Scores {
  const scores = {} as Scores;
  for (const d of DIMENSION_IDS) {
    let points = 0;
    let n = 0;
    for (const s of statements) {
      const v = answers[s.id];
      if (s.dimension !== d || v === undefined || !Number.isInteger(v) || v < 1 || v > 5) continue;
      points += answerPoints(v, s.reverse);
      n++;
    }
    scores[d] = n === 0 ? null : Math.round((points / (4 * n)) * 100);
  }
  return scores;
}

/** The overall score: the mean of the scored habits, rounded; null when none is scored. */
export function overallScore(scores: Partial<Scores>): number | null {
  const values = DIMENSION_IDS.map((d) => scores[d]).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Where the reader is in an unfinished attempt. */
export interface DraftProgress {
  /** Statements in use that have an answer. */
  answered: number;
  /** Statements in use. */
  total: number;
  /** Index (in asking order) of the first unanswered statement, or -1 when all are answered. */
  next: number;
}

/** Progress of an attempt against the statements asked today. */
export function draftProgress(order: readonly string[], answers: Answers): DraftProgress {
  const answered = order.filter((id) => answers[id] !== undefined).length;
  return { answered, total: order.length, next: order.findIndex((id) => answers[id] === undefined) };
}

/**
 * Where to go once statement `i` is answered (with `answers` already holding that answer):
 * the next unanswered statement after it, else the first unanswered one before it, else -1
 * (every statement answered: the end). So the next answer never lands on one already given.
 */
export function nextToAnswer(order: readonly string[], answers: Answers, i: number): number {
  const open = (id: string | undefined) => id !== undefined && answers[id] === undefined;
  for (let j = i + 1; j < order.length; j++) if (open(order[j])) return j;
  for (let j = 0; j < Math.min(i, order.length); j++) if (open(order[j])) return j;
  return -1;
}

/** One habit's line in the paper scoring key. */
export interface KeyLine {
  dimension: DimensionId;
  /** Numbers (1-based, asking order) of its statements. */
  numbers: number[];
  /** The numbers of its reverse-worded statements. */
  reversed: number[];
  /** How many statements it has. */
  count: number;
  /** Score = (sum of turned-around answers − count) × multiplier. */
  multiplier: number;
}

/**
 * The paper scoring key: for each habit, which numbered statements belong to it and which
 * are turned around (6 minus the answer), and the multiplier that turns their sum into
 * 0–100. Gives the same scores as `scoreAnswers`.
 */
export function scoringKey(statements: readonly StatementInfo[], order: readonly string[]): KeyLine[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  return DIMENSION_IDS.map((d) => {
    const numbers: number[] = [];
    const reversed: number[] = [];
    order.forEach((id, i) => {
      const s = byId.get(id);
      if (s?.dimension !== d) return;
      numbers.push(i + 1);
      if (s.reverse) reversed.push(i + 1);
    });
    return {
      dimension: d,
      numbers,
      reversed,
      count: numbers.length,
      multiplier: numbers.length ? 25 / numbers.length : 0,
    };
  });
}

/** Fewest reverse-worded statements in use per habit, so agreeing with everything cannot score high. */
export const MIN_REVERSED = 2;

/** The fields of content entries the assessment is built from. */
interface Entries {
  dimensions: readonly { id: string; data: Omit<DimensionInfo, 'module'> & { module: string } }[];
  statements: readonly { id: string; data: Omit<StatementInfo, 'reverse'> & { reverse?: boolean | undefined } }[];
  lessons: readonly { id: string; data: { order: number; title: string } }[];
}

/**
 * Problems with the assessment content that shapes cannot catch: every habit present once,
 * unique ids, four or five statements in use per habit with at least MIN_REVERSED
 * reverse-worded and one plainly worded, modules that exist, two actions with unique ids.
 */
export function contentProblems({ dimensions, statements, lessons }: Entries): string[] {
  const problems: string[] = [];
  const lessonIds = new Set(lessons.map((l) => l.id));
  for (const d of DIMENSION_IDS) {
    const found = dimensions.filter((x) => x.data.id === d);
    if (found.length !== 1) problems.push(`habit "${d}" appears ${found.length} times in dimensions.yaml (needs 1)`);
    const dim = found[0];
    if (dim && !lessonIds.has(dim.data.module))
      problems.push(`habit "${d}" names a module that does not exist: "${dim.data.module}"`);
    if (dim && new Set(dim.data.actions.map((a) => a.id)).size !== dim.data.actions.length)
      problems.push(`habit "${d}" has two actions with the same id`);
    const active = statements.filter((s) => s.data.dimension === d && !s.data.retired);
    if (active.length < 4 || active.length > 5)
      problems.push(`habit "${d}" has ${active.length} statements in use (needs 4 or 5)`);
    const reversed = active.filter((s) => s.data.reverse).length;
    if (reversed < MIN_REVERSED)
      problems.push(
        `habit "${d}" has ${reversed} reverse-worded statement${reversed === 1 ? '' : 's'} in use (needs at least ${MIN_REVERSED})`,
      );
    if (!active.some((s) => !s.data.reverse)) problems.push(`habit "${d}" has only reverse-worded statements in use`);
  }
  const seen = new Set<string>();
  for (const s of statements) {
    if (seen.has(s.data.id)) problems.push(`statement id "${s.data.id}" is used twice`);
    seen.add(s.data.id);
  }
  return problems;
}

/** Builds the assessment from content entries; throws with every problem listed if the content is inconsistent. */
export function buildAssessment(entries: Entries): AssessmentData {
  const problems = contentProblems(entries);
  if (problems.length) throw new Error(`content/assessment has problems:\n- ${problems.join('\n- ')}`);
  const lessons = new Map(entries.lessons.map((l) => [l.id, l.data]));
  const dimensions = entries.dimensions
    .map(({ data: { module, ...rest } }) => {
      const lesson = lessons.get(module) ?? { order: 0, title: module };
      const info: DimensionInfo = {
        ...rest,
        module: { id: module, order: lesson.order, title: lesson.title, href: `/lessons/${module}/` },
      };
      return info;
    })
    .sort((a, b) => DIMENSION_IDS.indexOf(a.id) - DIMENSION_IDS.indexOf(b.id));
  const statements = entries.statements.map(({ data }) => ({
    id: data.id,
    dimension: data.dimension,
    text: data.text,
    reverse: data.reverse ?? false,
    ...(data.retired ? { retired: data.retired } : {}),
  }));
  return { dimensions, statements, order: askingOrder(statements) };
}
