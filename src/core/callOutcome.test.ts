import { describe, expect, it, vi } from 'vitest';
import { GlossError } from '../shared/contract';
import { callOutcome, failureOutcome } from './callOutcome';

describe('the one mapping from errors to outcomes', () => {
  it('keeps a GlossError’s code, message and details, and logs only internal ones', () => {
    const log = vi.fn();
    expect(failureOutcome('card:create', new GlossError('conflict', 'That card exists already.', { documentId: 'd', cardId: 'c' }), log)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'That card exists already.', details: { documentId: 'd', cardId: 'c' } },
    });
    expect(log).not.toHaveBeenCalled();
    failureOutcome('card:create', new GlossError('internal', 'broken'), log);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('sends any other error as a generic message and logs it, so no path or stack leaves the process', () => {
    const log = vi.fn();
    const outcome = failureOutcome('library:list', new Error("EACCES: permission denied, open '/home/alice/library.json'"), log);
    expect(outcome).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Gloss. The details are in its log.' } });
    expect(log).toHaveBeenCalledWith('Gloss: library:list failed unexpectedly:', expect.any(Error));
  });

  it('wraps a result as ok', async () => {
    await expect(callOutcome('settings:get', async () => ({ theme: 'dark' }))).resolves.toEqual({ ok: true, result: { theme: 'dark' } });
  });
});
