import { vault } from '../store/app';
import type { Notice } from '../store/vault';
import { downloadText, quarantineFileName } from './download';

/**
 * The messages about saved data, the same on every page that saves: data set aside
 * because it could not be read (with its download), data from a newer version (not
 * saving), storage that is blocked or full. Renders text only, never HTML, into the
 * page's `#storage-notices` region.
 */

function noticeElement(n: Notice): HTMLElement {
  const box = document.createElement('div');
  box.className = `notice ${n.kind === 'memory' || n.kind === 'quota' || n.kind === 'locked' ? 'bad' : 'warn'}`;
  box.dataset.notice = n.kind;
  const p = document.createElement('p');
  p.textContent = n.message;
  box.append(p);
  const actions = document.createElement('p');
  actions.className = 'notice-actions';
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
    link.href = '/data/';
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

/** Shows the vault's notices in `#storage-notices`, and keeps them up to date. */
export function showStorageNotices() {
  vault.$notices.subscribe((list) => {
    const host = document.getElementById('storage-notices');
    if (!host) return;
    host.replaceChildren(...list.map(noticeElement));
    host.hidden = list.length === 0;
  });
}
