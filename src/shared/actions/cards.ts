import type { Action, ActionContext } from './types';

/** A highlight is selected in the reader, which is not being edited. */
const onHighlight = ({ reader }: ActionContext) => reader !== null && !reader.editing && reader.hasSelectedHighlight;

/** Flashcards: made from highlights, browsed, reviewed. */
export const cardActions: Action[] = [
  {
    id: 'cards.cloze',
    title: 'Make a cloze card from the selected highlight',
    group: 'cards',
    keys: ['c'],
    contexts: ['reading'],
    keywords: 'flashcard',
    needsPanelState: true,
    when: onHighlight,
    run: ({ reader }) => reader?.makeCard('cloze'),
  },
  {
    id: 'cards.question',
    title: 'Make a question card from the selected highlight’s note ("Question? Answer")',
    short: 'Make a question card from the selected highlight’s note',
    group: 'cards',
    keys: ['q'],
    contexts: ['reading'],
    keywords: 'flashcard qa',
    needsPanelState: true,
    when: onHighlight,
    run: ({ reader }) => reader?.makeCard('qa'),
  },
  {
    id: 'cards.browse',
    title: 'Browse the cards',
    group: 'cards',
    keys: ['b'],
    contexts: ['reading', 'cards', 'review', 'library'],
    keywords: 'flashcards deck',
    // Pressed before the document has loaded, it shows the cards once it has.
    when: () => true,
    run: ({ app }) => app.show('cards'),
  },
  {
    id: 'cards.review',
    title: 'Review the cards that are due',
    group: 'cards',
    keys: ['f'],
    contexts: ['reading', 'cards', 'review', 'library'],
    keywords: 'flashcards study',
    when: () => true,
    run: ({ app }) => app.show('review'),
  },
  {
    id: 'cards.back',
    title: 'Back to reading',
    group: 'cards',
    keys: ['Escape'],
    contexts: ['cards'],
    when: ({ app }) => app.view === 'cards',
    run: ({ app }) => app.show('read'),
  },
];
