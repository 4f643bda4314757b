import type { Action } from './types';

/** Commands of the window itself: the palette, the shortcut sheet, the theme, backups, undo. */
export const appActions: Action[] = [
  {
    id: 'app.palette',
    title: 'Show all commands',
    group: 'app',
    keys: ['Mod+k', 'Mod+Shift+p'],
    contexts: ['reading', 'editing', 'cards', 'review', 'field', 'library', 'tags'],
    keywords: 'palette search command',
    when: () => true,
    run: ({ app }) => app.openDialog('palette'),
  },
  {
    id: 'app.theme',
    title: 'Switch theme between light and dark',
    group: 'app',
    // Shift+T: T alone tags the selected highlight.
    keys: ['Shift+t'],
    contexts: ['reading', 'cards', 'review', 'library'],
    keywords: 'dark light colour scheme',
    when: () => true,
    run: ({ app }) => app.toggleTheme(),
  },
  {
    id: 'app.backups',
    title: 'Show the backups',
    group: 'app',
    keys: [],
    contexts: [],
    keywords: 'snapshots restore',
    when: () => true,
    run: ({ app }) => app.openDialog('backups'),
  },
  {
    id: 'app.undo',
    title: 'Undo the last change: highlights, notes, colours, their names, cards, tags',
    short: 'Undo the last change',
    group: 'app',
    keys: ['Mod+z'],
    contexts: ['reading', 'cards', 'library', 'tags'],
    needsPanelState: true,
    when: ({ where, reader }) => where !== 'editing' && !reader?.editing,
    run: ({ app }) => app.undo(),
  },
  {
    id: 'app.shortcuts',
    title: 'Show this list of shortcuts',
    short: 'Show the keyboard shortcuts',
    group: 'app',
    keys: ['?'],
    contexts: ['reading', 'cards', 'review', 'library', 'tags'],
    keywords: 'keyboard keys help',
    when: () => true,
    run: ({ app }) => app.openDialog('shortcuts'),
  },
];
