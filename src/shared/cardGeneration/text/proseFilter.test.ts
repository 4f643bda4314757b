import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { proseFilter } from './proseFilter';

const fact = 'In 1896 the trustees of Columbia University offered Edward MacDowell the new Chair of Music.';

describe('which sentences are prose to card', () => {
  it('cards a Project Gutenberg book\'s own text, not the licence around it', () => {
    const licence = 'This eBook is for the use of anyone anywhere in the United States at no cost, says Project Gutenberg in 2004.';
    const text = [licence, '*** START OF THE PROJECT GUTENBERG EBOOK CRITICAL & HISTORICAL ESSAYS ***', fact, '*** END OF THE PROJECT GUTENBERG EBOOK CRITICAL & HISTORICAL ESSAYS ***', licence].join('\n\n');
    const answers = generateCards(text, { limit: 'all' }).map((card) => card.answer);
    expect(answers).toEqual(expect.arrayContaining(['1896', 'Columbia University']));
    expect(answers).not.toContain('Project Gutenberg');
    expect(answers).not.toContain('2004');
  });

  it('cards no heading, code block or table row', () => {
    const text = ['II ORIGIN OF SONG AND THE MUSIC OF ANCIENT INDIA', fact, 'const founded = 1896; // Columbia University', '| The Music of the Romans | the Early Church | [90] |'].join('\n\n');
    const structure = { blocks: [{ paragraph: 0, kind: 'heading' as const, level: 2 }, { paragraph: 2, kind: 'code' as const }] };
    const isProse = proseFilter(text, structure);
    const at = (words: string) => ({ start: text.indexOf(words), text: words });
    expect(isProse(at(fact))).toBe(true);
    expect(isProse(at('II ORIGIN OF SONG AND THE MUSIC OF ANCIENT INDIA'))).toBe(false);
    expect(isProse(at('const founded = 1896; // Columbia University'))).toBe(false);
    expect(isProse(at('| The Music of the Romans | the Early Church | [90] |'))).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'Cats and dogs | both pets, one bar alone.' })).toBe(true);
  });

  it('cards no e-text credits, footnote, transcriber\'s note (over several paragraphs) or table of contents', () => {
    const parts = [
      'Produced by Louise Hope for the Bureau of American Ethnology and the Internet Archive in 2008.',
      '[This e-text includes characters that require UTF-8 (Unicode) file encoding, mainly fractions:',
      '⅙ ⅕ [all rare] ⅓ [1/3]',
      'As a last resort, use the Latin-1 version of the file that Project Gutenberg keeps.]',
      'CONTENTS.\n  Introduction      13\n  Geography      13\n  Literature      14\n  Peoples      15',
      '[Footnote 2: J. King Merritt: Report on the huacals of Chiriqui. Bulletin of the American Ethnological Society, 1860.]',
      fact,
    ];
    const text = parts.join('\n\n');
    const isProse = proseFilter(text, undefined);
    expect(parts.map((part) => isProse({ start: text.indexOf(part), text: part }))).toEqual([false, false, false, false, false, false, true]);
    // A film article's credits are prose.
    const film = 'Produced by Walt Disney in 1937, the film was the first full-length cel-animated feature.';
    expect(proseFilter(film, undefined)({ start: 0, text: film })).toBe(true);
  });
});
