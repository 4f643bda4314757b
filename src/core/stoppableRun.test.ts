import { describe, expect, it } from 'vitest';
import { StoppableRun } from './stoppableRun';

/** Work that runs until the test ends it, noting whether it was asked to stop. */
function heldWork() {
  let end!: () => void;
  const seen: { signal?: AbortSignal; started: boolean } = { started: false };
  const work = (signal: AbortSignal) => {
    seen.signal = signal;
    seen.started = true;
    return new Promise<void>((resolve) => (end = resolve));
  };
  return { work, seen, end: () => end() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('StoppableRun', () => {
  it('settles once the run under way has ended, without stopping it', async () => {
    const run = new StoppableRun();
    const held = heldWork();
    void run.start(held.work);
    let settled = false;
    const waiting = run.settled().then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    expect(held.seen.signal?.aborted).toBe(false);
    held.end();
    await waiting;
  });

  it('settles at once when nothing was started', async () => {
    await new StoppableRun().settled();
  });

  it('stop asks the run to stop and waits for it to end', async () => {
    const run = new StoppableRun();
    const held = heldWork();
    void run.start(held.work);
    await tick();
    let stopped = false;
    const stopping = run.stop().then(() => (stopped = true));
    await tick();
    expect(held.seen.signal?.aborted).toBe(true);
    expect(stopped).toBe(false);
    held.end();
    await stopping;
  });

  it('a new run starts only after the one under way was stopped and has ended', async () => {
    const run = new StoppableRun();
    const first = heldWork();
    const second = heldWork();
    void run.start(first.work);
    await tick();
    const secondRun = run.start(second.work);
    await tick();
    expect(first.seen.signal?.aborted).toBe(true);
    expect(second.seen.started).toBe(false);
    first.end();
    await tick();
    expect(second.seen.started).toBe(true);
    second.end();
    await secondRun;
  });

  it('hands a failure to whoever started the run, while stop and settled still resolve', async () => {
    const run = new StoppableRun();
    const failing = run.start(async () => {
      throw new Error('texts folder unreadable');
    });
    await expect(failing).rejects.toThrow('texts folder unreadable');
    await run.settled();
    await run.stop();
  });
});
