import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotReason } from '../../shared/contract';
import { listSnapshots } from './listSnapshots';
import { backupStoreDir, type SnapshotManifest } from './snapshotManifest';
import { assertWritesAllowed, removeIfAllowed } from '../storage/writeFence';
import { takeSnapshot } from './takeSnapshot';

/** How many snapshots are kept: the newest `keepLast`, plus the newest of each of the last `days` days. */
export interface RetentionPolicy {
  keepLast: number;
  days: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 10, days: 7 };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The ids of the snapshots to keep under a retention policy: the newest
 * `keepLast` whatever their age, and for each of the last `days` calendar
 * days (UTC, today included), the newest snapshot of that day.
 */
export function snapshotsToKeep(snapshots: readonly { id: string; takenAt: Date }[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((s) => s.id));
  const seenDays = new Set<string>();
  const today = Math.floor(now.getTime() / DAY_MS);
  for (const snapshot of newestFirst) {
    // Calendar days (UTC), today being the first of them.
    if (today - Math.floor(snapshot.takenAt.getTime() / DAY_MS) >= policy.days) continue;
    const day = snapshot.takenAt.toISOString().slice(0, 10);
    if (seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(snapshot.id);
  }
  return keep;
}

/**
 * Removes the finished snapshots the policy does not keep; returns their ids.
 * Called only after a new snapshot was verified, so an older one is never
 * pruned in favour of a copy that does not parse. Unfinished folders are left alone.
 */
export async function pruneSnapshots(dataDir: string, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Promise<string[]> {
  const snapshots = await listSnapshots(dataDir);
  const keep = snapshotsToKeep(snapshots.map(({ manifest }) => ({ id: manifest.id, takenAt: new Date(manifest.takenAt) })), now, policy);
  const removed: string[] = [];
  for (const { dir, manifest } of snapshots) {
    if (keep.has(manifest.id)) continue;
    await removeIfAllowed(dir, { recursive: true });
    removed.push(manifest.id);
  }
  await pruneBackupStore(dataDir);
  return removed;
}

/**
 * Removes the store's copies that no snapshot links any more: a file whose
 * only name is its name in the store (link count 1) and that is not brand
 * new. Where links are not
 * supported, snapshots hold copies of their own and the store is only a
 * cache, so removing its files loses nothing.
 */
export async function pruneBackupStore(dataDir: string): Promise<void> {
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      if (!entry.isFile()) continue;
      const { nlink, mtimeMs } = await stat(path);
      // A copy made a moment ago may be about to be linked by a snapshot under way.
      if (nlink <= 1 && Date.now() - mtimeMs > 60_000) await removeIfAllowed(path);
    }
  };
  await visit(backupStoreDir(dataDir));
}

/** Takes a snapshot and, once it is verified, prunes the older ones the policy does not keep. */
export async function takeSnapshotAndPrune(dataDir: string, when: Date, reason: SnapshotReason): Promise<SnapshotManifest> {
  // Copies and prunes bypass writeDurably; a Gloss that lost its lock must not touch the backups either.
  assertWritesAllowed(dataDir);
  const manifest = await takeSnapshot(dataDir, when, reason);
  await pruneSnapshots(dataDir, when);
  return manifest;
}
