import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildAssessment, contentProblems } from '../../src/domain/assessment';
import { dimensionSchema, statementSchema } from '../../src/schemas/assessment';
import { DIMENSION_IDS } from '../../src/schemas/constants';
import { ROOT, readLessonFiles } from './content-helpers';

/** A YAML list from content/assessment, each item validated by a schema, as collection entries. */
function load<T extends { id: string }>(file: string, schema: { parse(v: unknown): T }) {
  const raw = parse(readFileSync(join(ROOT, 'content/assessment', file), 'utf8')) as unknown[];
  return raw.map((item) => {
    const data = schema.parse(item);
    return { id: data.id, data };
  });
}

const dimensions = load('dimensions.yaml', dimensionSchema);
/** Id of the first reverse-worded statement in use for a habit. */
const firstReverse = (d: string) =>
  statements.find((s) => s.data.dimension === d && s.data.reverse && !s.data.retired)?.data.id;
const statements = load('statements.yaml', statementSchema);
const lessons = readLessonFiles().map((l) => {
  const fm = l.frontmatter as { order: number; title: string };
  return { id: l.id, data: { order: fm.order, title: fm.title } };
});

describe('assessment content', () => {
  it('passes its schemas and has no problems across entries', () => {
    expect(contentProblems({ dimensions, statements, lessons })).toEqual([]);
  });

  it('has the eight habits, each pointing at a real module with two actions', () => {
    const data = buildAssessment({ dimensions, statements, lessons });
    expect(data.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    for (const d of data.dimensions) {
      expect(lessons.map((l) => l.id)).toContain(d.module.id);
      expect(d.module.title.length).toBeGreaterThan(3);
      expect(d.actions).toHaveLength(2);
    }
    // Each habit points at the module that teaches it, so some modules answer two habits
    // (trust and interest: module 4; the long term and staying in touch: module 6) and the
    // groundwork modules 1 and 2 answer none; no habit points at a module that does not exist.
    expect(new Set(data.dimensions.map((d) => d.module.id)).size).toBeGreaterThanOrEqual(5);
  });

  it('asks four or five statements per habit, at least two of them reverse-worded', () => {
    const data = buildAssessment({ dimensions, statements, lessons });
    for (const d of DIMENSION_IDS) {
      const mine = data.statements.filter((s) => s.dimension === d && !s.retired);
      expect(mine.length, d).toBeGreaterThanOrEqual(4);
      expect(mine.length, d).toBeLessThanOrEqual(5);
      expect(mine.filter((s) => s.reverse).length, d).toBeGreaterThanOrEqual(2);
    }
    expect(data.order.length).toBe(statements.filter((s) => !s.data.retired).length);
    expect(new Set(data.order).size).toBe(data.order.length);
  });

  it('writes concrete first-person statements of a readable length', () => {
    for (const { data } of statements) {
      expect(data.text, data.id).toMatch(/\bI\b|\bmy\b/i);
      expect(data.text.length, data.id).toBeLessThanOrEqual(200);
      expect(data.text.endsWith('.'), data.id).toBe(true);
    }
  });
});

describe('content rules catch mistakes', () => {
  it('rejects a statement for an unknown habit and an action list of the wrong size', () => {
    expect(() => statementSchema.parse({ id: 'x-one', dimension: 'charm', text: 'I smile.' })).toThrow(
      /must be one of/,
    );
    const d = dimensions[0]?.data;
    expect(() => dimensionSchema.parse({ ...d, actions: d?.actions.slice(0, 1) })).toThrow(/exactly 2 actions/);
    expect(() => statementSchema.parse({ id: 'x-one', dimension: 'trust', text: 'I.', retired: 'soon' })).toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('names every cross-entry problem', () => {
    const trust = statements.filter((s) => s.data.dimension === 'trust');
    const broken = {
      dimensions: dimensions
        .filter((d) => d.data.id !== 'coi')
        .map((d) => (d.data.id === 'depth' ? { ...d, data: { ...d.data, module: '99-missing' } } : d)),
      statements: [
        ...statements.filter((s) => s.data.dimension !== 'trust'),
        ...trust.slice(0, 3).map((s) => ({ ...s, data: { ...s.data, reverse: false } })),
        statements[0] as (typeof statements)[number],
      ],
      lessons,
    };
    const problems = contentProblems(broken);
    expect(problems).toContain('habit "coi" appears 0 times in dimensions.yaml (needs 1)');
    expect(problems).toContain('habit "depth" names a module that does not exist: "99-missing"');
    expect(problems).toContain('habit "trust" has 3 statements in use (needs 4 or 5)');
    expect(problems).toContain('habit "trust" has 0 reverse-worded statements in use (needs at least 2)');
    expect(problems.some((p) => /statement id ".*" is used twice/.test(p))).toBe(true);
    expect(() => buildAssessment(broken)).toThrow(/content\/assessment has problems/);
  });

  it('asks for a second reverse-worded statement when a habit has only one', () => {
    const one = statements.map((s) =>
      s.data.dimension === 'coi' && s.data.reverse && s.data.id !== firstReverse('coi')
        ? { ...s, data: { ...s.data, retired: '2026-01-01' } }
        : s,
    );
    expect(contentProblems({ dimensions, statements: one, lessons })).toContain(
      'habit "coi" has 1 reverse-worded statement in use (needs at least 2)',
    );
  });

  it('does not count retired statements as in use', () => {
    const retiredAll = statements.map((s) =>
      s.data.dimension === 'depth' ? { ...s, data: { ...s.data, retired: '2026-01-01' } } : s,
    );
    expect(contentProblems({ dimensions, statements: retiredAll, lessons })).toContain(
      'habit "depth" has 0 statements in use (needs 4 or 5)',
    );
  });
});
