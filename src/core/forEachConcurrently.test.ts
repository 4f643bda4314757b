import { describe, expect, it } from 'vitest';
import { forEachConcurrently } from './forEachConcurrently';

/** A task that stays under way until the test lets it end. */
function heldTasks() {
  const running = new Set<number>();
  const releases = new Map<number, () => void>();
  let mostAtOnce = 0;
  const work = (item: number) =>
    new Promise<void>((resolve) => {
      running.add(item);
      mostAtOnce = Math.max(mostAtOnce, running.size);
      releases.set(item, () => {
        running.delete(item);
        resolve();
      });
    });
  return { work, running, release: (item: number) => releases.get(item)!(), mostAtOnce: () => mostAtOnce };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('forEachConcurrently', () => {
  it('visits every item once, never more than the limit at a time', async () => {
    const tasks = heldTasks();
    const seen: number[] = [];
    const done = forEachConcurrently([1, 2, 3, 4, 5], (item) => (seen.push(item), tasks.work(item)), { limit: 2 });
    for (let round = 0; round < 5; round++) {
      await tick();
      for (const item of [...tasks.running]) tasks.release(item);
    }
    await done;
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(tasks.mostAtOnce()).toBe(2);
  });

  it('starts nothing more once aborted, and waits for the calls under way', async () => {
    const tasks = heldTasks();
    const stop = new AbortController();
    let ended = false;
    const done = forEachConcurrently([1, 2, 3, 4], tasks.work, { limit: 2, signal: stop.signal }).then(() => (ended = true));
    await tick();
    stop.abort();
    await tick();
    expect(ended).toBe(false);
    tasks.release(1);
    tasks.release(2);
    await done;
    expect(tasks.mostAtOnce()).toBe(2);
    expect(tasks.running.size).toBe(0);
  });

  it('throws the first failure after the calls under way have ended, starting no more', async () => {
    const started: number[] = [];
    const work = async (item: number) => {
      started.push(item);
      if (item === 1) throw new Error('disk gone');
      await tick();
    };
    await expect(forEachConcurrently([1, 2, 3, 4, 5, 6], work, { limit: 2 })).rejects.toThrow('disk gone');
    expect(started).toEqual([1, 2]);
  });

  it('treats a limit below one as one', async () => {
    const seen: number[] = [];
    await forEachConcurrently([1, 2], async (item) => void seen.push(item), { limit: 0 });
    expect(seen).toEqual([1, 2]);
  });
});
