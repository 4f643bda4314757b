import type { Action, ActionContext } from './types';

const editing = ({ reader }: ActionContext) => reader?.editing === true;

/** Edit mode: correcting the text, which is saved as a new version. */
export const editingActions: Action[] = [
  {
    id: 'editing.start',
    title: 'Edit the text (to correct a transcript)',
    short: 'Edit the text',
    group: 'editing',
    keys: ['e'],
    contexts: ['reading'],
    keywords: 'correct transcript',
    when: ({ reader }) => reader !== null && !reader.editing,
    run: ({ reader }) => reader?.startEditing(),
  },
  {
    id: 'editing.save',
    title: 'Save the edits as a new version',
    group: 'editing',
    keys: ['Mod+s'],
    contexts: ['editing'],
    when: editing,
    run: ({ reader }) => reader?.saveEdits(),
  },
  {
    id: 'editing.undo',
    title: 'Undo an edit',
    group: 'editing',
    keys: ['Mod+z'],
    contexts: ['editing'],
    when: editing,
    run: ({ reader }) => reader?.undoEdit(),
  },
  {
    id: 'editing.redo',
    title: 'Redo an edit',
    group: 'editing',
    keys: ['Mod+Shift+z', 'Mod+y'],
    contexts: ['editing'],
    when: editing,
    run: ({ reader }) => reader?.redoEdit(),
  },
  {
    id: 'editing.stop',
    title: 'Stop editing (asks if there are unsaved edits)',
    short: 'Stop editing',
    group: 'editing',
    keys: ['Escape'],
    contexts: ['editing'],
    when: editing,
    run: ({ reader }) => reader?.stopEditing(),
  },
];
