// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
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

  it('draws deferred updates in the task that runs them, leaving no moment for a key to find them not drawn', async () => {
    const { result } = renderHook(() => {
      const [value, setValue] = useState('before');
      return { value, setValue, ...useAfterPaint() };
    });
    result.current.defer(() => result.current.setValue('after'));
    // As the browser runs it, outside act: nothing else gets React to render.
    const testing = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    testing.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(() => resolve(), 0), 0)));
    } finally {
      testing.IS_REACT_ACT_ENVIRONMENT = true;
    }
    expect(result.current.value).toBe('after');
  });

  it('keeps the same functions across renders, so effects that use them do not restart', () => {
    const { result, rerender } = renderHook(() => useAfterPaint());
    const { defer, flush } = result.current;
    rerender();
    expect(result.current.defer).toBe(defer);
    expect(result.current.flush).toBe(flush);
  });
});
