import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { askingOrder, type StatementInfo, scoreAnswers } from '../../src/domain/assessment';
import { DIMENSION_IDS } from '../../src/schemas/constants';
import { expect, LESSON_IDS, test } from './fixtures';

// Data saved in a reader's browser before the course revision must still load and show:
// reflections and self-check answers are stored by the ids of that time, and assessment
// attempts by its statement ids. These tests seed that data in the storage format of the
// time (an envelope {v, rev, at, data} under `rf:<kind>:<id>`) and read it back through
// the pages of today's site.

interface Before {
  lessons: Record<string, { reflections: string[]; quiz: Record<string, number> }>;
  statements: { id: string; dimension: StatementInfo['dimension']; reverse: boolean }[];
}
const BEFORE = JSON.parse(readFileSync(new URL('./saved-before-revision.json', import.meta.url), 'utf8')) as Before;

/** Today's lessons, read from the content files: reflection ids and, per question, the right option's index. */
const NOW = Object.fromEntries(
  readdirSync(new URL('../../content/lessons/', import.meta.url))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(new URL(`../../content/lessons/${f}`, import.meta.url), 'utf8');
      const fm = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') as {
        reflections: { id: string; prompt: string }[];
        quiz: { id: string; options: { correct: boolean }[] }[];
      };
      const quiz = Object.fromEntries(fm.quiz.map((q) => [q.id, q.options.findIndex((o) => o.correct)]));
      return [f.replace(/\.mdx$/, ''), { reflections: fm.reflections, quiz }];
    }),
);

/** Today's statements, retired ones included. */
const STATEMENTS: StatementInfo[] = (
  parse(readFileSync(new URL('../../content/assessment/statements.yaml', import.meta.url), 'utf8')) as StatementInfo[]
).map((s) => ({ ...s, reverse: s.reverse ?? false }));

const DAY = 86_400_000;
const SAVED_AT = Date.now() - 40 * DAY;

/** Stores records as the site of that time wrote them, once per test (reloads keep what the page saved since). */
async function seed(page: Page, records: Record<string, unknown>) {
  await page.addInitScript(
    ({ entries, at }) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [key, data] of Object.entries(entries)) {
        localStorage.setItem(key, JSON.stringify({ v: 1, rev: 3, at, data }));
      }
      sessionStorage.setItem('seeded', '1');
    },
    { entries: records, at: SAVED_AT },
  );
}

/** The text a reader had saved for one reflection. */
const savedText = (lesson: string, id: string) => `Before the revision I wrote this for ${id} in ${lesson}.`;

/** Every reflection of that time, answered. */
const oldReflections = Object.fromEntries(
  Object.entries(BEFORE.lessons).flatMap(([lesson, l]) =>
    l.reflections.map((id) => [`rf:reflection:${lesson}:${id}`, { text: savedText(lesson, id) }]),
  ),
);

/** Every self-check of that time, answered with its right option; module 1 marked complete. */
const oldProgress = Object.fromEntries(
  Object.entries(BEFORE.lessons).map(([lesson, l], i) => [
    `rf:lesson:${lesson}`,
    {
      completed: i === 0,
      ...(i === 0 ? { completedAt: SAVED_AT } : {}),
      quiz: l.quiz,
      visitedAt: SAVED_AT + i,
    },
  ]),
);

