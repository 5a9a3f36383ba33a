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

/**
 * `backupStatus` from the save times of every record, read only as far as the answer needs:
 * after a backup, whether there is any record at all; before one, whether any record is old
 * enough for a reminder (the first such ends the reading). The answer is the one
 * `backupStatus` gives for the oldest of them all.
 */
export function backupStatusOf(
  savedTimes: Iterable<number>,
  lastExportAt: number | undefined,
  today: IsoDate,
  timeZone?: string,
): BackupStatus {
  let oldest: number | undefined;
  for (const at of savedTimes) {
    oldest = oldest === undefined ? at : Math.min(oldest, at);
    if (lastExportAt !== undefined) break;
    if (daysBetween(localDate(at, timeZone), today) >= FIRST_REMINDER_DAYS) break;
  }
  return backupStatus(oldest, lastExportAt, today, timeZone);
}
