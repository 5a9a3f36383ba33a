import { BASE } from '../domain/paths';
import { acceptRootData, refuseRootData, rootDataOffered } from '../store/root-copy-actions';

/**
 * On a copy of the site served under a sub-path: when this browser has data from a copy at
 * the origin's root and none for this copy yet (for example after the site moved from the
 * root to a sub-path), offers to copy that data here. Nothing is taken without asking, and
 * the original stays where it is.
 */

const host = document.getElementById('copy-offer');

function button(label: string, secondary: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = secondary ? 'button secondary' : 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function show(message: string, ...actions: HTMLElement[]) {
  if (!host) return;
  const p = document.createElement('p');
  p.textContent = message;
  const row = document.createElement('p');
  row.className = 'notice-actions';
  row.append(...actions);
  host.replaceChildren(p, row);
  host.hidden = false;
}

function close() {
  if (!host) return;
  host.hidden = true;
  host.replaceChildren();
  document.getElementById('main')?.focus();
}

if (host && rootDataOffered()) {
  const root = `${location.host}/`;
  const here = `${location.host}${BASE}`;
  const dismiss = button('Dismiss', true, close);
  show(
    `This browser has data saved by the copy of this site at ${root}: reading progress, notes or tool data. Copy it into this copy at ${here}? The data at ${root} stays as it is.`,
    button('Copy my data here', false, () => {
      const result = acceptRootData();
      if (result.ok) {
        show(
          `Copied ${result.copied} saved item${result.copied === 1 ? '' : 's'}. From now on the two copies keep their data apart.`,
          dismiss,
        );
      } else {
        show(
          result.reason === 'quota'
            ? 'The browser has no room to copy the data, so nothing was copied. Export a backup on the other copy and import it here instead.'
            : 'The browser refused to copy the data, so nothing was copied. Export a backup on the other copy and import it here instead.',
          dismiss,
        );
      }
      dismiss.focus();
    }),
    button('Start empty', true, () => {
      refuseRootData();
      close();
    }),
  );
}