test.describe('data saved before the course revision', () => {
  test('every lesson still shows the reflections and self-check answers saved under its ids', async ({ page }) => {
    await seed(page, { ...oldReflections, ...oldProgress });
    expect(Object.keys(BEFORE.lessons).sort()).toEqual([...LESSON_IDS]);
    for (const lesson of LESSON_IDS) {
      const before = BEFORE.lessons[lesson];
      const now = NOW[lesson];
      if (!before || !now) throw new Error(`no lesson ${lesson}`);
      await page.goto(`/lessons/${lesson}/`);
      // Reflections whose ids the lesson still has show the saved text in their boxes.
      const kept = now.reflections.filter((r) => before.reflections.includes(r.id));
      for (const r of kept) {
        await expect(page.locator(`#reflection-${r.id}`), `${lesson} ${r.id}`).toHaveValue(savedText(lesson, r.id));
      }
      // A question that kept its id kept its meaning: the saved index is still its right option.
      for (const [id, right] of Object.entries(now.quiz)) {
        const q = page.locator(`.question[data-question="${id}"]`);
        if (id in before.quiz) {
          expect(right, `${lesson} ${id}: the right option moved, so the question needs a new id`).toBe(
            before.quiz[id],
          );
          await expect(q.locator('input[data-correct="true"]'), `${lesson} ${id}`).toBeChecked();
          await expect(q.locator('.answers li.right .your-answer')).toHaveText('Your answer');
        } else {
          // A question new since then starts unanswered.
          await expect(q.locator('input:checked'), `${lesson} ${id}`).toHaveCount(0);
        }
      }
    }
    await expect(page.locator('[data-completion]')).not.toHaveClass(/is-done/);
    await page.goto(`/lessons/${LESSON_IDS[0]}/`);
    await expect(page.locator('[data-completion]')).toHaveClass(/is-done/);

    // Nothing was quarantined, and answers to retired ids are still kept, untouched.
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.filter((k) => k.startsWith('rf:quarantine:'))).toEqual([]);
    for (const key of Object.keys(oldReflections)) expect(stored, key).toContain(key);
  });

  test('My progress counts the saved answers that today’s questions still have', async ({ page }) => {
    await seed(page, { ...oldReflections, ...oldProgress });
    await page.goto('/me/');
    for (const lesson of LESSON_IDS) {
      const before = BEFORE.lessons[lesson];
      const now = NOW[lesson];
      if (!before || !now) throw new Error(`no lesson ${lesson}`);
      const row = page.locator(`tr[data-module-row="${lesson}"]`);
      // The self-check shows the kept answers and how many of them are right.
      const kept = Object.keys(now.quiz).filter((id) => id in before.quiz);
      const correct = kept.filter((id) => before.quiz[id] === now.quiz[id]).length;
      const total = Object.keys(now.quiz).length;
      const written = now.reflections.filter((r) => before.reflections.includes(r.id)).length;
      await expect(row.locator('td').nth(1)).toHaveText(
        kept.length ? `${kept.length} of ${total} answered · ${correct} correct` : `Not tried (${total} questions)`,
      );
      await expect(row.locator('td').nth(2)).toHaveText(`${written} of ${now.reflections.length}`);
    }
    await expect(page.locator(`tr[data-module-row="${LESSON_IDS[0]}"] td`).first()).toContainText('✓');
    // Each kept reflection shows under today's wording of its prompt.
    const first = NOW[LESSON_IDS[0] as string];
    const prompt = first?.reflections.find((r) => r.id === BEFORE.lessons[LESSON_IDS[0] as string]?.reflections[0]);
    if (prompt) {
      const entry = page
        .locator('.reflection-group dl > div')
        .filter({ hasText: savedText(LESSON_IDS[0] as string, prompt.id) });
      await expect(entry.locator('dt')).toHaveText(prompt.prompt.replace(/\s+/g, ' ').trim());
    }
  });

  test('a self-assessment attempt taken with the old statements keeps its scores and says what changed', async ({
    page,
  }) => {
    // An uneven pattern of answers to every statement of that time.
    const answers = Object.fromEntries(BEFORE.statements.map((s, i) => [s.id, ((i * 7) % 5) + 1]));
    const thenScores = scoreAnswers(
      BEFORE.statements.map((s) => ({ ...s, text: '' })),
      answers,
    );
    const completedAt = SAVED_AT;
    await seed(page, {
      'rf:assessment:0001': {
        startedAt: completedAt - 900_000,
        completedAt,
        answers,
        scores: Object.fromEntries(Object.entries(thenScores).filter(([, v]) => v !== null)),
      },
    });
    await page.goto('/assessment/result/');
    // The scores are the same as on the day it was taken: retired statements still count.
    expect(scoreAnswers(STATEMENTS, answers)).toEqual(thenScores);
    const table = page.locator('.chart-with-table').first().locator('.score-table');
    for (const d of DIMENSION_IDS) {
      await expect(table.locator(`tr[data-dimension="${d}"] td strong`), d).toHaveText(String(thenScores[d]));
    }
    const retired = BEFORE.statements.filter((s) => STATEMENTS.find((x) => x.id === s.id)?.retired).length;
    const added = askingOrder(STATEMENTS).filter((id) => !(id in answers)).length;
    expect(retired, 'statements retired since then').toBeGreaterThan(0);
    const note = page.getByText(/taken with an earlier set of statements/);
    await expect(note).toContainText(
      `${retired} of its answers are to statements we have since retired; they still count.`,
    );
    await expect(note).toContainText(`${added} statements were added later`);
    // It is more than 30 days old, so the page invites a retake of today's statements.
    await expect(page.locator('[data-nudge="due"]')).toContainText(/days since you last took the assessment/);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.filter((k) => k.startsWith('rf:quarantine:'))).toEqual([]);
  });
});
