/** Days after the last backup before the site reminds the reader to export again. */
export const EXPORT_REMINDER_DAYS = 30;
/** Days after the first saved note before a reader who never exported is reminded. */
export const FIRST_REMINDER_DAYS = 7;

const DAY = 86_400_000;

/**
 * Whether to remind the reader to export a backup: they have data (the oldest saved at
 * `oldestAt`) and have never exported although that data is a week old, or last exported
 * at least 30 days ago.
 */
export function needsExportReminder(
  oldestAt: number | undefined,
  lastExportAt: number | undefined,
  now: number,
): boolean {
  if (oldestAt === undefined) return false;
  if (lastExportAt === undefined) return now - oldestAt >= FIRST_REMINDER_DAYS * DAY;
  return now - lastExportAt >= EXPORT_REMINDER_DAYS * DAY;
}
