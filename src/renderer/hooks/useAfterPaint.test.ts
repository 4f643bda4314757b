// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

/** Waits for the next frame and the task after it, as a paint would pass. */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('useAfterPaint', () => {
  it('runs deferred updates after the next paint, in order, once', async () => {
    const { result } = renderHook(() => useAfterPaint());
    const ran: string[] = [];
    result.current.defer(() => ran.push('a'));
    result.current.defer(() => ran.push('b'));
    expect(ran).toEqual([]);
    await act(nextPaint);
    expect(ran).toEqual(['a', 'b']);
    await act(nextPaint);
    expect(ran).toEqual(['a', 'b']);
  });

  it('runs what is pending at once on flush, and nothing twice', async () => {
    const { result } = renderHook(() => useAfterPaint());
    const ran: string[] = [];
    result.current.defer(() => ran.push('a'));
    act(() => result.current.flush());
    expect(ran).toEqual(['a']);
    await act(nextPaint);
    expect(ran).toEqual(['a']);
    act(() => result.current.flush());
    expect(ran).toEqual(['a']);
  });

  it('keeps the same functions across renders, so effects that use them do not restart', () => {
    const { result, rerender } = renderHook(() => useAfterPaint());
    const { defer, flush } = result.current;
    rerender();
    expect(result.current.defer).toBe(defer);
    expect(result.current.flush).toBe(flush);
  });
});
