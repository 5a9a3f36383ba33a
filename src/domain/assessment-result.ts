import { DIMENSION_IDS, type DimensionId } from '../schemas/constants';
import { type Answers, type AssessmentData, type DimensionInfo, overallScore, type Scores } from './assessment';
import {
  type AttemptEntry,
  type AttemptItems,
  attemptScores,
  completedAttempts,
  currentDraft,
  retakeNudge,
} from './assessment-history';
import { type DateWording, formatDate, type IsoDate } from './dates';
import { encodeShareCode } from './share-code-format';

/**
 * The result of an attempt: which habits to advise on, what each score means in words,
 * what changed in the statements since the attempt was taken, the change since the last
 * attempt, the first against the latest, and the whole result page as one view model
 * that the island only renders.
 */

/** A weakest habit joins the list as the third when it is within this many points of the second. */
export const CLOSE_CALL = 5;

/**
 * Which habits to talk about: the two strongest, and the two weakest (three when the
 * third weakest is within CLOSE_CALL points of the second). Ties go to chart order.
 * Habits without a score are left out; no habit is in both lists.
 */
export function chooseAdvice(scores: Partial<Scores>): { strongest: DimensionId[]; weakest: DimensionId[] } {
  const scored = DIMENSION_IDS.flatMap((d, i) => {
    const s = scores[d];
    return typeof s === 'number' ? [{ d, s, i }] : [];
  });
  const strongest = [...scored]
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, 2)
    .map((x) => x.d);
  const rest = scored.filter((x) => !strongest.includes(x.d)).sort((a, b) => a.s - b.s || a.i - b.i);
  const weakest = rest.slice(0, 2);
  const third = rest[2];
  const second = weakest[1];
  if (third && second && third.s - second.s <= CLOSE_CALL) weakest.push(third);
  return { strongest, weakest: weakest.map((x) => x.d) };
}

/** A word for a score, so meaning never rests on colour or shape alone. */
export function scoreBand(score: number | null): string {
  if (score === null) return 'Not scored';
  if (score < 40) return 'Just starting';
  if (score < 70) return 'Developing';
  return 'Well established';
}

/** How the statements an attempt answered differ from the statements asked today. */
export interface VersionDiff {
  /** Answers to statements that have since been retired (they still count). */
  retired: number;
  /** Answers to statements this site no longer knows (left out). */
  unknown: number;
  /** Statements asked today that the attempt has no answer for. */
  added: number;
}

/** Compares an attempt's answers with today's statements. */
export function versionDiff(data: Pick<AssessmentData, 'statements' | 'order'>, answers: Answers): VersionDiff {
  const known = new Map(data.statements.map((s) => [s.id, s]));
  let retired = 0;
  let unknown = 0;
  for (const id of Object.keys(answers)) {
    const s = known.get(id);
    if (!s) unknown++;
    else if (s.retired) retired++;
  }
  const added = data.order.filter((id) => answers[id] === undefined).length;
  return { retired, unknown, added };
}

/** A sentence on what changed since an attempt was taken, or null when it used today's statements. */
export function versionNote(diff: VersionDiff): string | null {
  if (diff.retired + diff.unknown + diff.added === 0) return null;
  const parts: string[] = [];
  const { retired, unknown, added } = diff;
  if (retired === 1) parts.push('1 of its answers is to a statement we have since retired; it still counts.');
  else if (retired) parts.push(`${retired} of its answers are to statements we have since retired; they still count.`);
  if (unknown === 1) parts.push('1 answer is to a statement this site no longer has, so it is left out of the scores.');
  else if (unknown)
    parts.push(`${unknown} answers are to statements this site no longer has, so they are left out of the scores.`);
  if (added)
    parts.push(
      `${added === 1 ? '1 statement was' : `${added} statements were`} added later, so each habit is scored on the statements this attempt did answer.`,
    );
  return `This attempt was taken with an earlier set of statements. ${parts.join(' ')}`;
}

/** Change per habit from one set of scores to a later one (null where either is missing). */
export function changeSince(before: Scores, after: Scores): Record<DimensionId, number | null> {
  const out = {} as Record<DimensionId, number | null>;
  for (const d of DIMENSION_IDS) {
    const a = before[d];
    const b = after[d];
    out[d] = a === null || b === null ? null : b - a;
  }
  return out;
}

/** A change in words and signs: "+12", "−5", "No change", or "—" when there is nothing to compare. */
export function formatChange(delta: number | null): string {
  if (delta === null) return '—';
  if (delta === 0) return 'No change';
  return delta > 0 ? `+${delta}` : `−${-delta}`;
}

