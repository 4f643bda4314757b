import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SnapshotReason } from '../../shared/contract';
import { openStores } from '../openStores';
import { listSnapshots } from './listSnapshots';
import { SnapshotSchedule, type StartTimer } from './snapshotSchedule';

/** A timer the test fires by hand. */
function manualTimer(): { startTimer: StartTimer; pending: { ms: number; fire: () => void }[] } {
  const pending: { ms: number; fire: () => void }[] = [];
  return {
    pending,
    startTimer: (run, ms) => {
      const entry = { ms, fire: run };
      pending.push(entry);
      return { cancel: () => pending.splice(pending.indexOf(entry), 1) };
    },
  };
}

function schedule(take: (reason: SnapshotReason) => Promise<unknown>, errors: unknown[] = []) {
  const timer = manualTimer();
  return { timer, schedule: new SnapshotSchedule({ take, startTimer: timer.startTimer, spanMs: 1000, onError: (e) => errors.push(e) }) };
}

describe('SnapshotSchedule', () => {
  it('takes one snapshot a span after the first change, however many changes follow', async () => {
    const taken: SnapshotReason[] = [];
    const { timer, schedule: s } = schedule(async (reason) => taken.push(reason));
    s.noteActivity();
    s.noteActivity();
    expect(timer.pending.map((p) => p.ms)).toEqual([1000]);
    timer.pending.shift()!.fire();
    await s.idle();
    expect(taken).toEqual(['activity']);
    await s.close();
    expect(taken).toEqual(['activity']);
  });

  it('takes one on close only if something changed since the last', async () => {
    const taken: SnapshotReason[] = [];
    const quiet = schedule(async (reason) => taken.push(reason));
    await quiet.schedule.close();
    expect(taken).toEqual([]);
    const busy = schedule(async (reason) => taken.push(reason));
    busy.schedule.noteActivity();
    await busy.schedule.close();
    expect(taken).toEqual(['close']);
    expect(busy.timer.pending).toEqual([]);
  });

  it('reports a failed snapshot and tries again on close', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const taken: SnapshotReason[] = [];
    const { timer, schedule: s } = schedule(async (reason) => {
      if (fail) throw new Error('disk full');
      taken.push(reason);
    }, errors);
    s.noteActivity();
    timer.pending.shift()!.fire();
    await s.idle();
    expect(errors).toHaveLength(1);
    fail = false;
    await s.close();
    expect(taken).toEqual(['close']);
  });

  it('is driven by the writes of an open data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-schedule-'));
    const timer = manualTimer();
    const stores = await openStores(dataDir, () => new Date(), { snapshotTimer: timer.startTimer });
    expect(timer.pending).toHaveLength(1); // creating library.json is a write
    await stores.library.update((data) => void (data.settings.theme = 'dark'));
    expect(timer.pending).toHaveLength(1);
    timer.pending.shift()!.fire();
    await stores.close();
    const snapshots = await listSnapshots(dataDir);
    expect(snapshots.map((s) => s.manifest.reason)).toEqual(['activity']);
    expect(JSON.parse(await readFile(join(snapshots[0]!.dir, 'library.json'), 'utf8')).settings.theme).toBe('dark');
  });
});
