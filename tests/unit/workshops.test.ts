import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSlides, exerciseMinutes } from '../../src/domain/slides';
import { lessonSchema } from '../../src/schemas/lesson';
import { workshopSchema } from '../../src/schemas/workshop';
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

describe('slides', () => {
  it('open with a title slide carrying the site address and end with a thank-you', () => {
    const w = formats['intro-90']!;
    const slides = buildSlides(w.title, w.sessions[0]!, lessons, 'https://example.org/');
    expect(slides[0]).toMatchObject({ kind: 'title', text: 'Follow along on your phone: https://example.org/' });
    expect(slides.at(-1)?.kind).toBe('end');
  });

  it('give each module its key ideas, discussion question and a timed room exercise', () => {
    const w = formats['intro-90']!;
    const slides = buildSlides(w.title, w.sessions[0]!, lessons, 'x');
    const lesson = lessons['03-centers-of-influence']!;
    const m3 = slides.filter((s) => s.id.startsWith('m3-'));
    expect(m3.map((s) => s.kind)).toEqual(['ideas', 'question', 'exercise']);
    expect(m3[0]?.points).toEqual(lesson.takeaways);
    expect(m3[1]?.text).toBe(lesson.facilitator.discussion);
    expect(m3[2]).toMatchObject({ text: lesson.facilitator.exercise, timerMinutes: exerciseMinutes(25) });
    expect(m3[2]?.notes.join(' ')).toContain(lesson.facilitator.debrief);
  });

  it('time breaks and exercises by their segment minutes', () => {
    const w = formats['half-day']!;
    const slides = buildSlides(w.title, w.sessions[0]!, lessons, 'x');
    expect(slides.find((s) => s.kind === 'break')?.timerMinutes).toBe(15);
    expect(slides.find((s) => s.id === 'plan')?.timerMinutes).toBe(15);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });
});
