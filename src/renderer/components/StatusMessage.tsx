import { useEffect, useEffectEvent, useState } from 'react';
import { glossStore, useGloss } from '../store/useGloss';
import type { Message } from '../store/types';

const SHOW_MS = 4000;

/** The window's one message (errors, status, offers to undo), from the store; a new one replaces it. */
export function StatusMessage() {
  const message = useGloss((s) => s.message);
  return message && <MessageToast key={message.at} message={message} onDone={glossStore.getState().clearMessage} />;
}

/**
 * A short message at the bottom of the window (announced to screen readers),
 * gone after a few seconds. One with an action stays while the pointer or the
 * focus is on it, so it does not vanish under the hand reaching for it.
 */
function MessageToast({ message: { text, error, action }, onDone }: { message: Message; onDone: () => void }) {
  const [held, setHeld] = useState(false);
  // Not a dependency of the timer: a new callback must not restart it (the message would never go).
  const done = useEffectEvent(onDone);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => done(), (error ? SHOW_MS * 2 : SHOW_MS) * (action ? 2 : 1));
    return () => clearTimeout(timer);
  }, [error, action, held]);
  const hold = (on: boolean) => () => setHeld(on);
  return (
    <div className={`status-message${error ? ' is-error' : ''}`} role={error ? 'alert' : 'status'} onMouseEnter={hold(true)} onMouseLeave={hold(false)} onFocus={hold(true)} onBlur={hold(false)}>
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
