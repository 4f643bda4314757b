import { link, mkdir, mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneBackupStore, pruneSnapshots, snapshotsToKeep } from './pruneSnapshots';
import { backupsDir } from './snapshotManifest';
import { takeSnapshot } from './takeSnapshot';

const HOUR = 60 * 60 * 1000;
const now = new Date('2026-11-28T12:00:00.000Z');
const at = (hoursAgo: number) => ({ id: `s${hoursAgo}`, takenAt: new Date(now.getTime() - hoursAgo * HOUR) });

describe('snapshotsToKeep', () => {
  it('keeps the last 10 whatever their age', () => {
    const snapshots = [30, 40, 50, 200, 300, 400, 500, 600, 700, 800, 900].map(at);
    const keep = snapshotsToKeep(snapshots, now);
    expect([...keep].sort()).toEqual(['s200', 's30', 's300', 's40', 's400', 's50', 's500', 's600', 's700', 's800'].sort());
  });

  it('keeps the newest of each of the last 7 days beyond the last 10, and nothing older', () => {
    // Every 2 hours for 10 days: the last 10 cover 20 hours; today and the 6 days before keep their newest; older days go.
    const snapshots = Array.from({ length: 120 }, (_, i) => at(i * 2));
    const keep = snapshotsToKeep(snapshots, now);
    const lastTen = snapshots.slice(0, 10).map((s) => s.id);
    const daily = ['2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22'].map(
      (day) => snapshots.find((s) => s.takenAt.toISOString().startsWith(day))!.id,
    );
    expect([...keep].sort()).toEqual([...new Set([...lastTen, ...daily])].sort());
    expect(keep.has('s192')).toBe(false);
  });

  it('keeps everything when there are ten or fewer', () => {
    expect(snapshotsToKeep([at(1000), at(2000)], now)).toEqual(new Set(['s1000', 's2000']));
  });
});

describe('pruneSnapshots', () => {
  it('removes finished snapshots the policy does not keep and leaves folders it does not understand', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-prune-'));
    const taken = [];
    for (let day = 20; day >= 1; day--) taken.push(await takeSnapshot(dataDir, new Date(now.getTime() - day * 24 * HOUR), 'activity'));
    await mkdir(join(backupsDir(dataDir), 'not-a-snapshot'));
    const removed = await pruneSnapshots(dataDir, now);
    expect(removed.sort()).toEqual(taken.slice(0, 10).map((m) => m.id).sort());
    expect((await readdir(backupsDir(dataDir))).sort()).toEqual([...taken.slice(10).map((m) => m.id), 'not-a-snapshot'].sort());
  });

  it('removes the shared copy of a text once no snapshot links it, and keeps those still linked or just made', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-prune-store-'));
    const store = join(backupsDir(dataDir), 'store', 'texts', 'doc-a');
    await mkdir(store, { recursive: true });
    const old = new Date(Date.now() - 10 * 60_000);
    for (const name of ['v1.txt', 'v2.txt', 'v3.txt']) await writeFile(join(store, name), name);
    await utimes(join(store, 'v1.txt'), old, old);
    await utimes(join(store, 'v2.txt'), old, old);
    await mkdir(join(dataDir, 'elsewhere'));
    await link(join(store, 'v2.txt'), join(dataDir, 'elsewhere', 'v2.txt'));
    await pruneBackupStore(dataDir);
    expect((await readdir(store)).sort()).toEqual(['v2.txt', 'v3.txt']);
  });
});
