import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  fleschKincaidGrade,
  mdxToPlainText,
  SHORT_SENTENCE_WORDS,
  sentenceRhythm,
  sentences,
} from '../../src/domain/text';
import { glossarySchema } from '../../src/schemas/glossary';
import { type LessonData, lessonSchema } from '../../src/schemas/lesson';
import { wordCount, words } from '../../src/schemas/words';
import { objectiveVerbProblem, ROOT, readLessonFiles, rightOptionIsLongest } from './content-helpers';

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

/** Targets for the prose of every module: an adult rhythm at a plain reading level. */
const PROSE = {
  /** Largest share of sentences of SHORT_SENTENCE_WORDS words or fewer. */
  maxShortShare: 0.18,
  /** Smallest mean sentence length, in words. */
  minMeanWords: 13,
  /** Flesch–Kincaid grade range. */
  minGrade: 6,
  maxGrade: 10,
};

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

      it('reads between grade 6 and 10 (Flesch–Kincaid)', () => {
        const grade = fleschKincaidGrade(mdxToPlainText(lesson.body));
        expect(grade).toBeGreaterThanOrEqual(PROSE.minGrade);
        expect(grade).toBeLessThanOrEqual(PROSE.maxGrade);
      });

      it('has an adult sentence rhythm: at most 18 % short sentences and a mean of 13 words or more', () => {
        const text = mdxToPlainText(lesson.body);
        const rhythm = sentenceRhythm(text);
        const short = sentences(text).filter((x) => words(x).length <= SHORT_SENTENCE_WORDS);
        const share = `${(rhythm.shortShare * 100).toFixed(1)} % of ${rhythm.sentences} sentences have ${SHORT_SENTENCE_WORDS} words or fewer:\n  ${short.join('\n  ')}`;
        expect(rhythm.shortShare, share).toBeLessThanOrEqual(PROSE.maxShortShare);
        expect(rhythm.meanWords, 'mean words per sentence').toBeGreaterThanOrEqual(PROSE.minMeanWords);
      });

      it('starts every objective with a verb a learner can be seen doing', () => {
        const problems = (data?.objectives ?? []).flatMap((o) => {
          const p = objectiveVerbProblem(o);
          return p ? [p] : [];
        });
        expect(problems).toEqual([]);
      });

      it('gives its activity a model answer', () => {
        // Length (25 words or more) is checked by the schema; here, that it is there at all.
        expect(data?.activity.example, 'activity.example').toBeTypeOf('string');
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

  it('balances option lengths: the right option is the longest in at most a third of the questions', () => {
    const questions = lessons.flatMap((l) =>
      ((l.frontmatter as LessonData).quiz ?? []).map((q) => ({ where: `${l.id} ${q.id}`, q })),
    );
    const giveaways = questions.filter(({ q }) => rightOptionIsLongest(q)).map(({ where }) => where);
    expect(
      giveaways.length,
      `the right option is the longest in ${giveaways.length} of ${questions.length} questions:\n  ${giveaways.join('\n  ')}`,
    ).toBeLessThanOrEqual(Math.floor(questions.length / 3));
  });

  it('links each glossary term from the lessons at least once', () => {
    const linked = new Set(
      lessons.flatMap((l) => [...l.body.matchAll(/\]\(\/glossary\/#([^)\s]+)\)/g)].map((m) => m[1])),
    );
    const unlinked = glossary.filter((t) => !linked.has(t.id)).map((t) => t.id);
    expect(unlinked).toEqual([]);
  });
});
