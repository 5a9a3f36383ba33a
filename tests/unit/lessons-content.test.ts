import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fleschKincaidGrade, mdxToPlainText, wordCount } from '../../src/domain/text';
import { glossarySchema } from '../../src/schemas/glossary';
import { lessonSchema } from '../../src/schemas/lesson';
import { ROOT, readLessonFiles } from './content-helpers';

// The whole course, read from disk: every module must carry every part the curriculum asks for.
const lessons = readLessonFiles();
const glossary = glossarySchema.parse(parse(readFileSync(join(ROOT, 'content/glossary/terms.yaml'), 'utf8')));
const glossaryIds = new Set(glossary.map((t) => t.id));
const lessonIds = new Set(lessons.map((l) => l.id));

/** The titles of the source posts in ../shared/seeds, which lessons credit by name. */
const SOURCE_TITLES = [
  'Relationships — Back in Business',
  'Contact Management Provides a Frame of Reference',
  'Creating Real Relationships From Social Networks',
  'Keys to Being Social: Relationships',
  'The More Things Change…',
];

describe('the lessons collection', () => {
  it('has seven modules ordered 1..7 without gaps or repeats', () => {
    const orders = lessons.map((l) => (l.frontmatter as { order: number }).order).sort((a, b) => a - b);
    expect(orders).toEqual(orders.map((_, i) => i + 1));
    expect(lessons.length).toBe(7);
  });

  for (const lesson of lessons) {
    describe(lesson.file, () => {
      const parsed = lessonSchema.safeParse(lesson.frontmatter);
      const data = parsed.data;

      it('has valid frontmatter', () => {
        expect(parsed.error?.issues ?? []).toEqual([]);
      });

      it('file name starts with its two-digit order', () => {
        expect(lesson.file.slice(0, 2)).toBe(String(data?.order).padStart(2, '0'));
      });

      it('has 800–1,600 words of lesson text in short sections', () => {
        const n = wordCount(mdxToPlainText(lesson.body));
        expect(n).toBeGreaterThanOrEqual(800);
        expect(n).toBeLessThanOrEqual(1600);
        const sections = lesson.body.match(/^## .+$/gm) ?? [];
        expect(sections.length).toBeGreaterThanOrEqual(3);
      });

      it('has a worked example section', () => {
        expect(lesson.body).toMatch(/^## Worked example: .+$/m);
      });

      it('reads at grade 11 or below (Flesch–Kincaid)', () => {
        expect(fleschKincaidGrade(mdxToPlainText(lesson.body))).toBeLessThanOrEqual(11);
      });

      it('explains every quiz option and has exactly one correct option per question', () => {
        for (const q of data?.quiz ?? []) {
          expect(q.options.filter((o) => o.correct)).toHaveLength(1);
          for (const o of q.options) expect(o.explanation.length).toBeGreaterThan(20);
        }
      });

      it('has positive facilitator minutes', () => {
        expect(data?.facilitator.minutes).toBeGreaterThan(0);
      });

      it('credits its sources by the posts’ titles', () => {
        for (const s of data?.sources ?? []) expect(SOURCE_TITLES).toContain(s.title);
      });

      it('links only to glossary terms and lessons that exist', () => {
        for (const [, id] of lesson.body.matchAll(/\]\(\/glossary\/#([^)\s]+)\)/g)) {
          expect(glossaryIds, `glossary term "${id}"`).toContain(id);
        }
        for (const [, id] of lesson.body.matchAll(/\]\(\/lessons\/([^/)#\s]+)\/?(?:#[^)]*)?\)/g)) {
          expect(lessonIds, `lesson "${id}"`).toContain(id);
        }
      });
    });
  }

  it('links each glossary term from the lessons at least once', () => {
    const linked = new Set(
      lessons.flatMap((l) => [...l.body.matchAll(/\]\(\/glossary\/#([^)\s]+)\)/g)].map((m) => m[1])),
    );
    const unlinked = glossary.filter((t) => !linked.has(t.id)).map((t) => t.id);
    expect(unlinked).toEqual([]);
  });
});
