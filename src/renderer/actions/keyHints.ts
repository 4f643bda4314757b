import { actionById, ariaChord, formatChord, type Action, type Chord } from '../../shared/actions';

/** Whether keys are shown the Mac way (Cmd for Mod). */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** An action's keys as people read them: 'Ctrl+Shift+H', 'J'. */
export function keysOf(action: Action, mac = IS_MAC): string[] {
  return action.keys.map((chord: Chord) => formatChord(chord, mac));
}

/**
 * The tooltip and aria-keyshortcuts of a control that does what an action
 * does, from the action list: `title="Review (F)"`. An unknown id is a
 * programming error and throws, so a renamed action cannot leave a stale hint.
 */
export function keyHint(id: string, label: string, mac = IS_MAC): { title: string; 'aria-keyshortcuts'?: string } {
  const action = actionById(id);
  if (!action) throw new Error(`No action ${id} to take the keys of "${label}" from.`);
  if (action.keys.length === 0) return { title: label };
  return { title: `${label} (${keysOf(action, mac).join(', ')})`, 'aria-keyshortcuts': action.keys.map((chord) => ariaChord(chord, mac)).join(' ') };
}

/** The keys of an action as words for a sentence: 'Ctrl+Shift+H', 'Delete or Backspace'. */
export function keysInWords(id: string, mac = IS_MAC): string {
  const action = actionById(id);
  if (!action) throw new Error(`No action ${id} to name the keys of.`);
  return keysOf(action, mac).join(' or ');
}
