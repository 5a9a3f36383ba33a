import * as z from 'zod/mini';
import { BACKUP_APP } from './stored';

/**
 * The backup file (src/store/backup.ts makes it, src/store/backup-import.ts reads it; its
 * name and format version are in ./stored.ts): every stored record as an envelope by storage
 * key, and every other value of the site verbatim. Kept apart from the stored schemas, which
 * every tool loads: only the data page reads a backup, once the reader has chosen one.
 */

/** A backup file: every stored record, as envelopes, by storage key. */
export const backupSchema = z.object({
  /** Always "relationship-first". */
  app: z.literal(BACKUP_APP),
  /** Backup format version. */
  format: z.int().check(z.minimum(1)),
  /** When the backup was made (ISO 8601). */
  exportedAt: z.string(),
  /** Stored records by key. */
  records: z.record(z.string().check(z.maxLength(200)), z.unknown()),
  /** Every other value of the site by key, exactly as stored (format 2). */
  verbatim: z.optional(z.record(z.string().check(z.maxLength(400)), z.string())),
});

/** A parsed backup file before its records are checked one by one. */
export type BackupFile = z.infer<typeof backupSchema>;
