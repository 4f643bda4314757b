import { z } from 'zod';
import { Timestamp } from '../../shared/contract';

/**
 * A backup file: one zip holding a whole-library snapshot (library.json,
 * every document file and review log, every text version and long note)
 * with its manifest, plus this marker saying what the file is.
 */
export const BACKUP_MARKER_FILE = 'gloss-backup.json';

export const BackupMarker = z.strictObject({
  format: z.literal('gloss-backup'),
  formatVersion: z.literal(1),
  createdAt: Timestamp,
  /** The Gloss that made it (its files' own schema versions say what it can hold). */
  glossVersion: z.string(),
});
export type BackupMarker = z.infer<typeof BackupMarker>;

/** The file extension of backup files. */
export const BACKUP_EXTENSION = 'glossbackup';

/** The only paths a backup may hold: nothing that could land outside the data directory. */
const BACKUP_PATH = /^(library\.json|documents\/[a-z0-9-]{1,64}(\.json|\.reviews\.jsonl)|texts\/[a-z0-9-]{1,64}\/[A-Za-z0-9._-]{1,100}|notes\/[a-z0-9-]{1,64}\/[0-9a-f]{64}\.md)$/;

/** Whether a path listed in a backup is one Gloss writes (no "..", no absolute path, no other folder). */
export function isBackupPath(path: string): boolean {
  return BACKUP_PATH.test(path) && !path.split('/').includes('..');
}

const MB = 1024 * 1024;

/** How much a backup may unpack to: a library of years, not a zip bomb. */
export const BACKUP_ZIP_LIMITS = {
  maxEntries: 2_000_000,
  maxTotalBytes: 8 * 1024 * MB,
  maxRatio: 300,
  ratioFreeBytes: 4 * MB,
};
