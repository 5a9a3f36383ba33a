import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emptyAgenda, planSession } from '../../src/domain/agenda-plan';
import { buildSlides } from '../../src/domain/slides';
import { lessonSchema } from '../../src/schemas/lesson';
import { type Workshop, workshopSchema } from '../../src/schemas/workshop';
import { ROOT, readLessonFiles } from './content-helpers';

const lessons = Object.fromEntries(readLessonFiles().map((l) => [l.id, lessonSchema.parse(l.frontmatter)]));
const dir = join(ROOT, 'content/workshops');
const formats = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), workshopSchema.parse(parse(readFileSync(join(dir, f), 'utf8')))]),
);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('workshop formats', () => {
  it('are the three formats of the curriculum', () => {
    expect(Object.keys(formats).sort()).toEqual(['four-weeks', 'half-day', 'intro-90']);
  });

  it('each session’s segments add up to its planned length', () => {
    for (const [id, w] of Object.entries(formats)) {
      for (const s of w.sessions) expect(sum(s.segments.map((g) => g.minutes)), `${id} / ${s.title}`).toBe(s.minutes);
    }
  });

  it('match the brief: 90 minutes; about 3.5 hours with a break; four weekly hours', () => {
    expect(formats['intro-90']?.sessions.map((s) => s.minutes)).toEqual([90]);
    expect(formats['half-day']?.sessions.map((s) => s.minutes)).toEqual([210]);
    expect(formats['half-day']?.sessions[0]?.segments.some((g) => g.kind === 'break')).toBe(true);
    expect(formats['four-weeks']?.sessions.map((s) => s.minutes)).toEqual([60, 60, 60, 60]);
  });

  it('give each module exactly its lesson’s facilitator minutes', () => {
    for (const [id, w] of Object.entries(formats)) {
      for (const seg of w.sessions.flatMap((s) => s.segments).filter((g) => g.kind === 'module')) {
        const lesson = lessons[seg.module ?? ''];
        expect(lesson, `${id}: ${seg.module}`).toBeDefined();
        expect(seg.minutes, `${id}: ${seg.module}`).toBe(lesson?.facilitator.minutes);
      }
    }
  });

  it('cover modules 1–3 in the introduction and all seven in the longer formats', () => {
    const modules = (id: string) =>
      formats[id]?.sessions
        .flatMap((s) => s.segments)
        .filter((g) => g.kind === 'module')
        .map((g) => g.module);
    const all = Object.keys(lessons).sort();
    expect(modules('intro-90')).toEqual(all.slice(0, 3));
    expect(modules('half-day')).toEqual(all);
    expect(modules('four-weeks')).toEqual(all);
  });

  it('start the half day with the self-assessment and end it with a 30-day plan; retake it in week 4', () => {
    const half = formats['half-day']?.sessions[0]?.segments.map((g) => g.kind) ?? [];
    expect(half.indexOf('assessment')).toBeLessThan(half.indexOf('module'));
    expect(half.at(-2)).toBe('plan');
    expect(formats['four-weeks']?.sessions[3]?.segments.some((g) => g.kind === 'assessment')).toBe(true);
  });
});

