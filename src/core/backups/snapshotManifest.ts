import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SnapshotId, SnapshotReason, Timestamp, DocumentId } from '../../shared/contract';

/** Where the whole-library snapshots live, one folder each. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

export const MANIFEST_FILE = 'snapshot.json';

/** One copy of each text and long note that snapshots hold, linked into each of them (never a snapshot itself). */
export function backupStoreDir(dataDir: string): string {
  return join(backupsDir(dataDir), 'store');
}

/**
 * backups/<id>/snapshot.json, written last: a snapshot folder without a
 * manifest that parses is unfinished and is never restored from.
 */
export const SnapshotManifest = z.strictObject({
  schemaVersion: z.literal(1),
  id: SnapshotId,
  takenAt: Timestamp,
  reason: SnapshotReason,
  documents: z.array(z.strictObject({ id: DocumentId, title: z.string() })),
  /** Every file in the snapshot, relative to it (and to the data directory it copies). */
  files: z.array(z.string()),
  /** Files the library refers to that could not be copied (missing or damaged at the time). */
  skipped: z.array(z.string()),
});
export type SnapshotManifest = z.infer<typeof SnapshotManifest>;

/** A snapshot's manifest, or null if the folder is not a finished snapshot. */
export async function readManifest(snapshotDir: string): Promise<SnapshotManifest | null> {
  try {
    const parsed = SnapshotManifest.safeParse(JSON.parse(await readFile(join(snapshotDir, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A snapshot's folder name: its time to the millisecond, safe in file names ("2026-11-28T10-00-00-000Z"). */
export function snapshotIdFor(when: Date): string {
  return when.toISOString().replace(/[:.]/g, '-');
}
