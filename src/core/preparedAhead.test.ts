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
  it('yields every item in queue order, whatever order they are ready in, with a few prepared at once', async () => {
    const { prepare, release, state, started } = gatedPrepare();
    const yielded: string[] = [];
    const consuming = (async () => {
      for await (const prepared of preparedAhead([1, 2, 3, 4, 5], prepare, 3, () => false)) yielded.push(prepared);
    })();
    await tick();
    expect(started()).toEqual([1, 2, 3]);
    release(3);
    release(2);
    await tick();
    expect(yielded).toEqual([]);
    release(1);
    await tick();
    expect(yielded).toEqual(['read 1', 'read 2', 'read 3']);
    release(4);
    release(5);
    await consuming;
    expect(yielded).toEqual(['read 1', 'read 2', 'read 3', 'read 4', 'read 5']);
    expect(state.most).toBe(3);
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