/** One habit's row in the result table. */
export interface ResultRow {
  id: DimensionId;
  label: string;
  short: string;
  score: number | null;
  /** The score in words. */
  band: string;
  /** Change since the previous attempt, or null. */
  change: number | null;
  /** The change as shown. */
  changeText: string;
}

/** One row of the first-against-latest table. */
export interface CompareRow {
  id: DimensionId;
  label: string;
  first: number | null;
  latest: number | null;
  changeText: string;
}

/** Everything the result page shows, computed from the content and the stored attempts. */
export interface ResultView {
  /** Id of the latest completed attempt. */
  id: string;
  /** When it was taken, in words. */
  date: string;
  overall: number | null;
  /** Change in the overall score since the previous attempt. */
  overallChangeText: string | null;
  /** Scores of the latest attempt in chart order (for the chart). */
  values: (number | null)[];
  /** What changed in the statements since this attempt, if anything. */
  note: string | null;
  rows: ResultRow[];
  strongest: DimensionInfo[];
  weakest: DimensionInfo[];
  /** Date of the previous attempt, when there is one. */
  previousDate: string | null;
  /** Every completed attempt, newest first. */
  history: { id: string; date: string; overall: number | null }[];
  /** The first attempt against the latest, once there are two or more. */
  compare: {
    firstDate: string;
    latestDate: string;
    first: (number | null)[];
    latest: (number | null)[];
    rows: CompareRow[];
  } | null;
  nudge: { due: boolean; text: string };
  /** The anonymous share code, or null when a habit has no score. */
  shareCode: string | null;
  /** Whether an unfinished attempt is waiting. */
  hasDraft: boolean;
}

/** The result page's view of the latest completed attempt, or null when none is completed. */
export function resultView(
  data: AssessmentData,
  items: AttemptItems,
  today: IsoDate,
  wording: DateWording = {},
): ResultView | null {
  const done = completedAttempts(items);
  const latest = done.at(-1);
  if (!latest) return null;
  const scored = done.map((e) => ({ ...e, scores: attemptScores(data.statements, e.attempt) }));
  const last = scored[scored.length - 1] as (typeof scored)[number];
  const prev = scored.length > 1 ? scored[scored.length - 2] : undefined;
  const first = scored[0] as (typeof scored)[number];
  const day = (e: AttemptEntry) => formatDate(e.attempt.completedAt ?? 0, 'day', wording);
  const delta = prev ? changeSince(prev.scores, last.scores) : null;
  const overall = overallScore(last.scores);
  const prevOverall = prev ? overallScore(prev.scores) : null;
  const dims = new Map(data.dimensions.map((d) => [d.id, d]));
  const advice = chooseAdvice(last.scores);
  const pick = (ids: DimensionId[]) => ids.flatMap((id) => dims.get(id) ?? []);
  const complete = DIMENSION_IDS.every((d) => last.scores[d] !== null);
  const firstVsLatest = changeSince(first.scores, last.scores);
  return {
    id: last.id,
    date: day(last),
    overall,
    overallChangeText: prev && overall !== null && prevOverall !== null ? formatChange(overall - prevOverall) : null,
    values: data.dimensions.map((d) => last.scores[d.id]),
    note: versionNote(versionDiff(data, last.attempt.answers)),
    rows: data.dimensions.map((d) => {
      const change = delta ? delta[d.id] : null;
      const score = last.scores[d.id];
      return {
        id: d.id,
        label: d.label,
        short: d.short,
        score,
        band: scoreBand(score),
        change,
        changeText: formatChange(change),
      };
    }),
    strongest: pick(advice.strongest),
    weakest: pick(advice.weakest),
    previousDate: prev ? day(prev) : null,
    history: [...scored].reverse().map((e) => ({ id: e.id, date: day(e), overall: overallScore(e.scores) })),
    compare:
      scored.length > 1
        ? {
            firstDate: day(first),
            latestDate: day(last),
            first: data.dimensions.map((d) => first.scores[d.id]),
            latest: data.dimensions.map((d) => last.scores[d.id]),
            rows: data.dimensions.map((d) => ({
              id: d.id,
              label: d.label,
              first: first.scores[d.id],
              latest: last.scores[d.id],
              changeText: formatChange(firstVsLatest[d.id]),
            })),
          }
        : null,
    nudge: retakeNudge(last.attempt.completedAt ?? 0, today, wording),
    shareCode: complete ? encodeShareCode(last.scores) : null,
    hasDraft: currentDraft(items) !== null,
  };
}
