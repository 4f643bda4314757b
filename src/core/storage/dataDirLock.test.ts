import { mkdtemp, readFile, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataDirLockedError, lockDataDir, type DataDirLock } from './dataDirLock';
import { spawnLockHolder, type LockHolder } from './testing/spawnLockHolder';
import { writeFileAtomic } from './writeFileAtomic';
import { unfenceWrites } from './writeFence';

const holders: LockHolder[] = [];
const locks: DataDirLock[] = [];

afterEach(async () => {
  for (const holder of holders.splice(0)) {
    holder.child.kill('SIGCONT');
    holder.child.kill('SIGKILL');
    await holder.exited;
  }
  await Promise.all(locks.splice(0).map((lock) => lock.release()));
});

async function freshDir(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'gloss-lock-')), 'data');
}

async function hold(dir: string, staleMs?: number): Promise<LockHolder> {
  const holder = await spawnLockHolder(dir, staleMs);
  holders.push(holder);
  return holder;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lockDataDir', () => {
  it('refuses a second writer with a message naming the directory, until the first releases', async () => {
    const dir = await freshDir();
    const first = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(lockDataDir(dir)).rejects.toThrow(`Another Gloss is already using the data directory ${dir}.`);
    await first.release();
    const again = await lockDataDir(dir);
    await again.release();
  });

  it('records its holder (pid, host) beside the lock, and removes the record on release', async () => {
    const dir = await freshDir();
    const lock = await lockDataDir(dir);
    const owner = JSON.parse(await readFile(join(dir, 'gloss.lock.owner.json'), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, token: expect.any(String) });
    await lock.release();
    await expect(stat(join(dir, 'gloss.lock.owner.json'))).rejects.toThrow(/ENOENT/);
    await expect(stat(join(dir, 'gloss.lock'))).rejects.toThrow(/ENOENT/);
  });

  it('takes over at once the lock of a process that was killed (kill -9), not after it goes stale', async () => {
    const dir = await freshDir();
    const holder = await hold(dir);
    holder.child.kill('SIGKILL');
    await holder.exited;
    // The dead holder's lock is still there and fresh: only its pid tells it is dead.
    expect(Date.now() - (await stat(join(dir, 'gloss.lock'))).mtimeMs).toBeLessThan(10_000);
    const started = Date.now();
    const lock = await lockDataDir(dir);
    locks.push(lock);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await lock.isStillHeld()).toBe(true);
  });

  it('does not take the lock of a live process, even a stopped one (kill -STOP)', async () => {
    const dir = await freshDir();
    const holder = await hold(dir);
    holder.child.kill('SIGSTOP');
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('a holder paused past the stale time and taken over learns it lost the lock when it resumes, and leaves the new lock alone', async () => {
    const dir = await freshDir();
    const holder = await hold(dir, 2_000);
    holder.child.kill('SIGSTOP');
    const lockMtime = (await stat(join(dir, 'gloss.lock'))).mtimeMs;
    await sleep(Math.max(0, lockMtime + 2_300 - Date.now()));
    const newcomer = await lockDataDir(dir, { staleMs: 2_000 });
    locks.push(newcomer);
    holder.child.kill('SIGCONT');
    expect(await holder.exited).toBe(3);
    expect(holder.output()).toMatch(/^lost$/m);
    // The first holder exited without removing the newcomer's lock or record.
    expect(await newcomer.isStillHeld()).toBe(true);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
  }, 20_000);

  it('knows at once that another process took its lock, and then releases nothing of the newcomer', async () => {
    const dir = await freshDir();
    const first = await lockDataDir(dir);
    // What a newcomer does after judging the lock stale: remove the folder and take it.
    await rmdir(join(dir, 'gloss.lock'));
    const newcomer = await hold(dir);
    expect(await first.isStillHeld()).toBe(false);
    await first.release();
    expect(newcomer.child.exitCode).toBeNull();
    await stat(join(dir, 'gloss.lock'));
    expect(JSON.parse(await readFile(join(dir, 'gloss.lock.owner.json'), 'utf8')).pid).toBe(newcomer.child.pid);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('refuses every write under the directory once another process\'s owner record replaces its own, before proper-lockfile notices', async () => {
    const dir = await freshDir();
    const lock = await lockDataDir(dir);
    await writeFileAtomic(join(dir, 'library.json'), 'ours');
    await writeFile(join(dir, 'gloss.lock.owner.json'), JSON.stringify({ pid: 999_999, hostname: hostname(), token: 'the-newcomer', since: new Date().toISOString() }));
    try {
      await expect(writeFileAtomic(join(dir, 'library.json'), 'ours again')).rejects.toMatchObject({ code: 'closing' });
      expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe('ours');
    } finally {
      await lock.release();
      unfenceWrites(dir);
    }
    // The guard went with the lock: a write after it (as by the next Gloss of this process) is its own business.
    await writeFileAtomic(join(dir, 'library.json'), 'after');
  });

  it('reports once a lock that could not be kept (its folder vanished)', async () => {
    const dir = await freshDir();
    const onCompromised = vi.fn();
    const lock = await lockDataDir(dir, { staleMs: 2_000, onCompromised });
    locks.push(lock);
    await rmdir(join(dir, 'gloss.lock'));
    await vi.waitFor(() => expect(onCompromised).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    expect(await lock.isStillHeld()).toBe(false);
  }, 10_000);
});
