import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';

/** A minimal lesson that satisfies every rule; each test breaks one thing. */
function validLesson() {
  const option = (text: string, correct = false) => ({ text, correct, explanation: `Because ${text} is why.` });
  const question = (id: string) => ({
    id,
    question: `What about ${id}?`,
    options: [option('a', true), option('b'), option('c')],
  });
  return {
    title: 'A lesson',
    order: 1,
    summary: 'What it is about.',
    objectives: ['One thing', 'Another thing'],
    takeaways: ['First', 'Second'],
    reflections: [
      { id: 'r-one', prompt: 'Think about one.' },
      { id: 'r-two', prompt: 'Think about two.' },
    ],
    quiz: [question('q-one'), question('q-two'), question('q-three')],
    activity: {
      tool: 'planner',
      instructions: 'Do it.',
      example:
        'On Monday I logged the coffee with Dana as a give, because I had sent her the article she asked about. Then I planned a call with Sam for Thursday and noted what I could offer him.',
    },
    facilitator: { minutes: 20, discussion: 'Talk.', exercise: 'Pairs.', debrief: 'Close.' },
    sources: [{ title: 'A source' }],
  };
}

/** Paths of the issues a parse reports, joined with dots. */
function issuePaths(input: unknown): string[] {
  const r = lessonSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('lessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(issuePaths(validLesson())).toEqual([]);
  });

  it('names a missing field', () => {
    const { summary: _omit, ...rest } = validLesson();
    expect(issuePaths(rest).join('\n')).toMatch(/^summary:/m);
  });

  it('refuses two correct options and says which question', () => {
    const l = validLesson();
    l.quiz[1]!.options[1]!.correct = true;
    expect(issuePaths(l)).toEqual(['quiz.1.options: must have exactly one correct option (found 2)']);
  });

  it('refuses a question with no correct option', () => {
    const l = validLesson();
    l.quiz[0]!.options[0]!.correct = false;
    expect(issuePaths(l)).toEqual(['quiz.0.options: must have exactly one correct option (found 0)']);
  });

  it('refuses duplicate ids across reflections and questions', () => {
    const l = validLesson();
    l.quiz[2]!.id = 'r-one';
    expect(issuePaths(l)).toEqual(['quiz.2.id: duplicate id "r-one" (already used by reflections.0.id)']);
  });

  it('refuses an unknown tool and lists the known ones', () => {
    const l = { ...validLesson(), activity: { tool: 'crystal-ball', instructions: 'x' } };
    expect(issuePaths(l).join('\n')).toMatch(
      /^activity\.tool: must be one of: notebook, coi-worksheet, planner, assessment/,
    );
  });

  it('accepts an activity with a model answer of 25 words or more', () => {
    const example = Array.from({ length: 25 }, (_, i) => `word${i}`).join(' ');
    const l = { ...validLesson(), activity: { tool: 'planner', instructions: 'Do it.', example } };
    expect(issuePaths(l)).toEqual([]);
    expect(lessonSchema.parse(l).activity.example).toBe(example);
  });

  it('refuses a model answer that is blank, too short or too long, and says how long it is', () => {
    const short = {
      ...validLesson(),
      activity: { tool: 'planner', instructions: 'Do it.', example: 'Call Ana on Tuesday.' },
    };
    expect(issuePaths(short)).toEqual(['activity.example: must be a worked sample of at least 25 words (found 4)']);
    const long = {
      ...validLesson(),
      activity: { tool: 'planner', instructions: 'Do it.', example: Array(121).fill('word').join(' ') },
    };
    expect(issuePaths(long)).toEqual([
      'activity.example: must be at most 120 words to fit the printed reflection sheet (found 121)',
    ]);
    const blank = { ...validLesson(), activity: { tool: 'planner', instructions: 'Do it.', example: '  ' } };
    expect(issuePaths(blank)).toEqual(['activity.example: must not be empty']);
  });

  it('refuses empty or oversized lists', () => {
    expect(issuePaths({ ...validLesson(), objectives: ['only one'] })).toEqual([
      'objectives: needs at least 2 objectives',
    ]);
    expect(issuePaths({ ...validLesson(), quiz: validLesson().quiz.slice(0, 2) })).toEqual([
      'quiz: needs at least 3 questions',
    ]);
    expect(issuePaths({ ...validLesson(), reflections: [] })).toEqual(['reflections: needs at least 2 prompts']);
  });

  it('refuses ids that are not kebab-case and blank text', () => {
    const l = validLesson();
    l.reflections[0]!.id = 'Bad Id';
    l.reflections[1]!.prompt = '   ';
    expect(issuePaths(l)).toEqual([
      'reflections.0.id: must be lowercase words joined by dashes, e.g. "five-businesses"',
      'reflections.1.prompt: must not be empty',
    ]);
  });

  it('refuses non-positive facilitator minutes and a zero order', () => {
    expect(issuePaths({ ...validLesson(), order: 0 })).toEqual(['order: must be 1 or more']);
    const l = validLesson();
    l.facilitator.minutes = 0;
    expect(issuePaths(l)).toEqual(['facilitator.minutes: must be a positive number of minutes']);
  });

  it('reports an option with no explanation', () => {
    const l = validLesson() as { quiz: { options: Record<string, unknown>[] }[] };
    delete l.quiz[0]!.options[2]!.explanation;
    expect(issuePaths(l).join('\n')).toMatch(/^quiz\.0\.options\.2\.explanation:/m);
  });
});
