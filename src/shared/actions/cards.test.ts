import { describe, expect, it } from 'vitest';
import { tryAction } from './testing/runAction';

describe('flashcard actions', () => {
  it('make a cloze or a question card from a selected highlight, not while editing', () => {
    expect(tryAction('cards.cloze', { reader: { hasSelectedHighlight: true } }).calls).toEqual(['reader.makeCard("cloze")']);
    expect(tryAction('cards.question', { reader: { hasSelectedHighlight: true } }).calls).toEqual(['reader.makeCard("qa")']);
    expect(tryAction('cards.cloze').applies).toBe(false);
    expect(tryAction('cards.cloze', { reader: { hasSelectedHighlight: true, editing: true } }).applies).toBe(false);
  });

  it('show the card browser and review, even before the document has loaded', () => {
    expect(tryAction('cards.browse').calls).toEqual(['app.show("cards")']);
    expect(tryAction('cards.review', { app: { hasDocument: false }, reader: null }).calls).toEqual(['app.show("review")']);
  });

  it('go back to reading from the card browser only', () => {
    expect(tryAction('cards.back', { where: 'cards', app: { view: 'cards' } }).calls).toEqual(['app.show("read")']);
    expect(tryAction('cards.back', { app: { view: 'read' } }).applies).toBe(false);
  });
});
