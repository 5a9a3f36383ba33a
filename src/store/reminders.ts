import { atom, computed, onMount } from 'nanostores';
import { backupStatusOf } from '../domain/reminders';
import { meta, vault } from './app';
import { savedAt } from './codec';
import { metaKind } from './kinds/course';
import { QUARANTINE_PREFIX } from './kinds/define';
import { $today } from './today';

/**
 * The backup reminder, kept apart from the data page's actions so that pages which only
 * show the reminder do not download every tool's schemas.
 */

/**
 * Changes whenever what storage holds may have changed under this page: another tab saved,
 * this page imported or erased, a value was set aside, or the settings changed.
 */
export const $storage = atom(0);

onMount($storage, () => {
  const bump = () => $storage.set($storage.get() + 1);
  const stop = [vault.onChange(bump), vault.$notices.listen(bump), meta.$items.listen(bump)];
  return () => {
    for (const s of stop) s();
  };
});

/** When each saved record (not settings, not set-aside data) was saved, read one at a time as asked for. */
function* savedTimes(): Generator<number> {
  for (const key of vault.keys()) {
    if (key.startsWith(metaKind.prefix) || key.startsWith(QUARANTINE_PREFIX)) continue;
    const raw = vault.rawValue(key);
    const at = raw === null ? undefined : savedAt(raw);
    if (at !== undefined) yield at;
  }
}

/** Days since the last backup, and whether to remind the reader to make one (see `backupStatusOf`). */
export const $backup = computed([meta.$items, $today, $storage], (items, today) =>
  backupStatusOf(savedTimes(), items.app?.lastExportAt, today),
);
