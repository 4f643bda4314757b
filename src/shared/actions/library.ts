import type { Action, ActionContext } from './types';

/** Not while the text is being edited: importing opens the new document, which would leave the edits. */
const notEditing = ({ where, reader }: ActionContext) => where !== 'editing' && !reader?.editing;

/** A document row is selected in the library view. */
const onRow = ({ app, library }: ActionContext) => app.view === 'library' && library !== null && library.hasSelection;

/** The library: importing documents, and the library view (sort, filter, rename, Trash). */
export const libraryActions: Action[] = [
  {
    id: 'library.import',
    title: 'Import files… (or drop them on the window)',
    short: 'Import files…',
    group: 'library',
    keys: ['Mod+o'],
    contexts: ['reading', 'cards', 'review', 'library', 'tags', 'field'],
    keywords: 'open add file document upload',
    when: notEditing,
    run: ({ app }) => app.importFiles(),
  },
  {
    id: 'library.paste',
    title: 'New document from the text in the clipboard',
    short: 'New from clipboard',
    group: 'library',
    // Not in a text field, where Ctrl+Shift+V pastes without formatting.
    keys: ['Mod+Shift+v'],
    contexts: ['reading', 'cards', 'review', 'library', 'tags'],
    keywords: 'paste clipboard import text',
    when: notEditing,
    run: ({ app }) => app.importClipboard(),
  },
  {
    id: 'library.show',
    title: 'Show the library: every document, sorted, filtered, renamed, moved to the Trash',
    short: 'Show library',
    group: 'library',
    keys: ['Mod+Shift+l'],
    contexts: ['reading', 'cards', 'review', 'library', 'tags', 'field'],
    keywords: 'documents manage trash rename',
    when: () => true,
    run: ({ app }) => app.show('library'),
  },
  {
    id: 'library.open',
    title: 'Open the selected document (or double-click it)',
    short: 'Open the selected document',
    group: 'library',
    keys: ['Enter'],
    contexts: ['library'],
    when: onRow,
    run: ({ library }) => library?.openSelected(),
  },
  {
    id: 'library.rename',
    title: 'Rename the selected document (Enter saves, Esc cancels)',
    short: 'Rename the selected document',
    group: 'library',
    keys: ['F2'],
    contexts: ['library'],
    keywords: 'title',
    when: onRow,
    run: ({ library }) => library?.renameSelected(),
  },
  {
    id: 'library.editSource',
    title: "Edit the selected document's source (Enter saves, Esc cancels)",
    short: 'Edit source',
    group: 'library',
    keys: ['Shift+F2'],
    contexts: ['library'],
    keywords: 'origin file author where from',
    when: onRow,
    run: ({ library }) => library?.editSourceSelected(),
  },
  {
    id: 'library.trash',
    title: 'Move the selected document to the Trash',
    group: 'library',
    keys: ['Delete'],
    contexts: ['library'],
    keywords: 'delete remove',
    when: onRow,
    run: ({ library }) => library?.trashSelected(),
  },
  {
    id: 'library.back',
    title: 'Back to reading',
    group: 'library',
    keys: ['Escape'],
    contexts: ['library'],
    when: ({ app }) => app.view === 'library' && app.hasDocument,
    run: ({ app }) => app.show('read'),
  },
];
