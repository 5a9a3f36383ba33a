import type { AgendaSession, AgendaState, OwnSegment, SegmentEdit } from '../schemas/workshop-state';
import { SEGMENT_NOTES_MAX, SEGMENT_TITLE_MAX } from '../schemas/workshop-state';
import { cleanMinutes, parseClock } from './agenda';
import { isCalendarDate } from './dates';

/**
 * The facilitator's own agenda: the course's sessions with their edits applied (dates,
 * start times, added, removed, renamed and reordered segments, own notes), and the edit
 * operations themselves. Every function is pure: it takes a saved agenda and returns a
 * new one, so the run of show, the projector and the presenter view agree, and every
 * rule is unit-tested without a browser.
 */

/** Start time of a session nobody has set: 09:00. */
export const DEFAULT_START = 9 * 60;

/** Kinds of step (mirrors `STEP_KINDS` in the workshop schema). */
export type StepKind = 'talk' | 'discuss' | 'alone' | 'pairs' | 'groups' | 'room' | 'debrief';

/** A timed step of a segment. */
export interface PlanStep {
  kind: StepKind;
  /** Minutes in effect (scaled when the facilitator changed the segment's minutes). */
  minutes: number;
  /** Instructions for the room. */
  text?: string | undefined;
}

/** A course segment as the agenda needs it (the content schema's segment, or a subset). */
export interface CourseSegment {
  id: string;
  kind: string;
  title: string;
  minutes: number;
  module?: string | undefined;
  goals?: readonly string[] | undefined;
  materials?: readonly string[] | undefined;
  instructions?: string | undefined;
  steps?: readonly { kind: StepKind; minutes: number; text?: string | undefined }[] | undefined;
  handouts?: readonly string[] | undefined;
}

/** A segment of the facilitator's agenda, with every edit applied. */
export interface PlanSegment {
  id: string;
  /** The course's kind, or for an added segment `talk`, `activity` or `break`. */
  kind: string;
  title: string;
  minutes: number;
  module?: string | undefined;
  goals: string[];
  materials: string[];
  instructions?: string | undefined;
  /** Timed steps in effect; at least one, adding up to `minutes`. */
  steps: PlanStep[];
  /** Handout sheets the segment names. */
  handouts: string[];
  /** The facilitator's notes ('' when none). */
  notes: string;
  /** Whether the facilitator added this segment. */
  own: boolean;
  /** For course segments: the course's title and minutes (to show and to reset to). */
  course?: { title: string; minutes: number } | undefined;
  /** Whether the title or minutes differ from the course's. */
  edited: boolean;
}

/** One session of the facilitator's agenda. */
export interface PlanSession {
  /** Segments in the facilitator's order. */
  segments: PlanSegment[];
  /** Course segments the facilitator removed, in course order (they can be added back). */
  removed: { id: string; title: string }[];
  /** Start, minutes after midnight. */
  start: number;
  /** The day, "YYYY-MM-DD", if set. */
  date?: string | undefined;
  /** Whether anything differs from the course's plan (order, titles, minutes or added segments). */
  changed: boolean;
}

/** An agenda with nothing changed. */
export function emptyAgenda(): AgendaState {
  return { sessions: {}, edits: {}, own: {} };
}

/**
 * Shares `total` minutes out over steps in proportion to their planned minutes, each
 * whole and at least 1 while there are enough minutes (largest remainder), so the steps
 * always add up to the segment.
 */
