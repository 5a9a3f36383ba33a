import { BASE, href } from '../domain/paths';

/**
 * Registers the service worker that keeps the site usable offline, and offers a reload
 * when a new version of the site has been downloaded in the background.
 */

/** Set once the reader asks for the new version; only then does a change of worker reload the page. */
let updateRequested = false;

function offerUpdate(worker: ServiceWorker) {
  const host = document.getElementById('update-notice');
  if (!host?.hidden) return;
  const p = document.createElement('p');
  p.textContent = 'A new version of this site is ready.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Reload to update';
  button.addEventListener('click', () => {
    button.disabled = true;
    updateRequested = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  host.replaceChildren(p, button);
  host.hidden = false;
}

if ('serviceWorker' in navigator && location.protocol !== 'file:' && !import.meta.env.DEV) {
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first worker taking control needs no reload; an update the reader asked for does.
    if (reloading || !updateRequested) return;
    reloading = true;
    location.reload();
  });
  const register = () => {
    navigator.serviceWorker
      .register(href('/sw.js'), { scope: BASE })
      .then((reg) => {
        if (reg.waiting && navigator.serviceWorker.controller) offerUpdate(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const worker = reg.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
          });
        });
      })
      .catch(() => {
        // Offline support is an extra: the site works without it.
      });
  };
  // After the page has loaded (reading pages run this script only after that).
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
