import { type AssessmentData, askingOrder, type StatementInfo } from '../../src/domain/assessment';
import type { Attempt } from '../../src/schemas/assessment-records';
import { DIMENSION_IDS } from '../../src/schemas/constants';

/** Four statements per habit, the third of each reverse-worded, plus one retired statement. */
export function fixtureStatements(): StatementInfo[] {
  const list: StatementInfo[] = DIMENSION_IDS.flatMap((d) =>
    [1, 2, 3, 4].map((n) => ({ id: `${d}-s${n}`, dimension: d, text: `${d} statement ${n}`, reverse: n === 3 })),
  );
  list.push({
    id: 'trust-old',
    dimension: 'trust',
    text: 'An older trust statement',
    reverse: false,
    retired: '2026-01-01',
  });
  return list;
}

/** A complete assessment built from the fixture statements. */
export function fixtureData(): AssessmentData {
  const statements = fixtureStatements();
  return {
    statements,
    order: askingOrder(statements),
    dimensions: DIMENSION_IDS.map((id, i) => ({
      id,
      label: `Label ${id}`,
      short: id,
      meaning: `Meaning of ${id}.`,
      strong: `Strong ${id}.`,
      grow: `Grow ${id}.`,
      actions: [
        { id: 'a', text: `First action for ${id}` },
        { id: 'b', text: `Second action for ${id}` },
      ],
      module: {
        id: `0${(i % 7) + 1}-x`,
        order: (i % 7) + 1,
        title: `Module ${i}`,
        href: `/lessons/0${(i % 7) + 1}-x/`,
      },
    })),
  };
}

/** Answers that give every habit the same raw answer (reverse statements get the opposite, so every habit scores alike). */
export function evenAnswers(data: AssessmentData, value: number): Record<string, number> {
  const byId = new Map(data.statements.map((s) => [s.id, s]));
  return Object.fromEntries(data.order.map((id) => [id, byId.get(id)?.reverse ? 6 - value : value]));
}

/** A completed attempt with the given answers. */
export function done(completedAt: number, answers: Record<string, number>, scores?: Record<string, number>): Attempt {
  return { startedAt: completedAt - 600_000, completedAt, answers, ...(scores ? { scores } : {}) };
}

/** Midday UTC on a day, in ms. */
export const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
