import { describe, expect, it, vi } from 'vitest';
import { CallGate, CLOSING_MESSAGE, LOCK_LOST_MESSAGE } from './callGate';

function gate(stillWriter = true) {
  const isStillWriter = vi.fn(async () => stillWriter);
  const onWriterLost = vi.fn();
  return { gate: new CallGate({ isStillWriter, onWriterLost }), isStillWriter, onWriterLost };
}

describe('CallGate', () => {
  it('checks the lock before each write, but not before a read', async () => {
    const { gate: calls, isStillWriter } = gate();
    await expect(calls.run(true, async () => 'written')).resolves.toBe('written');
    await expect(calls.run(false, async () => 'read')).resolves.toBe('read');
    expect(isStillWriter).toHaveBeenCalledTimes(1);
  });

  it('refuses the write that finds the lock gone, without running it, and tells its owner once', async () => {
    const { gate: calls, onWriterLost } = gate(false);
    const write = vi.fn(async () => 'written');
    await expect(calls.run(true, write)).rejects.toMatchObject({ code: 'closing', message: LOCK_LOST_MESSAGE });
    await expect(calls.run(true, write)).rejects.toMatchObject({ code: 'closing', message: LOCK_LOST_MESSAGE });
    expect(write).not.toHaveBeenCalled();
    expect(onWriterLost).toHaveBeenCalledTimes(1);
  });

  it('after the writer is lost, refuses every write at once and still answers reads', async () => {
    const { gate: calls, isStillWriter, onWriterLost } = gate();
    calls.loseWriter();
    calls.loseWriter();
    await expect(calls.run(true, async () => 'written')).rejects.toThrow(LOCK_LOST_MESSAGE);
    await expect(calls.run(false, async () => 'read')).resolves.toBe('read');
    expect(isStillWriter).not.toHaveBeenCalled();
    expect(onWriterLost).toHaveBeenCalledTimes(1);
  });

  it('on close, lets the calls under way finish and refuses new ones with "Gloss is closing"', async () => {
    const { gate: calls } = gate();
    let finish: (() => void) | null = null;
    const underWay = calls.run(true, () => new Promise<string>((resolve) => (finish = () => resolve('saved'))));
    await vi.waitFor(() => expect(finish).not.toBeNull());
    let closed = false;
    const closing = calls.close().then(() => (closed = true));
    await expect(calls.run(false, async () => 'read')).rejects.toMatchObject({ code: 'closing', message: CLOSING_MESSAGE });
    expect(CLOSING_MESSAGE).toMatch(/^Gloss is closing/);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(false);
    finish!();
    await closing;
    await expect(underWay).resolves.toBe('saved');
  });

  it('starts calls in the order they came, even a read right after a write whose lock check is under way', async () => {
    const { gate: calls } = gate();
    const started: string[] = [];
    const write = calls.run(true, async () => void started.push('write'));
    const read = calls.run(false, async () => void started.push('read'));
    await Promise.all([write, read]);
    expect(started).toEqual(['write', 'read']);
  });

  it('shares one lock check among the writes that arrive together', async () => {
    const { gate: calls, isStillWriter } = gate();
    await Promise.all([calls.run(true, async () => 1), calls.run(true, async () => 2), calls.run(true, async () => 3)]);
    expect(isStillWriter).toHaveBeenCalledTimes(1);
  });
});
