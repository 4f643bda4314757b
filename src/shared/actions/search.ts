import type { Action } from './types';

/** Searching the whole library: every document's text, notes, tags and cards. */
export const searchActions: Action[] = [
  {
    id: 'search.library',
    title: 'Search the library: the text, notes, tags and cards of every document',
    short: 'Search the library…',
    group: 'library',
    keys: ['Mod+Shift+f'],
    // Not while the text is edited: there only saving, Esc, undo and redo act (opening a hit would leave the edits).
    contexts: ['reading', 'cards', 'review', 'library', 'field'],
    keywords: 'find search all documents text notes tags cards everywhere',
    when: () => true,
    run: ({ app }) => app.openDialog('search'),
  },
];
