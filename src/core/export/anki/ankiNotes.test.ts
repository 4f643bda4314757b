import { describe, expect, it } from 'vitest';
import { testCard } from '../testing/exportCards';
import { testExportDocument } from '../testing/exportFixtures';
import { ankiDeckName } from './ankiDeckName';
import { ankiNotes } from './ankiNotes';
import { ankiTag, ankiTags } from './ankiTags';
import { fillCloze } from './clozeText';

const SENTENCE = 'In 2002 the CSTO met in Minsk.';
const sentenceCard = (id: string, prompt: string, answer: string, hint: string | null, extra = {}) =>
  testCard(id, { prompt, answer, hint, group: 'g-1', source: { exact: SENTENCE, anchor: { start: 0, end: SENTENCE.length } }, ...extra });

describe('reading a cloze back', () => {
  it('fills every blank with the answer, and takes the hint only from the blank that shows it', () => {
    expect(fillCloze('[...] (org) said the [...] would meet.', 'CSTO', 'org')).toEqual({
      text: 'CSTO said the CSTO would meet.',
      spans: [
        { start: 0, end: 4, hint: 'org' },
        { start: 14, end: 18, hint: null },
      ],
    });
  });

  it('reads a typed "[…]" as the blank and keeps a parenthesis that is not the card’s hint as text', () => {
    expect(fillCloze('The […] (CSTO) met.', 'treaty body', null)).toEqual({ text: 'The treaty body (CSTO) met.', spans: [{ start: 4, end: 15, hint: null }] });
  });

  it('finds no cloze in a prompt without a blank', () => {
    expect(fillCloze('The summit met in Minsk.', 'Minsk', null)).toBeNull();
  });
});

describe('Anki notes from Gloss cards', () => {
  it('makes the clozes of one sentence one note, c1 and c2 in Gloss’s order, with the hints', () => {
    const doc = testExportDocument([], {
      cards: [sentenceCard('c-year', 'In [...] (year) the CSTO met in Minsk.', '2002', 'year'), sentenceCard('c-city', 'In 2002 the CSTO met in [...] (city).', 'Minsk', 'city', { status: 'suspended' })],
    });
    const { notes } = ankiNotes([doc]);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.kind).toBe('cloze');
    expect(notes[0]!.fields[0]).toBe('In {{c1::2002::year}} the CSTO met in {{c2::Minsk::city}}.');
    expect(notes[0]!.cards).toEqual([
      { ord: 0, suspended: false },
      { ord: 1, suspended: true },
    ]);
  });

  it('keeps clozes apart that share no group, or hide the same words', () => {
    const doc = testExportDocument([], {
      cards: [
        sentenceCard('c-1', 'In 2002 the CSTO met in [...] (city).', 'Minsk', 'city'),
        sentenceCard('c-2', 'In 2002 the CSTO met in [...].', 'Minsk', null),
        testCard('c-3', { group: null }),
        testCard('c-4', { group: null }),
      ],
    });
    expect(ankiNotes([doc]).notes.map((note) => note.cards.length)).toEqual([1, 1, 1, 1]);
  });

  it('puts the source passage and the title on the back, unless the front already shows the passage', () => {
    const qa = testCard('q-1', { type: 'qa', prompt: 'Where did the summit meet?', answer: 'Minsk', hint: null });
    const [cloze, basic] = ankiNotes([testExportDocument([], { title: 'Interview <2026>', cards: [testCard('c-1'), qa] })]).notes;
    expect(cloze!.fields[1]).toBe('<div class=gloss-document>Interview &lt;2026&gt;</div>');
    expect(basic!.kind).toBe('basic');
    expect(basic!.fields).toEqual(['Where did the summit meet?', 'Minsk<blockquote class=gloss-passage>The summit met in Minsk in May.</blockquote><div class=gloss-document>Interview &lt;2026&gt;</div>']);
  });

  it('exports a cloze whose prompt lacks a blank as a Basic note, and counts it', () => {
    const { notes, clozesWithoutBlank } = ankiNotes([testExportDocument([], { cards: [testCard('c-1', { prompt: 'The summit met in Minsk.' })] })]);
    expect(clozesWithoutBlank).toBe(1);
    expect(notes[0]!.kind).toBe('basic');
    expect(notes[0]!.fields[0]).toBe('The summit met in Minsk.');
  });

  it('gives a note the same GUID in every export, and a different one in another document', () => {
    const cards = [sentenceCard('c-1', 'In [...] (year) the CSTO met in Minsk.', '2002', 'year'), testCard('q-1', { type: 'qa', prompt: 'Q?', answer: 'A' })];
    const guids = (id: string) => ankiNotes([testExportDocument([], { id, cards })]).notes.map((note) => note.guid);
    expect(guids('doc-1')).toEqual(guids('doc-1'));
    expect(guids('doc-2')).not.toContain(guids('doc-1')[0]);
    // A sentence's note keeps its GUID when a second cloze of it joins.
    const grown = ankiNotes([testExportDocument([], { cards: [...cards, sentenceCard('c-2', 'In 2002 the CSTO met in [...] (city).', 'Minsk', 'city')] })]).notes;
    expect(grown.map((note) => note.guid)).toEqual(guids('doc-1'));
  });
});

describe('Anki tags and decks', () => {
  it('turns spaces into "_" and Gloss’s "/" into Anki’s "::"', () => {
    expect(ankiTag('place/New  York')).toBe('place::New_York');
    expect(ankiTag('Key fact')).toBe('Key_fact');
    expect(ankiTag('odd "quoted"/a::b')).toBe('odd_quoted::a:b');
    expect(ankiTags(['Exam', 'exam', 'здание/Минск', '会議'])).toEqual(['Exam', 'здание::Минск', '会議']);
  });

  it('names the deck after the document, under "Gloss" when the export holds several', () => {
    expect(ankiDeckName('Interview with CSTO', 1)).toBe('Interview with CSTO');
    expect(ankiDeckName('Interview\twith\nCSTO', 2)).toBe('Gloss::Interview with CSTO');
    expect(ankiDeckName('Part::One', 1)).toBe('Part:One');
    expect(ankiDeckName('1984', 1)).toBe('Gloss::1984');
    expect(ankiDeckName('  ', 1)).toBe('Untitled');
  });
});
