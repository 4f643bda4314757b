import { describe, expect, it } from 'vitest';
import { WriteQueue, type SaveStatus } from './writeQueue';

/** A queue whose deferred updates run when `paint()` is called, recording statuses and errors. */
function queue() {
  const statuses: SaveStatus[] = [];
  const errors: string[] = [];
  let pending: (() => void)[] = [];
  const q = new WriteQueue({ setStatus: (s) => statuses.push(s), onError: (m) => errors.push(m), defer: (update) => pending.push(update) });
  const paint = (): void => {
    const updates = pending;
    pending = [];
    updates.forEach((update) => update());
  };
  return { q, statuses, errors, paint };
}

/** A call that finishes when told to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('WriteQueue', () => {
  it('runs calls one at a time, in the order they were queued', async () => {
    const { q } = queue();
    const order: string[] = [];
    const first = deferred<string>();
    const a = q.run(async () => (order.push('a starts'), await first.promise), () => undefined);
    const b = q.run(async () => (order.push('b starts'), 'b'), () => undefined);
    await Promise.resolve();
    expect(order).toEqual(['a starts']);
    first.resolve('a');
    expect(await a).toBe('a');
    expect(await b).toBe('b');
    expect(order).toEqual(['a starts', 'b starts']);
  });

  it('says Saving… after the paint while a call is under way, and Saved only when none is left', async () => {
    const { q, statuses, paint } = queue();
    const first = deferred<void>();
    const a = q.run(() => first.promise, () => undefined);
    const b = q.run(async () => undefined, () => undefined);
    paint();
    expect(statuses).toEqual(['saving', 'saving']);
    first.resolve();
    await a;
    await b;
    expect(statuses).toEqual(['saving', 'saving', 'saving', 'saved']);
  });

  it('does not say Saving… after a quick write already said Saved', async () => {
    const { q, statuses, paint } = queue();
    await q.run(async () => 1, () => undefined);
    paint();
    expect(statuses).toEqual(['saved']);
  });

  it('rolls back a failed call, says why, resolves to null, and goes on with the next call', async () => {
    const { q, statuses, errors } = queue();
    const rolledBack: string[] = [];
    const failed = q.run(async () => {
      throw new Error('The disk is full — nothing was saved');
    }, () => rolledBack.push('a'));
    const next = q.run(async () => 'b', () => rolledBack.push('b'));
    expect(await failed).toBeNull();
    expect(await next).toBe('b');
    expect(rolledBack).toEqual(['a']);
    expect(errors).toEqual(['The disk is full — nothing was saved']);
    expect(statuses).toEqual(['error', 'saved']);
  });
});

describe('WriteQueue.idle', () => {
  it('waits for every call queued before it, failed or not', async () => {
    const { q } = queue();
    const first = deferred<void>();
    const done: string[] = [];
    void q.run(() => first.promise, () => undefined).then(() => done.push('call'));
    const idle = q.idle().then(() => done.push('idle'));
    await Promise.resolve();
    expect(done).toEqual([]);
    first.reject(new Error('refused'));
    await idle;
    expect(done).toEqual(['call', 'idle']);
  });
});
