import { useEffect, useRef, useState } from 'react';

const SHOW_MS = 4000;

/** Something the user can do about a message, such as showing the card that already exists. */
export interface MessageAction {
  label: string;
  run: () => void;
}

interface StatusMessageProps {
  text: string;
  error: boolean;
  action?: MessageAction | undefined;
  onDone: () => void;
}

/**
 * A short message at the bottom of the window (announced to screen readers),
 * gone after a few seconds. One with an action stays while the pointer or the
 * focus is on it, so it does not vanish under the hand reaching for it.
 */
export function StatusMessage({ text, error, action, onDone }: StatusMessageProps) {
  const [held, setHeld] = useState(false);
  // The latest callback, without restarting the timer each time the app renders (the message would never go).
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => done.current(), (error ? SHOW_MS * 2 : SHOW_MS) * (action ? 2 : 1));
    return () => clearTimeout(timer);
  }, [error, action, held]);
  const hold = (on: boolean) => () => setHeld(on);
  return (
    <div
      className={`status-message${error ? ' is-error' : ''}`}
      role={error ? 'alert' : 'status'}
      onMouseEnter={hold(true)}
      onMouseLeave={hold(false)}
      onFocus={hold(true)}
      onBlur={hold(false)}
    >
      {text}
      {action && (
        <button
          type="button"
          className="message-action"
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
