import type { Action, ActionContext } from './types';

/** A tag is selected in the codebook view. */
const onTag = ({ app, tags }: ActionContext) => app.view === 'tags' && tags !== null && tags.hasSelection;

/**
 * The codebook: every tag of the library, renamed, merged, described or
 * deleted, and where each is used. In its view, single letters find a tag in
 * the tree (type-ahead), so the views' one-letter keys (R, B, F, T) are not
 * bound there; Ctrl+Shift+L, Esc and the top bar lead out.
 */
export const tagActions: Action[] = [
  {
    id: 'tags.show',
    title: 'Show the codebook: every tag, what it means, where it is used; rename, merge, delete',
    short: 'Show tags (codebook)',
    group: 'tags',
    // K as in codebook. Not Ctrl+Shift+T: a browser keeps that key (reopen a closed tab) and never hands it to
    // the page; Ctrl+Shift+G is find's "previous match".
    keys: ['Mod+Shift+k'],
    contexts: ['reading', 'cards', 'review', 'library', 'tags', 'field'],
    keywords: 'tags codebook codes labels categories',
    when: () => true,
    run: ({ app }) => app.show('tags'),
  },
  {
    id: 'tags.rename',
    title: 'Rename the selected tag (onto an existing tag, it merges)',
    short: 'Rename the selected tag',
    group: 'tags',
    keys: ['F2'],
    contexts: ['tags'],
    when: onTag,
    run: ({ tags }) => tags?.renameSelected(),
  },
  {
    id: 'tags.merge',
    title: 'Merge the selected tag into another',
    short: 'Merge the selected tag into…',
    group: 'tags',
    keys: [],
    contexts: [],
    keywords: 'combine join',
    when: onTag,
    run: ({ tags }) => tags?.mergeSelected(),
  },
  {
    id: 'tags.delete',
    title: 'Delete the selected tag from every highlight and card (asks first)',
    short: 'Delete the selected tag',
    group: 'tags',
    keys: ['Delete'],
    contexts: ['tags'],
    keywords: 'remove',
    when: onTag,
    run: ({ tags }) => tags?.deleteSelected(),
  },
  {
    id: 'tags.back',
    title: 'Back to reading',
    group: 'tags',
    keys: ['Escape'],
    contexts: ['tags'],
    when: ({ app }) => app.view === 'tags' && app.hasDocument,
    run: ({ app }) => app.show('read'),
  },
];
