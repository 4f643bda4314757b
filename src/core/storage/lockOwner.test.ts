import { describe, expect, it } from 'vitest';
import { holderIsGone, isProcessAlive, type LockOwner } from './lockOwner';

const owner = (pid: number, hostname = 'this-host'): LockOwner => ({ pid, hostname, token: 't', since: '2026-12-03T00:00:00.000Z' });

describe('isProcessAlive', () => {
  it('knows this process and its parent are alive and a made-up one is not', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(process.ppid)).toBe(true);
    expect(isProcessAlive(4_000_003)).toBe(false);
  });
});

describe('holderIsGone', () => {
  it('is sure only of a holder on this machine whose process is gone', () => {
    expect(holderIsGone(owner(12), 'this-host', () => false)).toBe(true);
    expect(holderIsGone(owner(12), 'this-host', () => true)).toBe(false);
    expect(holderIsGone(owner(12, 'another-host'), 'this-host', () => false)).toBe(false);
    expect(holderIsGone(null, 'this-host', () => false)).toBe(false);
  });
});
