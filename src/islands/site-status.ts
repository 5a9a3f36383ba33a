import { href } from '../domain/paths';
import { type LessonMeta, progressLabel, summarizeProgress } from '../domain/progress';
import type { LessonProgress } from '../schemas/stored';
import { lessons } from '../store/app';
import { afterOpening } from '../store/opening';
import { showStorageNotices } from './storage-notices';

/**
 * Runs on every page: marks completed modules in the menus and module lists (by the ids in
 * their `data-lesson-link` and `data-done-badge` attributes), fills the home page's progress
 * line and "continue" link, and shows messages about saved data. Only renders text that
 * came from the store or the page; never HTML.
 */

/** The course outline, read from the site menu's module links (every page has them). */
function outline(): LessonMeta[] {
  return [...document.querySelectorAll<HTMLElement>('[data-lesson-link]')].map((link) => ({
    id: link.dataset.lessonLink ?? '',
    order: Number(link.dataset.lessonOrder),
    title: link.querySelector('.title')?.textContent ?? '',
  }));
}

function markDone(done: (id: string) => boolean) {
  for (const link of document.querySelectorAll<HTMLElement>('[data-lesson-link]')) {
    const id = link.dataset.lessonLink ?? '';
    let mark = link.querySelector<HTMLElement>('.done-mark');
    if (done(id) && !mark) {
      mark = document.createElement('span');
      mark.className = 'done-mark';
      mark.textContent = '✓';
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = ' (completed)';
      mark.append(label);
      link.append(mark);
    } else if (!done(id)) {
      mark?.remove();
    }
  }
  for (const badge of document.querySelectorAll<HTMLElement>('[data-done-badge]')) {
    badge.hidden = !done(badge.dataset.doneBadge ?? '');
  }
}

function showSummary(course: readonly LessonMeta[], progress: Record<string, LessonProgress | undefined>) {
  const summary = summarizeProgress(course, progress);
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
    el.hidden = !summary.started;
    el.textContent = progressLabel(summary);
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-continue]')) {
    const next = summary.continueWith;
    a.hidden = !next;
    if (next) {
      a.href = href(`/lessons/${next.id}/`);
      a.textContent = `Continue where you left off: Module ${next.order}, ${next.title}`;
    }
  }
}

function renderProgress() {
  const progress = lessons.all();
  markDone((id) => progress[id]?.completed === true);
  if (document.querySelector('[data-progress-summary], [data-continue]')) showSummary(outline(), progress);
}

// Once the saved data is read (in tasks of its own when storage holds much), and on every change after.
afterOpening(() => lessons.$items.subscribe(renderProgress));
showStorageNotices();
