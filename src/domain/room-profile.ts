import { DIMENSION_IDS, type DimensionId } from '../schemas/constants';
import { ROOM_CODES_MAX } from '../schemas/workshop-state';
import { decodeShareCode, type SharedScores } from './share-code';

/**
 * The room profile: many anonymous share codes pasted by a facilitator, read one by one,
 * duplicates and mistakes reported and skipped, then summarised per habit. No names ever
 * enter it; nothing leaves the facilitator's browser.
 */

/** One code the room profile could not use, and why. */
export interface CodeProblem {
  /** Position in the pasted list, from 1. */
  position: number;
  /** The code as pasted (shortened). */
  code: string;
  error: string;
}

/** What reading a pasted list found. */
export interface RoomCodes {
  /** Distinct valid codes, normalised (upper case, no spaces). */
  codes: string[];
  scores: SharedScores[];
  problems: CodeProblem[];
}

/** A code with spaces and dashes removed and letters in upper case, for spotting duplicates. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s\u2010-\u2015-]+/g, '');
}

/** Splits pasted text into codes: one per line, or separated by commas or semicolons. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\n\r,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Reads pasted codes, adding them to `existing` (already accepted, normalised codes).
 * Malformed codes, duplicates and codes beyond the room's capacity are reported with their
 * position and skipped.
 */
export function readRoomCodes(text: string, existing: readonly string[] = [], capacity = ROOM_CODES_MAX): RoomCodes {
  const seen = new Set(existing);
  const codes: string[] = [];
  const scores: SharedScores[] = [];
  const problems: CodeProblem[] = [];
  splitCodes(text).forEach((raw, i) => {
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    const decoded = decodeShareCode(raw);
    if (!decoded.ok) {
      problems.push({ position: i + 1, code: shown, error: decoded.error });
      return;
    }
    const key = normaliseCode(raw);
    if (seen.has(key)) {
      problems.push({
        position: i + 1,
        code: shown,
        error: 'This code is already in the room profile, so it was skipped.',
      });
      return;
    }
    if (existing.length + codes.length >= capacity) {
      problems.push({
        position: i + 1,
        code: shown,
        error: `The room profile holds up to ${capacity.toLocaleString('en')} codes and is full, so this one was not added. Start a new room for another group.`,
      });
      return;
    }
    seen.add(key);
    codes.push(key);
    scores.push(decoded.scores);
  });
  return { codes, scores, problems };
}

/** The scores held by already accepted codes (codes that no longer read are left out). */
export function scoresFromCodes(codes: readonly string[]): SharedScores[] {
  return codes.flatMap((c) => {
    const d = decodeShareCode(c);
    return d.ok ? [d.scores] : [];
  });
}

/** Summary of one habit across the room. */
export interface HabitStats {
  id: DimensionId;
  mean: number;
  min: number;
  max: number;
  /** Standard deviation (population), a measure of spread. */
  spread: number;
}

/** Per-habit average, lowest, highest and spread for a room; empty for no scores. */
export function roomStats(all: readonly SharedScores[]): HabitStats[] {
  if (all.length === 0) return [];
  return DIMENSION_IDS.map((id) => {
    const values = all.map((s) => s[id]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
    return {
      id,
      mean: Math.round(mean),
      min: Math.min(...values),
      max: Math.max(...values),
      spread: Math.round(Math.sqrt(variance)),
    };
  });
}

/** The habits a room is weakest in (lowest averages first), for the facilitator's focus. */
export function weakestHabits(stats: readonly HabitStats[], count = 2): HabitStats[] {
  return [...stats].sort((a, b) => a.mean - b.mean).slice(0, count);
}
