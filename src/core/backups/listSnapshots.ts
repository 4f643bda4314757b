import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { backupsDir, readManifest, type SnapshotManifest } from './snapshotManifest';

/** A finished snapshot and the folder that holds it. */
export interface StoredSnapshot {
  dir: string;
  manifest: SnapshotManifest;
}

/** Every finished snapshot (its manifest parses), newest first; unfinished folders are passed over. */
export async function listSnapshots(dataDir: string): Promise<StoredSnapshot[]> {
  let names: string[];
  try {
    names = await readdir(backupsDir(dataDir));
  } catch {
    return [];
  }
  const snapshots: StoredSnapshot[] = [];
  for (const name of names.filter((n) => !n.startsWith('.'))) {
    const dir = join(backupsDir(dataDir), name);
    const manifest = await readManifest(dir);
    if (manifest && manifest.id === name) snapshots.push({ dir, manifest });
  }
  return snapshots.sort((a, b) => b.manifest.takenAt.localeCompare(a.manifest.takenAt) || b.manifest.id.localeCompare(a.manifest.id));
}

/** The copies of one file of the data directory (a path relative to it) that snapshots hold, newest first. */
export async function snapshotCopiesOf(dataDir: string, relativePath: string): Promise<BackupCopy[]> {
  return (await listSnapshots(dataDir))
    .filter(({ manifest }) => manifest.files.includes(relativePath))
    .map(({ dir, manifest }) => {
      return { path: join(dir, ...relativePath.split('/')), savedAt: new Date(manifest.takenAt), label: 'its copy in a whole-library snapshot' };
    });
}