describe('timings add up', () => {
  it('every session’s segments fill its planned minutes', () => {
    for (const [id, w] of Object.entries(formats)) {
      for (const s of w.sessions) expect(sum(s.segments.map((g) => g.minutes)), `${id} / ${s.title}`).toBe(s.minutes);
    }
  });

  it('every segment’s timed steps fill its minutes, and every module segment has steps', () => {
    for (const [id, w] of Object.entries(formats)) {
      for (const seg of w.sessions.flatMap((s) => s.segments)) {
        if (seg.kind === 'module') expect(seg.steps, `${id}: ${seg.id}`).toBeDefined();
        if (seg.steps) expect(sum(seg.steps.map((s) => s.minutes)), `${id}: ${seg.id}`).toBe(seg.minutes);
      }
    }
  });

  it('each module has the same steps in every format that runs it', () => {
    const byModule = new Map<string, string>();
    for (const w of Object.values(formats)) {
      for (const seg of w.sessions.flatMap((s) => s.segments).filter((g) => g.module)) {
        const steps = JSON.stringify(seg.steps);
        const seen = byModule.get(seg.module ?? '');
        if (seen) expect(steps, seg.module).toBe(seen);
        else byModule.set(seg.module ?? '', steps);
      }
    }
    expect(byModule.size).toBe(7);
  });

  it('module 1’s exercise timers follow its steps inside its 20 minutes (not a flat 10:00)', () => {
    const w = formats['intro-90']!;
    const plan = planSession(emptyAgenda(), 1, w.sessions[0]!.segments);
    const slides = buildSlides(source(w), plan.segments, lessons, 'x').filter((s) => s.segment === 'm1');
    expect(slides.map((s) => [s.kind, s.timerMinutes ?? 0])).toEqual([
      ['ideas', 0],
      ['question', 4],
      ['exercise', 3],
      ['exercise', 6],
      ['debrief', 5],
    ]);
    // Talk (2) + timed parts add up to the segment.
    expect(2 + sum(slides.map((s) => s.timerMinutes ?? 0))).toBe(20);
  });

  it('every slide’s timer is its planned part, and the parts of each segment fill it', () => {
    for (const [id, w] of Object.entries(formats)) {
      w.sessions.forEach((session, i) => {
        const plan = planSession(emptyAgenda(), i + 1, session.segments);
        const slides = buildSlides(source(w, i), plan.segments, lessons, 'x');
        for (const seg of plan.segments) {
          const parts = slides.filter((s) => s.segment === seg.id);
          expect(parts.length, `${id}: ${seg.id}`).toBeGreaterThan(0);
          for (const p of parts) if (p.timerMinutes !== undefined) expect(p.timerMinutes).toBe(p.minutes);
          const last = parts.at(-1)!;
          if (seg.kind === 'module' || seg.steps.length > 1)
            expect(last.offset + last.minutes, `${id}: ${seg.id}`).toBe(seg.minutes);
        }
      });
    }
  });
});

const source = (w: Workshop, i = 0) => ({
  formatTitle: w.title,
  sessionTitle: w.sessions[i]!.title,
  homework: w.sessions[i]!.homework,
});
const courseSlides = (id: string, i = 0) => {
  const w = formats[id]!;
  return buildSlides(
    source(w, i),
    planSession(emptyAgenda(), i + 1, w.sessions[i]!.segments).segments,
    lessons,
    'https://example.org/',
  );
};

describe('slides', () => {
  it('open with a title slide carrying the site address and end with a thank-you', () => {
    const slides = courseSlides('intro-90');
    expect(slides[0]).toMatchObject({ kind: 'title', text: 'Follow along on your phone: https://example.org/' });
    expect(slides.at(-1)?.kind).toBe('end');
  });

  it('give each module its key ideas, discussion question when timed, exercise steps as a list, and a debrief', () => {
    const slides = courseSlides('intro-90');
    const lesson = lessons['03-centers-of-influence']!;
    const m3 = slides.filter((s) => s.segment === 'm3');
    // Module 3's plan has no separate discussion: the question moves to the notes.
    expect(m3.map((s) => s.kind)).toEqual(['ideas', 'exercise', 'exercise', 'debrief']);
    expect(m3[0]?.points).toEqual(lesson.takeaways);
    expect(m3[0]?.notes.join(' ')).toContain(lesson.facilitator.discussion);
    expect(m3[1]).toMatchObject({ heading: 'On your own', currentStep: 0, timerMinutes: 8 });
    expect(m3[2]).toMatchObject({ heading: 'In pairs', currentStep: 1, timerMinutes: 10 });
    expect(m3[1]?.steps?.map((s) => s.minutes)).toEqual([8, 10]);
    expect(m3[1]?.notes.join(' ')).toContain(lesson.facilitator.exercise);
    expect(m3[3]?.notes.join(' ')).toContain(lesson.facilitator.debrief);
    const m1 = slides.filter((s) => s.segment === 'm1');
    expect(m1[1]).toMatchObject({
      kind: 'question',
      text: lessons['01-relationships-are-back']?.facilitator.discussion,
    });
  });

  it('time breaks and exercises by their segment minutes or steps', () => {
    const slides = courseSlides('half-day');
    expect(slides.find((s) => s.kind === 'break')?.timerMinutes).toBe(15);
    expect(slides.filter((s) => s.segment === 'plan').map((s) => s.timerMinutes)).toEqual([10, 5]);
    expect(slides.find((s) => s.id === 'assessment')?.timerMinutes).toBe(15);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('keep projector text short: exercise steps and single-step instructions fit a slide', () => {
    for (const id of Object.keys(formats)) {
      formats[id]!.sessions.forEach((_, i) => {
        for (const s of courseSlides(id, i)) {
          for (const step of s.steps ?? []) expect(step.text.length, `${id}: ${s.id}`).toBeLessThanOrEqual(220);
          expect(s.points.length, `${id}: ${s.id}`).toBeLessThanOrEqual(5);
        }
      });
    }
  });
});
