/** What a tag field shows when a key is pressed in it. */
export interface TagFieldState {
  /** What is typed. */
  text: string;
  /** How many suggestions the open list shows (0 when it is closed or empty). */
  suggestions: number;
  /** The suggestion ↑ ↓ made active, or null (the keyboard is on the typed text). */
  active: number | null;
  /** How many tags are chosen. */
  tags: number;
}

/** What a key does in a tag field; null leaves it to the field (typing, moving the caret, Tab). */
export type TagFieldCommand =
  | { type: 'pick'; index: number }
  | { type: 'add' }
  | { type: 'removeLast' }
  | { type: 'move'; active: number | null }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'leave' };

/**
 * The keys of a tag field (a combobox over the codebook's tags): Enter adds
 * the active suggestion or what is typed (a comma too, as tags cannot hold
 * one); Backspace in an empty field removes the last tag; ↑ ↓ move through
 * the suggestions (↓ opens them in an empty field), past either end back to
 * the typed text; Esc closes the suggestions, then leaves the field.
 */
export function tagFieldCommand(key: string, state: TagFieldState): TagFieldCommand | null {
  const typed = state.text.trim() !== '';
  switch (key) {
    case 'Enter':
      if (state.active !== null && state.active < state.suggestions) return { type: 'pick', index: state.active };
      return typed ? { type: 'add' } : null;
    case ',':
      return { type: 'add' };
    case 'Backspace':
      return state.text === '' && state.tags > 0 ? { type: 'removeLast' } : null;
    case 'ArrowDown':
      if (state.suggestions === 0) return typed ? null : { type: 'open' };
      return { type: 'move', active: state.active === null ? 0 : state.active + 1 < state.suggestions ? state.active + 1 : null };
    case 'ArrowUp':
      if (state.suggestions === 0) return null;
      return { type: 'move', active: state.active === null ? state.suggestions - 1 : state.active > 0 ? state.active - 1 : null };
    case 'Escape':
      return state.suggestions > 0 ? { type: 'close' } : { type: 'leave' };
    default:
      return null;
  }
}
