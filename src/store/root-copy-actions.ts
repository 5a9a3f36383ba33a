import { namespace, rootOfferOpen, sharedStorage, vault } from './app';
import { type CopyResult, copyRootData, declineRootData } from './root-copy';

/**
 * The offer of a root copy's data, for this page (see ./root-copy.ts for the rules). Loaded
 * only by copies under a sub-path.
 */

/** Whether this page shows the offer of the root copy's data (opened as the page's storage starts, see ./app.ts). */
export function rootDataOffered(): boolean {
  return rootOfferOpen;
}

/** Copies the root copy's data into this copy (the originals stay) and shows it on this page. */
export function acceptRootData(): CopyResult {
  if (!sharedStorage) return { ok: false, reason: 'failed' };
  const result = copyRootData(sharedStorage, namespace);
  if (result.ok) vault.changedAll();
  return result;
}

/** Starts this copy without the root copy's data; the offer is not made again. */
export function refuseRootData(): boolean {
  return sharedStorage ? declineRootData(sharedStorage, namespace) : false;
}
