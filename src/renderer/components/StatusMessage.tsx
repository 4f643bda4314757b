import { useEffect } from 'react';

const SHOW_MS = 4000;

/** A short message at the bottom of the window (announced to screen readers), gone after a few seconds. */
export function StatusMessage({ text, error, onDone }: { text: string; error: boolean; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, error ? SHOW_MS * 2 : SHOW_MS);
    return () => clearTimeout(timer);
  }, [error, onDone]);
  return (
    <div className={`status-message${error ? ' is-error' : ''}`} role={error ? 'alert' : 'status'}>
      {text}
    </div>
  );
}
