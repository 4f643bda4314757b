// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { glossStore } from '../store/useGloss';
import { useApiQuery } from './useApiQuery';

afterEach(() => {
  cleanup();
  glossStore.setState({ message: null });
});

/** A call that answers when told to. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('useApiQuery', () => {
  it('asks on mount and gives the answer', async () => {
    const { result } = renderHook(() => useApiQuery(['a'], async () => 'answer'));
    expect(result.current.data).toBeNull();
    await waitFor(() => expect(result.current.data).toBe('answer'));
  });

  it('asks again when the key changes, and drops the answer to the old key that comes late', async () => {
    const calls = { a: pending<string>(), b: pending<string>() };
    const { result, rerender } = renderHook(({ key }: { key: 'a' | 'b' }) => useApiQuery([key], () => calls[key].promise), { initialProps: { key: 'a' as 'a' | 'b' } });
    rerender({ key: 'b' });
    await act(async () => calls.b.resolve('for b'));
    await act(async () => calls.a.resolve('for a, too late'));
    expect(result.current.data).toBe('for b');
  });

  it('keeps the last answer while asking again on reload', async () => {
    let n = 0;
    const next = pending<string>();
    const { result } = renderHook(() => useApiQuery([], () => (n++ === 0 ? Promise.resolve('first') : next.promise)));
    await waitFor(() => expect(result.current.data).toBe('first'));
    act(() => result.current.reload());
    expect(result.current.data).toBe('first');
    await act(async () => next.resolve('second'));
    expect(result.current.data).toBe('second');
  });

  it('says a failure in the window’s message, or only returns it when asked not to report', async () => {
    const { result } = renderHook(() => useApiQuery(['x'], () => Promise.reject(new Error('Gloss is closing'))));
    await waitFor(() => expect(result.current.error).toBe('Gloss is closing'));
    expect(glossStore.getState().message).toMatchObject({ text: 'Gloss is closing', error: true });
    glossStore.setState({ message: null });
    const quiet = renderHook(() => useApiQuery(['y'], () => Promise.reject(new Error('No snapshots folder')), { report: false }));
    await waitFor(() => expect(quiet.result.current.error).toBe('No snapshots folder'));
    expect(glossStore.getState().message).toBeNull();
  });

  it('drops an answer that arrives after the component went', async () => {
    const call = pending<string>();
    const { result, unmount } = renderHook(() => useApiQuery([], () => call.promise));
    unmount();
    await act(async () => call.resolve('late'));
    expect(result.current.data).toBeNull();
  });
});
