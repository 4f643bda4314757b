/** Every keyboard shortcut, as the sheet lists them; the handlers live where they act. */
export const SHORTCUT_GROUPS: { title: string; shortcuts: { keys: string[]; action: string }[] }[] = [
  {
    title: 'Reading',
    shortcuts: [
      { keys: ['R'], action: 'Go to the text, the caret at the start of the first paragraph in view (arrows move it, Shift+arrows select)' },
      { keys: ['Space', 'Shift+Space'], action: 'Scroll the text a page down or up' },
      { keys: ['Ctrl+Home', 'Ctrl+End'], action: 'Go to the start or end of the text' },
      { keys: ['L'], action: 'Go to the library list (a drawer in narrow windows); ↑ ↓ move, Enter opens' },
    ],
  },
  {
    title: 'Highlights',
    shortcuts: [
      { keys: ['Ctrl+Shift+H'], action: 'Highlight the selection in the current colour' },
      { keys: ['1', '2', '3', '4', '5'], action: 'Highlight the selection in that colour (while the toolbar shows)' },
      { keys: ['J', 'K'], action: 'Next or previous highlight' },
      { keys: ['Enter'], action: 'Write the note of the selected highlight' },
      { keys: ['Ctrl+Enter'], action: 'Done writing: save the note and show it rendered' },
      { keys: ['A'], action: 'Show or hide the annotation panel (a drawer in narrow windows); in wide ones, go to it and back' },
      { keys: ['Esc'], action: 'Back to the text (from the note: save it first; closes a drawer)' },
      { keys: ['Delete'], action: 'Delete the selected highlight' },
      { keys: ['Ctrl+Z'], action: 'Undo the last change: highlights, notes, colours, their names, cards' },
    ],
  },
  {
    title: 'Flashcards',
    shortcuts: [
      { keys: ['C'], action: 'Make a cloze card from the selected highlight' },
      { keys: ['Q'], action: 'Make a question card from the selected highlight’s note ("Question? Answer")' },
      { keys: ['B'], action: 'Browse the cards' },
      { keys: ['F'], action: 'Review the cards that are due' },
      { keys: ['Space'], action: 'Show the answer' },
      { keys: ['1', '2', '3', '4'], action: 'Again, Hard, Good, Easy' },
      { keys: ['Ctrl+Z'], action: 'Take back the last grade' },
      { keys: ['Esc'], action: 'Back to reading' },
    ],
  },
  {
    title: 'Editing the text',
    shortcuts: [
      { keys: ['E'], action: 'Edit the text (to correct a transcript)' },
      { keys: ['Ctrl+S'], action: 'Save the edits as a new version' },
      { keys: ['Ctrl+Z', 'Ctrl+Shift+Z'], action: 'Undo or redo an edit' },
      { keys: ['Esc'], action: 'Stop editing (asks if there are unsaved edits)' },
    ],
  },
  {
    title: 'App',
    shortcuts: [
      { keys: ['T'], action: 'Switch theme between light and dark (back to the system’s when it shows the one wanted)' },
      { keys: ['?'], action: 'Show this list of shortcuts' },
    ],
  },
];
