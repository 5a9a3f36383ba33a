import { href } from '../domain/paths';
import { type LessonMeta, progressLabel, summarizeProgress } from '../domain/progress';
import { lessons, vault } from '../store/app';
import type { Notice } from '../store/vault';
import { downloadText, quarantineFileName } from './download';

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

/** The text another tab replaced, shown so it can be read and copied. */
function lostText(lost: { label: string; text: string }): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'lost-text';
  const caption = document.createElement('figcaption');
  caption.textContent = `Your ${lost.label.toLowerCase()}:`;
  const text = document.createElement('blockquote');
  text.textContent = lost.text;
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'button secondary';
  copy.textContent = 'Copy';
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(lost.text);
      copy.textContent = 'Copied';
    } catch {
      // The browser refused the clipboard: select the text so the reader can copy it by hand.
      const range = document.createRange();
      range.selectNodeContents(text);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      copy.textContent = 'Selected: press Ctrl+C (⌘C) to copy';
    }
  });
  caption.append(' ', copy);
  figure.append(caption, text);
  return figure;
}

function noticeElement(n: Notice): HTMLElement {
  const box = document.createElement('div');
  box.className = `notice ${n.kind === 'memory' || n.kind === 'quota' || n.kind === 'locked' ? 'bad' : 'warn'}`;
  box.dataset.notice = n.kind;
  const p = document.createElement('p');
  p.textContent = n.message;
  box.append(p);
  for (const lost of n.lost ?? []) box.append(lostText(lost));
  const actions = document.createElement('p');
  actions.className = 'notice-actions';
  if (n.restore) {
    const restore = n.restore;
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'button secondary';
    back.textContent =
      n.lost && n.lost.length > 1 ? 'Put mine back' : `Put my ${n.lost?.[0]?.label.toLowerCase() ?? 'text'} back`;
    back.addEventListener('click', () => restore());
    actions.append(back);
  }
  if (n.quarantineKey) {
    const key = n.quarantineKey;
    const dl = document.createElement('button');
    dl.type = 'button';
    dl.className = 'button secondary';
    dl.textContent = 'Download the set-aside data';
    dl.addEventListener('click', () => downloadText(quarantineFileName(key), vault.rawValue(key) ?? '', 'text/plain'));
    actions.append(dl);
  }
  if (n.kind === 'memory' || n.kind === 'quota') {
    const link = document.createElement('a');
    link.className = 'button secondary';
    link.href = href('/data/');
    link.textContent = 'Export a backup';
    actions.append(link);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button secondary';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => vault.dismiss(n.id));
  actions.append(close);
  box.append(actions);
  return box;
}

function renderNotices(list: readonly Notice[]) {
  const host = document.getElementById('storage-notices');
  if (!host) return;
  host.replaceChildren(...list.map(noticeElement));
  host.hidden = list.length === 0;
}

lessons.$items.subscribe(renderProgress);
vault.$notices.subscribe(renderNotices);
