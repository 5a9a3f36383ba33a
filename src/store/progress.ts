import { reflectionId } from '../domain/progress';
import { type LessonProgress, MAX_TEXT } from '../schemas/stored';
import { lessons, reflections } from './app';
import { TYPING_DELAY } from './collection';

const blank = (): LessonProgress => ({ completed: false, quiz: {} });

function update(lessonId: string, change: (p: LessonProgress) => LessonProgress): boolean {
  return lessons.set(lessonId, change(lessons.get(lessonId) ?? blank()));
}

/** Marks a lesson complete, or not complete (undo). */
export function setCompleted(lessonId: string, completed: boolean, at = Date.now()): boolean {
  return update(lessonId, (p) => {
    const { completedAt: _previous, ...rest } = p;
    return completed ? { ...rest, completed, completedAt: at } : { ...rest, completed };
  });
}

/** Remembers the option chosen for a self-check question. */
export function answerQuestion(lessonId: string, questionId: string, option: number): boolean {
  return update(lessonId, (p) => ({ ...p, quiz: { ...p.quiz, [questionId]: option } }));
}

/** Notes that the reader opened a lesson (for "continue where you left off"). */
export function visitLesson(lessonId: string, at = Date.now()): boolean {
  return update(lessonId, (p) => ({ ...p, visitedAt: at }));
}

/** Saves a reflection as the reader types (after a short pause); text over the limit is cut. */
export function setReflection(lessonId: string, promptId: string, text: string, delay = TYPING_DELAY): boolean {
  return reflections.set(reflectionId(lessonId, promptId), { text: text.slice(0, MAX_TEXT) }, delay);
}

/** The saved text of a reflection, or an empty string. */
export function reflectionText(lessonId: string, promptId: string): string {
  return reflections.get(reflectionId(lessonId, promptId))?.text ?? '';
}
