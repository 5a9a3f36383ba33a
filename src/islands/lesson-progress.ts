import { reflectionId } from '../domain/progress';
import { quizScore, quizScoreSentence } from '../domain/quiz';
import { lessons, reflections, requestPersistence, rootOfferOpen, vault } from '../store/app';
import { afterOpening } from '../store/opening';
import { answerQuestion, reflectionText, setCompleted, setReflection, visitLesson } from '../store/progress';
import { BOUND, typedBeforeLoad } from './lesson-early';

/**
 * Lesson page behaviour on top of the static HTML: remembers self-check answers, saves
 * reflections as the reader types, and marks the module complete (with undo). Without
 * JavaScript the page still shows everything; it just does not remember.
 */

const article = document.querySelector<HTMLElement>('[data-lesson]');
const lessonId = article?.dataset.lesson;

function bindCompletion(id: string) {
  const box = document.querySelector<HTMLElement>('[data-completion]');
  const button = box?.querySelector<HTMLButtonElement>('button');
  const status = box?.querySelector<HTMLElement>('[data-completion-status]');
  if (!box || !button || !status) return;
  const render = () => {
    const done = lessons.get(id)?.completed === true;
    button.textContent = done ? 'Mark as not complete' : 'Mark this module complete';
    button.setAttribute('aria-pressed', String(done));
    status.textContent = done ? '✓ You completed this module.' : '';
    box.classList.toggle('is-done', done);
  };
  const toggle = () => {
    const done = lessons.get(id)?.completed === true;
    setCompleted(id, !done);
    void requestPersistence();
  };
  button.addEventListener('click', toggle);
  // Disabled in the page's HTML until now (see ./lesson-early.ts).
  button.disabled = false;
  box.dataset[BOUND] = '';
  lessons.$items.subscribe(render);
}

/** How long after the last keystroke a text box counts as "being typed in". */
const TYPING_WINDOW = 1500;

function bindReflections(id: string) {
  const status = document.querySelector<HTMLElement>('[data-reflection-status]');
  const boxes = [...document.querySelectorAll<HTMLTextAreaElement>('textarea[data-reflection]')];
  const typing = new Map<HTMLTextAreaElement, ReturnType<typeof setTimeout>>();
  const sync = () => {
    for (const box of boxes) {
      // Show other tabs' edits, but never replace what the reader is typing right now.
      if (typing.has(box)) continue;
      const saved = reflectionText(id, box.dataset.reflection ?? '');
      if (box.value !== saved) box.value = saved;
    }
  };
  const save = (box: HTMLTextAreaElement) => {
    setReflection(id, box.dataset.reflection ?? '', box.value);
    void requestPersistence();
  };
  // Text typed before this script had loaded is the reader's latest: saved, not replaced.
  for (const box of boxes) if (typedBeforeLoad(box)) save(box);
  for (const box of boxes) {
    box.addEventListener('input', () => {
      clearTimeout(typing.get(box));
      typing.set(
        box,
        setTimeout(() => {
          typing.delete(box);
          sync();
        }, TYPING_WINDOW),
      );
      save(box);
    });
  }
  reflections.$items.subscribe(sync);
  if (status) {
    const show = () => {
      const mine = reflections.$unsaved
        .get()
        .filter((k) => boxes.some((b) => k === reflectionId(id, b.dataset.reflection ?? '')));
      const mode = vault.$mode.get();
      status.textContent = !mine.length
        ? mode === 'memory'
          ? 'Your answers are kept on this page only (see the message above).'
          : 'Your answers are saved in this browser.'
        : mode === 'locked' || mode === 'full'
          ? 'Not saved: see the message at the top of the page. Your text is still here.'
          : 'Saving…';
    };
    reflections.$unsaved.subscribe(show);
    vault.$mode.subscribe(show);
  }
}

function showAnswer(question: HTMLElement, chosen: number | undefined) {
  const items = question.querySelectorAll<HTMLElement>('.answers li[data-option]');
  for (const li of items) {
    const mine = chosen !== undefined && li.dataset.option === String(chosen);
    li.classList.toggle('chosen', mine);
    let tag = li.querySelector<HTMLElement>('.your-answer');
    if (mine && !tag) {
      tag = document.createElement('span');
      tag.className = 'your-answer';
      tag.textContent = 'Your answer';
      li.querySelector('.verdict')?.append(tag);
    } else if (!mine) {
      tag?.remove();
    }
  }
}

function bindQuiz(id: string) {
  const questions = [...document.querySelectorAll<HTMLElement>('.question[data-question]')];
  const saved = lessons.get(id)?.quiz ?? {};
  for (const q of questions) {
    const qid = q.dataset.question ?? '';
    const answer = (radio: HTMLInputElement) => {
      answerQuestion(id, qid, Number(radio.value));
      const details = q.querySelector('details');
      if (details) details.open = true;
    };
    for (const radio of q.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.addEventListener('change', () => answer(radio));
      // Chosen before this script had loaded: remembered now.
      if (radio.checked && typedBeforeLoad(radio) && saved[qid] !== Number(radio.value)) answer(radio);
    }
  }
  // The best option of each question, as the page marks it.
  const key = Object.fromEntries(
    questions.map((q) => [
      q.dataset.question ?? '',
      Number(q.querySelector<HTMLInputElement>('input[data-correct]')?.value ?? -1),
    ]),
  );
  const score = document.querySelector<HTMLElement>('[data-quiz-score]');
  const revealed = new Set<HTMLElement>();
  lessons.$items.subscribe((all) => {
    const quiz = all[id]?.quiz ?? {};
    if (score) score.textContent = quizScoreSentence(quizScore(quiz, key));
    for (const q of questions) {
      const chosen = quiz[q.dataset.question ?? ''];
      // A remembered answer shows its explanation once; the reader may close it again.
      const details = q.querySelector('details');
      if (chosen !== undefined && details && !revealed.has(q)) {
        details.open = true;
        revealed.add(q);
      }
      for (const radio of q.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        radio.checked = chosen !== undefined && radio.value === String(chosen);
      }
      showAnswer(q, chosen);
    }
  });
}

if (lessonId) {
  // Once the saved data is read (in tasks of its own when storage holds much).
  afterOpening(() => {
    // While this copy offers another copy's data, it saves nothing the reader did not ask for.
    if (!rootOfferOpen) visitLesson(lessonId);
    bindCompletion(lessonId);
    bindReflections(lessonId);
    bindQuiz(lessonId);
  });
}