export function scaleSteps(planned: readonly number[], total: number): number[] {
  const n = planned.length;
  const sum = planned.reduce((a, b) => a + b, 0);
  if (n === 0) return [];
  if (sum === total) return [...planned];
  if (total <= n) return planned.map((_, i) => (i < total ? 1 : 0));
  const weights = sum > 0 ? planned : planned.map(() => 1);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w * total) / wsum);
  const out = raw.map((r) => Math.max(1, Math.floor(r)));
  let diff = total - out.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => ({ i, rem: r - Math.floor(r) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; diff > 0; k = (k + 1) % n, diff--) {
    const i = byRemainder[k]?.i ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  // Raising small steps to 1 can overshoot: take the extra from the largest steps.
  while (diff < 0) {
    const largest = out.reduce((best, v, i) => (v > (out[best] ?? 0) ? i : best), 0);
    out[largest] = (out[largest] ?? 1) - 1;
    diff++;
  }
  return out;
}

/** The steps of a course segment: its own, or one step filling the whole segment. */
function courseSteps(seg: CourseSegment): PlanStep[] {
  if (seg.steps?.length) return seg.steps.map((s) => ({ kind: s.kind, minutes: s.minutes, text: s.text }));
  return [{ kind: 'room', minutes: seg.minutes, text: seg.instructions }];
}

/** A course segment with the facilitator's edit applied. */
function planCourseSegment(seg: CourseSegment, edit: SegmentEdit | undefined): PlanSegment {
  const title = edit?.title ?? seg.title;
  const minutes = edit?.minutes ?? seg.minutes;
  const steps = courseSteps(seg);
  const scaled = scaleSteps(
    steps.map((s) => s.minutes),
    minutes,
  );
  return {
    id: seg.id,
    kind: seg.kind,
    title,
    minutes,
    module: seg.module,
    goals: [...(seg.goals ?? [])],
    materials: [...(seg.materials ?? [])],
    instructions: seg.instructions,
    steps: steps.map((s, i) => ({ ...s, minutes: scaled[i] ?? 0 })),
    handouts: [...(seg.handouts ?? [])],
    notes: edit?.notes ?? '',
    own: false,
    course: { title: seg.title, minutes: seg.minutes },
    edited: title !== seg.title || minutes !== seg.minutes,
  };
}

/** An added segment as a plan segment. */
function planOwnSegment(id: string, own: OwnSegment): PlanSegment {
  return {
    id,
    kind: own.kind,
    title: own.title,
    minutes: own.minutes,
    goals: [],
    materials: [],
    steps: [{ kind: own.kind === 'talk' ? 'talk' : 'room', minutes: own.minutes }],
    handouts: [],
    notes: own.notes ?? '',
    own: true,
    edited: false,
  };
}

/** The ids of a session in the facilitator's order (the course's order when unchanged). */
export function sessionOrder(state: AgendaState, session: number, course: readonly CourseSegment[]): string[] {
  return state.sessions[String(session)]?.order ?? course.map((c) => c.id);
}

/** One session of the facilitator's agenda: the course's segments with every edit applied. */
export function planSession(state: AgendaState, session: number, course: readonly CourseSegment[]): PlanSession {
  const saved = state.sessions[String(session)] ?? {};
  const byId = new Map(course.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const segments: PlanSegment[] = [];
  for (const id of sessionOrder(state, session, course)) {
    if (seen.has(id)) continue;
    seen.add(id);
    const seg = byId.get(id);
    const own = state.own[id];
    if (seg) segments.push(planCourseSegment(seg, state.edits[id]));
    else if (own) segments.push(planOwnSegment(id, own));
    // An id the course no longer has is skipped.
  }
  const removed = course.filter((c) => !seen.has(c.id)).map((c) => ({ id: c.id, title: c.title }));
  const changed =
    saved.order !== undefined &&
    (saved.order.length !== course.length || saved.order.some((id, i) => course[i]?.id !== id));
  return {
    segments,
    removed,
    start: (saved.start ? parseClock(saved.start) : null) ?? DEFAULT_START,
    date: saved.date,
    changed: changed || segments.some((s) => s.edited),
  };
}

/** Replaces one session's saved fields. */
function withSession(state: AgendaState, session: number, change: Partial<AgendaSession>): AgendaState {
  const key = String(session);
  const next: AgendaSession = { ...(state.sessions[key] ?? {}), ...change };
  for (const k of Object.keys(next) as (keyof AgendaSession)[]) if (next[k] === undefined) delete next[k];
  return { ...state, sessions: { ...state.sessions, [key]: next } };
}

/** Replaces one course segment's edit, dropping fields that match the course and empty edits. */
function withEdit(state: AgendaState, id: string, edit: SegmentEdit): AgendaState {
  const clean: SegmentEdit = {};
  if (edit.title !== undefined) clean.title = edit.title;
  if (edit.minutes !== undefined) clean.minutes = edit.minutes;
  if (edit.notes) clean.notes = edit.notes;
  const { [id]: _old, ...rest } = state.edits;
  return { ...state, edits: Object.keys(clean).length ? { ...rest, [id]: clean } : rest };
}

/** Sets a session's start time ("HH:MM"); anything that is not a time leaves it as it was. */
export function setStart(state: AgendaState, session: number, value: string): AgendaState {
  const minutes = parseClock(value);
  if (minutes === null) return state;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return withSession(state, session, { start: `${hh}:${mm}` });
}

/** Sets or clears (empty string) a session's date. */
export function setDate(state: AgendaState, session: number, value: string): AgendaState {
  if (value === '') return withSession(state, session, { date: undefined });
  return isCalendarDate(value) ? withSession(state, session, { date: value }) : state;
}

/** Cleans a title typed by the facilitator: spaces collapsed, cut to the longest allowed. */
export function cleanTitle(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, SEGMENT_TITLE_MAX);
}

/** Renames a segment; the course's own title (or an empty one) drops the change. */
export function renameSegment(
  state: AgendaState,
  course: readonly CourseSegment[],
  id: string,
  value: string,
): AgendaState {
  const title = cleanTitle(value);
  const own = state.own[id];
  if (own) return title ? { ...state, own: { ...state.own, [id]: { ...own, title } } } : state;
  const seg = course.find((c) => c.id === id);
  if (!seg) return state;
  const edit = state.edits[id] ?? {};
  return withEdit(state, id, { ...edit, title: title && title !== seg.title ? title : undefined });
}

/** Sets a segment's minutes (clamped to 1–600); the course's own minutes drop the change. */
export function setSegmentMinutes(
  state: AgendaState,
  course: readonly CourseSegment[],
  id: string,
  value: unknown,
): AgendaState {
  const minutes = cleanMinutes(value);
  if (minutes === null) return state;
  const own = state.own[id];
  if (own) return { ...state, own: { ...state.own, [id]: { ...own, minutes } } };
  const seg = course.find((c) => c.id === id);
  if (!seg) return state;
  const edit = state.edits[id] ?? {};
  return withEdit(state, id, { ...edit, minutes: minutes === seg.minutes ? undefined : minutes });
}

/** Sets the facilitator's notes on a segment (cut to the longest allowed; blank removes them). */
export function setSegmentNotes(state: AgendaState, id: string, value: string): AgendaState {
  const notes = value.trim() === '' ? undefined : value.slice(0, SEGMENT_NOTES_MAX);
  const own = state.own[id];
  if (own) {
    const { notes: _old, ...rest } = own;
    return { ...state, own: { ...state.own, [id]: notes ? { ...rest, notes } : rest } };
  }
  return withEdit(state, id, { ...(state.edits[id] ?? {}), notes });
}

/** Puts a course segment's title and minutes back to the course's (the facilitator's notes stay). */
export function resetSegment(state: AgendaState, id: string): AgendaState {
  const notes = state.edits[id]?.notes;
  return withEdit(state, id, { notes });
}

/** Moves a segment to position `to` (0-based, clamped) within its session. */
export function moveSegment(
  state: AgendaState,
  session: number,
  course: readonly CourseSegment[],
  id: string,
  to: number,
): AgendaState {
  const order = planSession(state, session, course).segments.map((s) => s.id);
  const from = order.indexOf(id);
  if (from === -1) return state;
  const target = Math.max(0, Math.min(order.length - 1, Math.round(to)));
  if (target === from) return state;
  order.splice(from, 1);
  order.splice(target, 0, id);
  return withSession(state, session, { order });
}

/** Removes a segment from a session: a course segment can be added back; an added one is deleted. */
export function removeSegment(
  state: AgendaState,
  session: number,
  course: readonly CourseSegment[],
  id: string,
): AgendaState {
  const order = planSession(state, session, course)
    .segments.map((s) => s.id)
    .filter((x) => x !== id);
  const next = withSession(state, session, { order });
  if (!state.own[id]) return next;
  const { [id]: _gone, ...own } = next.own;
  return { ...next, own };
}

/** Adds a removed course segment back, at its place in the course's order. */
export function restoreSegment(
  state: AgendaState,
  session: number,
  course: readonly CourseSegment[],
  id: string,
): AgendaState {
  const at = course.findIndex((c) => c.id === id);
  if (at === -1) return state;
  const order = planSession(state, session, course).segments.map((s) => s.id);
  if (order.includes(id)) return state;
  const courseIndex = new Map(course.map((c, i) => [c.id, i]));
  // After the nearest earlier course segment still in the session; else before the first later one.
  let after = -1;
  let best = -1;
  order.forEach((x, i) => {
    const ci = courseIndex.get(x) ?? -1;
    if (ci !== -1 && ci < at && ci > best) {
      best = ci;
      after = i;
    }
  });
  const later = order.findIndex((x) => (courseIndex.get(x) ?? -1) > at);
  order.splice(after !== -1 ? after + 1 : later === -1 ? order.length : later, 0, id);
  return withSession(state, session, { order });
}

/** A new id for an added segment, made from the time and unique within the agenda. */
export function ownSegmentId(state: AgendaState, course: readonly CourseSegment[], now: number): string {
  const taken = new Set([...Object.keys(state.own), ...course.map((c) => c.id)]);
  const base = `own-${Math.max(0, Math.floor(now)).toString(36)}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** Adds a segment of the facilitator's own at the end of a session (or at `at`). */
export function addOwnSegment(
  state: AgendaState,
  session: number,
  course: readonly CourseSegment[],
  id: string,
  segment: OwnSegment,
  at?: number,
): AgendaState {
  const title = cleanTitle(segment.title);
  const minutes = cleanMinutes(segment.minutes);
  if (!title || minutes === null || state.own[id] || course.some((c) => c.id === id)) return state;
  const order = planSession(state, session, course).segments.map((s) => s.id);
  order.splice(at === undefined ? order.length : Math.max(0, Math.min(order.length, at)), 0, id);
  const next = withSession(state, session, { order });
  return { ...next, own: { ...next.own, [id]: { ...segment, title, minutes } } };
}

/**
 * Puts a session back to the course's plan: order, titles and minutes, and removes the
 * segments added to it. Its date, start time, handouts and the facilitator's notes stay.
 */
export function resetSession(state: AgendaState, session: number, course: readonly CourseSegment[]): AgendaState {
  const ownHere = sessionOrder(state, session, course).filter((id) => state.own[id]);
  let next = withSession(state, session, { order: undefined });
  for (const c of course) next = resetSegment(next, c.id);
  const own = { ...next.own };
  for (const id of ownHere) delete own[id];
  return { ...next, own };
}

/** Chooses a session's handout sheets; `undefined` goes back to the session's default. */
export function setSheets(state: AgendaState, session: number, sheets: readonly string[] | undefined): AgendaState {
  return withSession(state, session, { sheets: sheets ? [...sheets] : undefined });
}

/** Sets (or, with undefined, clears) the address participants are sent to. */
export function setAddress(state: AgendaState, address: string | undefined): AgendaState {
  const { address: _old, ...rest } = state;
  return address ? { ...rest, address } : rest;
}
