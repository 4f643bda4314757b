import { describe, expect, it } from 'vitest';
import { preparedAhead } from './preparedAhead';

/** A prepare step whose calls each wait until released, recording how many are under way. */
function gatedPrepare() {
  const gates = new Map<number, () => void>();
  const state = { underWay: 0, most: 0 };
  const prepare = (item: number) =>
    new Promise<string>((resolve) => {
      state.underWay++;
      state.most = Math.max(state.most, state.underWay);
      gates.set(item, () => {
        state.underWay--;
        resolve(`read ${item}`);
      });
    });
  const release = (item: number) => gates.get(item)?.();
  return { prepare, release, state, started: () => [...gates.keys()] };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preparedAhead', () => {
  it('yields every item in queue order, prepared one after another, up to a few ahead of the consumer', async () => {
    const { prepare, release, state, started } = gatedPrepare();
    const yielded: string[] = [];
    let consumerDone: () => void = () => undefined;
    const consumerBusy = new Promise<void>((resolve) => (consumerDone = resolve));
    const consuming = (async () => {
      for await (const prepared of preparedAhead([1, 2, 3, 4, 5], prepare, 3, () => false)) {
        yielded.push(prepared);
        // The consumer takes its time over the first item; the next ones are read meanwhile.
        if (prepared === 'read 1') await consumerBusy;
      }
    })();
    await tick();
    expect(started()).toEqual([1]);
    release(1);
    await tick();
    expect(yielded).toEqual(['read 1']);
    expect(started()).toEqual([1, 2]);
    release(2);
    await tick();
    release(3);
    await tick();
    release(4);
    await tick();
    // Three ready while the consumer is busy, and no more.
    expect(started()).toEqual([1, 2, 3, 4]);
    consumerDone();
    await tick();
    release(5);
    await consuming;
    expect(yielded).toEqual(['read 1', 'read 2', 'read 3', 'read 4', 'read 5']);
    expect(state.most).toBe(1);
  });

  it('takes items queued while it runs, and none once told to stop', async () => {
    const queue = [1];
    let stopped = false;
    const seen: number[] = [];
    for await (const item of preparedAhead(queue, async (n: number) => n, 2, () => stopped)) {
      seen.push(item);
      if (item === 1) queue.push(2, 3);
      if (item === 2) {
        stopped = true;
        queue.push(4);
      }
    }
    // 3 was already taken when the stop came; 4 never is.
    expect(seen).toEqual([1, 2, 3]);
    expect(queue).toEqual([4]);
  });
});
