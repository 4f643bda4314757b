import type { Action, ActionContext, KeyContext } from './types';

/** The find bar can be used: a document's reader shows. */
const canFind = ({ find }: ActionContext) => find !== null;
/** The keyboard is in the open find bar (its toggles act only there, so Alt+C in a note stays the note's). */
const inFindBar = ({ find }: ActionContext) => find !== null && find.isOpen && find.hasFocus;

/**
 * Where find keys act: the text (read or edited) and any field, the find field
 * included. Enter, Shift+Enter and Esc in the find field are the field's own
 * (a field keeps every key that can be typed), so the titles name them.
 */
const EVERYWHERE_IN_READER: readonly KeyContext[] = ['reading', 'editing', 'field'];

/** Searching the open document's text: the find bar, its matches and options. */
export const findActions: Action[] = [
  {
    id: 'find.open',
    title: 'Find in the document (the selected words, if short, are the query)',
    short: 'Find in the document',
    group: 'reading',
    keys: ['Mod+f'],
    contexts: EVERYWHERE_IN_READER,
    keywords: 'search look up',
    when: canFind,
    run: ({ find }) => find?.open(),
  },
  {
    id: 'find.next',
    title: 'Next match (Enter in the find field)',
    short: 'Next match',
    group: 'reading',
    keys: ['F3', 'Mod+g'],
    contexts: EVERYWHERE_IN_READER,
    keywords: 'find search',
    when: canFind,
    run: ({ find }) => find?.step(1),
  },
  {
    id: 'find.previous',
    title: 'Previous match (Shift+Enter in the find field)',
    short: 'Previous match',
    group: 'reading',
    keys: ['Shift+F3', 'Mod+Shift+g'],
    contexts: EVERYWHERE_IN_READER,
    keywords: 'find search',
    when: canFind,
    run: ({ find }) => find?.step(-1),
  },
  {
    id: 'find.matchCase',
    title: 'Find: match case and accents, on or off (in the find bar)',
    short: 'Find: match case',
    group: 'reading',
    keys: ['Alt+c'],
    contexts: EVERYWHERE_IN_READER,
    keywords: 'case sensitive accents',
    when: inFindBar,
    run: ({ find }) => find?.toggle('caseSensitive'),
  },
  {
    id: 'find.wholeWord',
    title: 'Find: whole words only, on or off (in the find bar)',
    short: 'Find: whole words',
    group: 'reading',
    keys: ['Alt+w'],
    contexts: EVERYWHERE_IN_READER,
    keywords: 'word boundary',
    when: inFindBar,
    run: ({ find }) => find?.toggle('wholeWord'),
  },
  {
    id: 'find.close',
    title: 'Close the find bar (Esc in it), back to the text at the current match',
    short: 'Close the find bar',
    group: 'reading',
    keys: [],
    contexts: [],
    when: ({ find }) => find !== null && find.isOpen,
    run: ({ find }) => find?.close(),
  },
];
