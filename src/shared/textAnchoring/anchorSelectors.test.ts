import { describe, expect, it } from 'vitest';
import { anchorSelectors } from './anchorSelectors';
import { selectorsFor, textAt } from './testing';

const PROSE =
  'The ferry left the harbour at dawn. Gulls followed it past the lighthouse, and the captain told the ' +
  'passengers that the crossing would be calm. By noon the island was a grey line on the horizon, and ' +
  'the children had fallen asleep on the benches under the awning.';

describe('anchorSelectors after edits', () => {
  const quote = 'the captain told the passengers that the crossing would be calm';
  const selectors = selectorsFor(PROSE, quote);

  it('finds an unchanged quote at its stored position', () => {
    expect(anchorSelectors(PROSE, selectors)).toEqual({ ...selectors.position, method: 'position' });
  });

  it('keeps the stored position when the text changed only after the quote', () => {
    const edited = PROSE.replace('fallen asleep', 'dozed off');
    expect(anchorSelectors(edited, selectors)?.method).toBe('position');
  });

  it('finds the quote exactly when text was inserted before it', () => {
    const edited = `PROLOGUE. ${PROSE}`;
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor).toEqual({ start: selectors.position.start + 10, end: selectors.position.end + 10, method: 'exact' });
  });

  it('finds the quote exactly when words on both sides of it changed', () => {
    const edited = PROSE.replace('lighthouse, and', 'old lighthouse; then').replace('By noon', 'At midday');
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor?.method).toBe('exact');
    expect(textAt(edited, anchor)).toBe(quote);
  });

  it('finds the quote fuzzily after a word was inserted inside it, and covers the new word', () => {
    const edited = PROSE.replace('the captain told', 'the old captain told');
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor?.method).toBe('fuzzy');
    expect(textAt(edited, anchor)).toBe('the old captain told the passengers that the crossing would be calm');
  });

  it('finds the quote fuzzily after a word inside it was deleted', () => {
    const edited = PROSE.replace('the crossing would be calm', 'the crossing be calm');
    expect(textAt(edited, anchorSelectors(edited, selectors))).toBe('the captain told the passengers that the crossing be calm');
  });

  it('puts the boundary where the context says when the first word of the quote was replaced', () => {
    const gulls = selectorsFor(PROSE, 'Gulls followed it past the lighthouse');
    const edited = PROSE.replace('Gulls', 'Seabirds');
    expect(textAt(edited, anchorSelectors(edited, gulls))).toBe('Seabirds followed it past the lighthouse');
  });

  it('returns null when the quoted text was deleted entirely', () => {
    const island = selectorsFor(PROSE, 'By noon the island was a grey line on the horizon');
    const edited = PROSE.replace('By noon the island was a grey line on the horizon, and ', '');
    expect(anchorSelectors(edited, island)).toBeNull();
  });

  it('returns null rather than a match with more than a quarter of the quote changed', () => {
    const calm = selectorsFor(PROSE, 'the crossing would be calm');
    const edited = PROSE.replace('the crossing would be calm', 'the journey might get rough');
    expect(anchorSelectors(edited, calm)).toBeNull();
  });

  it('searches the whole text when the quote moved beyond the window', () => {
    const edited = `${'Filler text. '.repeat(50)}${PROSE}`;
    const anchor = anchorSelectors(edited, selectors, { windowSize: 100 });
    expect(anchor?.method).toBe('exact');
    expect(textAt(edited, anchor)).toBe(quote);
  });
});

describe('anchorSelectors with repeated quotes', () => {
  it('picks the repeat whose prefix and suffix match, even when another one is nearer', () => {
    const text = 'Monday: she said yes to everything at the market. Tuesday: she said yes to everything at the bank.';
    const second = selectorsFor(text, 'she said yes to everything', 1);
    const edited = text.replace('market. ', `market. ${'And then the week went on. '.repeat(4)}`);
    const anchor = anchorSelectors(edited, second);
    expect(anchor?.start).toBe(edited.lastIndexOf('she said yes to everything'));
  });

  it('picks the repeat nearest to where the quote was when their contexts are alike', () => {
    const text = 'Refrain: la la la la, sing along. '.repeat(10);
    const third = selectorsFor(text, 'la la la la, sing along', 4);
    const edited = `Hey! ${text}`;
    expect(anchorSelectors(edited, third)?.start).toBe(third.position.start + 5);
  });
});

describe('anchorSelectors at the edges of the text', () => {
  it('finds a quote from the very start after text was inserted before it', () => {
    const start = selectorsFor(PROSE, 'The ferry left the harbour');
    expect(start.quote.prefix).toBe('');
    const edited = `Chapter 1. ${PROSE}`;
    expect(anchorSelectors(edited, start)).toEqual({ start: 11, end: 37, method: 'exact' });
  });

  it('finds a quote from the very end after text was appended', () => {
    const end = selectorsFor(PROSE, 'under the awning.');
    expect(end.quote.suffix).toBe('');
    expect(anchorSelectors(`${PROSE} THE END.`, end)?.method).toBe('position');
    const moved = `Foreword. ${PROSE}\n\nTHE END.`;
    expect(textAt(moved, anchorSelectors(moved, end))).toBe('under the awning.');
  });

  it('anchors a quote that is the whole text', () => {
    expect(anchorSelectors('Short.', selectorsFor('Short.', 'Short.'))?.method).toBe('position');
  });
});

describe('anchorSelectors with very short quotes', () => {
  const text = 'I saw a cat.';
  const letter = selectorsFor(text, 'a', 1);

  it('finds a moved one-letter quote by its context', () => {
    expect(anchorSelectors('Yesterday I saw a cat.', letter)).toEqual({ start: 16, end: 17, method: 'exact' });
  });

  it('never takes another "a" that now sits at the old position without the old context', () => {
    const edited = 'Grandma baked bread.';
    expect(edited[letter.position.start]).toBe('a');
    expect(anchorSelectors(edited, letter)).toBeNull();
  });

  it('takes the "a" whose context survived, not the one at the old position', () => {
    const edited = 'Grandma! I saw a cat.';
    expect(edited[letter.position.start]).toBe('a');
    expect(anchorSelectors(edited, letter)).toEqual({ start: 15, end: 16, method: 'exact' });
  });
});
