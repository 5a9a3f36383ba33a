import { daysBetween, type IsoDate, localDate } from './dates';

/** Days after the last backup before the site reminds the reader to export again. */
export const EXPORT_REMINDER_DAYS = 30;
/** Days after the first saved note before a reader who never exported is reminded. */
export const FIRST_REMINDER_DAYS = 7;

/** What the site says about backups: days since the last one (null: never) and whether to remind. */
export interface BackupStatus {
  daysSince: number | null;
  remind: boolean;
}

/**
 * Where the reader stands on `today` with backups. They are reminded when they have data
 * (the oldest saved at `oldestAt`) and have never exported although that data is a week
 * old, or last exported at least 30 days ago. Days are calendar days in the reader's time
 * zone (or `timeZone`).
 */
export function backupStatus(
  oldestAt: number | undefined,
  lastExportAt: number | undefined,
  today: IsoDate,
  timeZone?: string,
): BackupStatus {
  const since = (at: number) => daysBetween(localDate(at, timeZone), today);
  const daysSince = lastExportAt === undefined ? null : Math.max(0, since(lastExportAt));
  if (oldestAt === undefined) return { daysSince, remind: false };
  const remind = daysSince === null ? since(oldestAt) >= FIRST_REMINDER_DAYS : daysSince >= EXPORT_REMINDER_DAYS;
  return { daysSince, remind };
}
