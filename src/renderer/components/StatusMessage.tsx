import { useEffect } from 'react';

const SHOW_MS = 4000;
/** A message that offers Undo stays long enough to read it and reach the button. */
const UNDO_SHOW_MS = 10_000;

interface StatusMessageProps {
  text: string;
  error: boolean;
  /** An action offered with the message, e.g. Undo after a deletion. */
  action?: { label: string; run: () => void } | undefined;
  onDone: () => void;
}

/** A short message at the bottom of the window (announced to screen readers), gone after a few seconds. */
export function StatusMessage({ text, error, action, onDone }: StatusMessageProps) {
  const lasts = action ? UNDO_SHOW_MS : error ? SHOW_MS * 2 : SHOW_MS;
  useEffect(() => {
    const timer = setTimeout(onDone, lasts);
    return () => clearTimeout(timer);
  }, [lasts, onDone]);
  return (
    <div className={`status-message${error ? ' is-error' : ''}`} role={error ? 'alert' : 'status'}>
      <span>{text}</span>
      {action && (
        <button
          type="button"
          className="status-action"
          onClick={() => {
            action.run();
            onDone();
          }}
        >
          {action.label}
        </button>
      )}
    </div>
  );
}
