import { z } from 'zod';
import { DocumentId, NoParams, Timestamp, method } from './common';
import { ExportedFile } from './exports';

/** A snapshot's id: the moment it was taken, safe in file names, with a counter if two share a millisecond. */
export const SnapshotId = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d{1,3})?$/, 'a snapshot id is the time it was taken');
export type SnapshotId = z.infer<typeof SnapshotId>;

/** Why a snapshot was taken: after a span of activity, when Gloss closed, just before a restore, to make a backup file, or read from one. */
export const SnapshotReason = z.enum(['activity', 'close', 'before-restore', 'backup-file', 'from-backup-file']);
export type SnapshotReason = z.infer<typeof SnapshotReason>;

/** One whole-library snapshot, as the Backups screen lists it. */
export const SnapshotSummary = z.strictObject({
  id: SnapshotId,
  takenAt: Timestamp,
  reason: SnapshotReason,
  documents: z.array(z.strictObject({ id: DocumentId, title: z.string() })),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;

/** The largest backup file the window can hand over (as base64 in one string); the CLI reads larger ones from disk. */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

export const backupMethods = {
  /** The whole-library snapshots kept (the last 10 and one a day for a week), newest first. */
  'backups:list': method(NoParams, z.strictObject({ snapshots: z.array(SnapshotSummary) }), { readOnly: true }),
  /**
   * Puts the library back as it was in a snapshot, after taking a snapshot of
   * the present (`before`), so that a restore can itself be undone.
   */
  'backups:restore': method(z.strictObject({ id: SnapshotId }), z.strictObject({ restored: SnapshotSummary, before: SnapshotSummary })),
  /** The whole library as one backup file (.glossbackup): every document with every text version, highlights, tags, cards, review logs, settings. */
  'backup:create': method(NoParams, ExportedFile),
  /**
   * Replaces the library with a backup file's. Refused with 'conflict' when the
   * library holds the user's work, unless `replace` says the user agreed; the
   * library as it was is kept as the snapshot `before`.
   */
  'backup:restore': method(
    z.strictObject({ fileName: z.string().min(1).max(500), data: z.base64().max(Math.ceil(MAX_BACKUP_BYTES / 3) * 4), replace: z.boolean().optional() }),
    z.strictObject({ restored: SnapshotSummary, before: SnapshotSummary, backupCreatedAt: Timestamp }),
  ),
};
