/** Every keyboard shortcut, as the sheet lists them; the handlers live where they act. */
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['?'], action: 'Show this list of shortcuts' },
  { keys: ['L'], action: 'Go to the library list' },
  { keys: ['R'], action: 'Go to the text, to scroll it with the keys below' },
  { keys: ['↑', '↓'], action: 'Move through the library list; Enter opens a document' },
  { keys: ['Space', 'Shift+Space'], action: 'Scroll the text a page down or up' },
  { keys: ['Home', 'End'], action: 'Go to the start or end of the text' },
  { keys: ['T'], action: 'Switch theme: system, light, dark' },
  { keys: ['Esc'], action: 'Close a dialog' },
];
