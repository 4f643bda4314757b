/** The deck that holds a library export's subdecks, one per document. */
export const LIBRARY_DECK = 'Gloss';

/**
 * A document title as one level of an Anki deck name: on one line, and
 * without Anki's "::", which would make a subdeck of the rest.
 */
function deckLevel(title: string): string {
  const level = title.normalize('NFC').replace(/\s+/gu, ' ').replace(/:{2,}/gu, ':').trim();
  return level === '' ? 'Untitled' : level;
}

/**
 * The deck a document's cards go to: named after the document when the
 * export holds one, "Gloss::<title>" when it holds several. A title that
 * is a number also goes under "Gloss", since Anki's text import reads a
 * number in the deck column as a deck's id.
 */
export function ankiDeckName(title: string, documentsInExport: number): string {
  const level = deckLevel(title);
  return documentsInExport > 1 || /^[+-]?\d+$/u.test(level) ? `${LIBRARY_DECK}::${level}` : level;
}
