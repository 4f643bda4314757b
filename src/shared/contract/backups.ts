import { z } from 'zod';
import { DocumentId, NoParams, Timestamp, method } from './common';

/** A snapshot's id: the moment it was taken, safe in file names, with a counter if two share a millisecond. */
export const SnapshotId = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d{1,3})?$/, 'a snapshot id is the time it was taken');
export type SnapshotId = z.infer<typeof SnapshotId>;

/** Why a snapshot was taken: after a span of activity, when Gloss closed, or just before a restore. */
export const SnapshotReason = z.enum(['activity', 'close', 'before-restore']);
export type SnapshotReason = z.infer<typeof SnapshotReason>;

/** One whole-library snapshot, as the Backups screen lists it. */
export const SnapshotSummary = z.strictObject({
  id: SnapshotId,
  takenAt: Timestamp,
  reason: SnapshotReason,
  documents: z.array(z.strictObject({ id: DocumentId, title: z.string() })),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;

export const backupMethods = {
  /** The whole-library snapshots kept (the last 10 and one a day for a week), newest first. */
  'backups:list': method(NoParams, z.strictObject({ snapshots: z.array(SnapshotSummary) }), { readOnly: true }),
  /**
   * Puts the library back as it was in a snapshot, after taking a snapshot of
   * the present (`before`), so that a restore can itself be undone.
   */
  'backups:restore': method(z.strictObject({ id: SnapshotId }), z.strictObject({ restored: SnapshotSummary, before: SnapshotSummary })),
};
