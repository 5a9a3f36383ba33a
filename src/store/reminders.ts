import { needsExportReminder } from '../domain/reminders';
import { envelopeSchema } from '../schemas/stored';
import { meta, vault } from './app';
import { parseJson } from './codec';
import { metaKind, QUARANTINE_PREFIX } from './kinds';

/**
 * The backup reminder, kept apart from the data page's actions so that pages which only
 * show the reminder do not download every tool's schemas.
 */

/** When the oldest saved record (not settings, not set-aside data) was saved, if any. */
export function oldestRecordAt(): number | undefined {
  let oldest: number | undefined;
  for (const [key, raw] of vault.rawEntries()) {
    if (key.startsWith(metaKind.prefix) || key.startsWith(QUARANTINE_PREFIX)) continue;
    const parsed = parseJson(raw);
    const env = parsed.ok ? envelopeSchema.safeParse(parsed.value) : null;
    if (env?.success) oldest = Math.min(oldest ?? env.data.at, env.data.at);
  }
  return oldest;
}

/** Days since the last export, or null if never exported. */
export function daysSinceExport(now = Date.now()): number | null {
  const at = meta.get('app')?.lastExportAt;
  return at === undefined ? null : Math.floor((now - at) / 86_400_000);
}

/** Whether to remind the reader to export (see `needsExportReminder`). */
export function shouldRemindExport(now = Date.now()): boolean {
  return needsExportReminder(oldestRecordAt(), meta.get('app')?.lastExportAt, now);
}
