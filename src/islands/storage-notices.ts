import { href } from '../domain/paths';
import { vault } from '../store/app';
import type { Notice } from '../store/vault';
import { downloadText, quarantineFileName } from './download';

/**
 * The messages about saved data, the same on every page that saves: data set aside
 * because it could not be read (with its download), data from a newer version (not
 * saving), storage that is blocked or full, text another tab replaced (offered back). Renders text only, never HTML, into the
 * page's `#storage-notices` region.
 */

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

/** Shows the vault's notices in `#storage-notices`, and keeps them up to date. */
export function showStorageNotices() {
  vault.$notices.subscribe((list) => {
    const host = document.getElementById('storage-notices');
    if (!host) return;
    host.replaceChildren(...list.map(noticeElement));
    host.hidden = list.length === 0;
  });
}
