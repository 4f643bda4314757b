import type { Action } from './types';

/** Taking work out of Gloss: the export dialog (Markdown, annotations, decks, QDA projects). */
export const exportActions: Action[] = [
  {
    id: 'export.open',
    title: 'Export notes and highlights…',
    short: 'Export',
    group: 'library',
    keys: ['Mod+Shift+e'],
    contexts: ['reading', 'cards', 'library'],
    keywords: 'markdown save download copy w3c anki qdpx share notes',
    when: ({ app }) => app.hasDocument || app.view === 'library',
    run: ({ app }) => app.openDialog('export'),
  },
];
