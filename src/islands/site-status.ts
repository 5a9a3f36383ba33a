import { href } from '../domain/paths';
import { type LessonMeta, progressLabel, summarizeProgress } from '../domain/progress';
import { lessons } from '../store/app';
import { showStorageNotices } from './storage-notices';

/**
 * Runs on every page: marks completed modules in the menus, fills the home page's progress
 * line and "continue" link, and shows messages about saved data. Only renders text that
 * came from the store or the page; never HTML.
 */

function course(): LessonMeta[] {
  const el = document.getElementById('course-data');
  try {
    const list = JSON.parse(el?.textContent ?? '[]') as LessonMeta[];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

const meta = course();

function renderProgress() {
  const summary = summarizeProgress(meta, lessons.$items.get());
  const done = new Set(summary.completedIds);
  for (const link of document.querySelectorAll<HTMLElement>('[data-lesson-link]')) {
    const id = link.dataset.lessonLink ?? '';
    let mark = link.querySelector<HTMLElement>('.done-mark');
    if (done.has(id) && !mark) {
      mark = document.createElement('span');
      mark.className = 'done-mark';
      mark.textContent = '✓';
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = ' (completed)';
      mark.append(label);
      link.append(mark);
    } else if (!done.has(id)) {
      mark?.remove();
    }
  }
  for (const badge of document.querySelectorAll<HTMLElement>('[data-done-badge]')) {
    badge.hidden = !done.has(badge.dataset.doneBadge ?? '');
  }
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

lessons.$items.subscribe(renderProgress);
showStorageNotices();
