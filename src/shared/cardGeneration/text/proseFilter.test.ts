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

  it('cards no heading, code block, table row, web page furniture, text set in capitals or a sentence broken off', () => {
    const text = ['II ORIGIN OF SONG AND THE MUSIC OF ANCIENT INDIA', fact, 'const founded = 1896; // Columbia University', '| The Music of the Romans | the Early Church | [90] |'].join('\n\n');
    const structure = { blocks: [{ paragraph: 0, kind: 'heading' as const, level: 2 }, { paragraph: 2, kind: 'code' as const }] };
    const isProse = proseFilter(text, structure);
    const at = (words: string) => ({ start: text.indexOf(words), text: words });
    expect(isProse(at(fact))).toBe(true);
    expect(isProse(at('II ORIGIN OF SONG AND THE MUSIC OF ANCIENT INDIA'))).toBe(false);
    expect(isProse(at('const founded = 1896; // Columbia University'))).toBe(false);
    expect(isProse(at('| The Music of the Romans | the Early Church | [90] |'))).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'Cats and dogs | both pets, one bar alone.' })).toBe(true);
    expect(isProse({ start: text.indexOf(fact), text: 'Published in 1922 by THE GREAT WESTERN RAILWAY [FELIX J. C. POLE, GENERAL MANAGER] PADDINGTON STATION, LONDON' })).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'NATO, the CSTO and the EU met in Minsk on Friday.' })).toBe(true);
    expect(isProse({ start: text.indexOf(fact), text: '(Official White House Photo by Cameron Smith)' })).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'For Immediate Release January 22, 2014' })).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'Editor’s Note: This article was updated March 26, 2024, to remove International Space Station from the title.' })).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'Editor’s Note: An earlier version misspelled the name of the mission lead.' })).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'Credit: NASA/JPL-Caltech/Space Science Institute and the mission team' })).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video.' })).toBe(false);
    // A turn cut short mid-sentence ends on a word that wants more; a sentence may end on "in." all the same.
    expect(isProse({ start: text.indexOf(fact), text: 'But in that respect, I mean, Bavaria describes Jobs as being receptive to' })).toBe(false);
    expect(isProse({ start: text.indexOf(fact), text: 'This is the town in Bavaria that the family lived in.' })).toBe(true);
  });

  it('cards no title line of a plain text or of a transcript before its first turn, but keeps list items and a transcript\'s short turns', () => {
    const title = 'More Planets than Stars: Kepler’s Legacy';
    const text = [title, `Mission News\n${fact}`, 'Founded in 1754 by royal charter as King’s College'].join('\n\n');
    const at = (words: string) => ({ start: text.indexOf(words), text: words });
    const plain = proseFilter(text, undefined);
    expect(plain(at(title))).toBe(false);
    expect(plain(at('Mission News'))).toBe(false);
    const release = 'Remarks by the President Before Meeting with the Presidential Commission on Election Administration';
    expect(proseFilter(`${release}\n\n${fact}`, undefined)({ start: 0, text: release })).toBe(false);
    // A title over two lines, both in title case: the headline under the name too.
    const masthead = 'The Marshall Star for April 3, 2024\nHuntsville, Marshall Preparing to Celebrate Total Solar Eclipse';
    const headline = 'Huntsville, Marshall Preparing to Celebrate Total Solar Eclipse';
    expect(proseFilter(`${masthead}\n\n${fact}`, undefined)({ start: masthead.indexOf(headline), text: headline })).toBe(false);
    expect(plain(at(fact))).toBe(true);
    const listed = proseFilter(text, { blocks: [{ paragraph: 2, kind: 'listItem' as const, ordered: false }] });
    expect(listed(at('Founded in 1754 by royal charter as King’s College'))).toBe(true);
    const transcript = proseFilter(text, { blocks: [{ paragraph: 0, kind: 'turn' as const, speaker: 'Jane Doe' }] });
    expect(transcript(at(title))).toBe(true);
    // A transcript's own title, before its first turn, is a title still.
    const briefing = proseFilter(text, { blocks: [{ paragraph: 1, kind: 'turn' as const, speaker: 'Jane Doe' }] });
    expect(briefing(at(title))).toBe(false);
  });

  it('cards no e-text credits, footnote, transcriber\'s note (over several paragraphs), table of contents or table laid out with spaces', () => {
    const parts = [
      'Produced by Louise Hope for the Bureau of American Ethnology and the Internet Archive in 2008.',
      '[This e-text includes characters that require UTF-8 (Unicode) file encoding, mainly fractions:',
      '⅙ ⅕ [all rare] ⅓ [1/3]',
      'As a last resort, use the Latin-1 version of the file that Project Gutenberg keeps.]',
      'CONTENTS.\n  Introduction      13\n  Geography      13\n  Literature      14\n  Peoples      15',
      'Iowa              1887        "   "        "\nKansas            1875      Option of Governor, usually in April.\nKentucky          1886         "         "',
      '[Footnote 2: J. King Merritt: Report on the huacals of Chiriqui. Bulletin of the American Ethnological Society, 1860.]',
      '[Illustration: _The Mermaid of Zennor: Bench End in Zennor Church_]',
      'Eldred, K. M. & Jones, G. W., Jr., “Acoustic load generated by the propulsion system,” NASA SP-8072, 1971.',
      '[2] Panda, J., Mosher, R. N. & Porter, B. J., “Noise Source Identification During Rocket Engine Test Firings,” Journal of Spacecraft and Rockets, Vol. 51, 2014.',
      fact,
    ];
    const text = parts.join('\n\n');
    const isProse = proseFilter(text, undefined);
    expect(parts.map((part) => isProse({ start: text.indexOf(part), text: part }))).toEqual([false, false, false, false, false, false, false, false, false, false, true]);
    // A film article's credits are prose.
    const film = 'Produced by Walt Disney in 1937, the film was the first full-length cel-animated feature.';
    expect(proseFilter(film, undefined)({ start: 0, text: film })).toBe(true);
    // A sentence that opens with a name and a comma is no reference.
    const opening = 'Polansky, J. said the crew was ready, and the launch went ahead.';
    expect(proseFilter(opening, undefined)({ start: 0, text: opening })).toBe(true);
  });
});
