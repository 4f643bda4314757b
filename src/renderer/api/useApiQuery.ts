import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { glossStore } from '../store/useGloss';

/** What a query has: its latest answer (kept while a new one loads), its last failure, and a way to ask again. */
export interface ApiQuery<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/**
 * Asks the core for something when the component mounts, again whenever
 * `key` changes, and on `reload()`. An answer that arrives after the key
 * changed or the component went is dropped. A failure is said in the
 * window's message unless `report` is false (for a view that shows it itself).
 */
export function useApiQuery<T>(key: readonly unknown[], load: () => Promise<T>, { report = true }: { report?: boolean } = {}): ApiQuery<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  const [version, setVersion] = useState(0);
  // The latest `load`, which sees the latest props; it is not what decides when to ask.
  const ask = useEffectEvent(load);
  const fail = useEffectEvent((message: string) => {
    setState((s) => ({ ...s, error: message }));
    if (report) glossStore.getState().feedback.say(message, { error: true });
  });
  const id = JSON.stringify(key);
  useEffect(() => {
    let current = true;
    ask().then(
      (data) => current && setState({ data, error: null }),
      (error: unknown) => current && fail((error as Error).message),
    );
    return () => {
      current = false;
    };
  }, [id, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
