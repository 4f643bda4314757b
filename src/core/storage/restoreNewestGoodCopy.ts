import { stat } from 'node:fs/promises';
import { DurableJsonFile } from './durableJsonFile';
import { errnoCode } from './errno';
import { upgradeData, type FileFormat } from './fileFormat';
import { previousGenerationPath } from './writeFileAtomic';

/** An older copy of a file that may stand in for it. */
export interface BackupCopy {
  path: string;
  savedAt: Date;
  /** How the notice names it: "its previous version", "the snapshot of …". */
  label: string;
}

/**
 * The newest copy of a lost file that parses and validates, among its
 * previous generation and `backups`, by when each was saved (the previous
 * generation first on a tie). A snapshot taken after the previous generation
 * was written holds what the file held then, which is at least as new: the
 * snapshot taken when Gloss closed loses nothing of a file damaged while it
 * was closed. Copies from a newer Gloss or damaged ones are passed over;
 * null when none will do.
 */
export async function restoreNewestGoodCopy<T extends { schemaVersion: number }>(
  format: FileFormat<T>,
  path: string,
  backups: readonly BackupCopy[],
): Promise<{ data: T; copy: BackupCopy } | null> {
  const previous = await previousGeneration(path);
  // A stable sort: of a previous generation and a snapshot saved in the same millisecond, the previous generation is tried first.
  const copies = [...(previous ? [previous] : []), ...backups].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
  for (const copy of copies) {
    try {
      const raw = await new DurableJsonFile<unknown>(copy.path).read();
      if (raw !== null) return { data: upgradeData(format, raw, copy.path).data, copy };
    } catch {
      // Damaged, unreadable or newer than this Gloss: try the next older copy.
    }
  }
  return null;
}

async function previousGeneration(path: string): Promise<BackupCopy | null> {
  const prev = previousGenerationPath(path);
  try {
    return { path: prev, savedAt: (await stat(prev)).mtime, label: 'its previous version' };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}
