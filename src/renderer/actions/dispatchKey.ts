import { actionForKey, chordOf, type Action, type KeyContext } from '../../shared/actions';
import type { ActionHost } from './actionHost';
import { belongsToControl, keyContextOf, type KeyEnvironment } from './keyContext';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/** The action a key press means where it was pressed, or null: the key is left to the page. */
export function actionForPress(event: KeyboardEvent, environment: KeyEnvironment): { action: Action; where: KeyContext } | null {
  // A key that takes part in composing text (an input method) is never a command.
  if (event.defaultPrevented || event.isComposing || event.keyCode === 229 || MODIFIER_KEYS.has(event.key)) return null;
  const chord = chordOf(event);
  if (belongsToControl(event.target, chord)) return null;
  const where = keyContextOf(event.target, environment);
  const action = actionForKey(where, chord);
  return action ? { action, where } : null;
}

/**
 * The one keyboard dispatcher: decides which action a key means in the
 * current context and runs it if it applies now. A key that ran an action
 * goes no further (the reader's editor never sees it); any other is left alone.
 */
export function dispatchKey(event: KeyboardEvent, host: ActionHost, environment: KeyEnvironment): boolean {
  const found = actionForPress(event, environment);
  if (!found || !host.run(found.action, found.where)) return false;
  event.preventDefault();
  event.stopPropagation();
  return true;
}
