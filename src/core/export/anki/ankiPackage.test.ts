import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../exportModel';
import { testCard } from '../testing/exportCards';
import { testExportDocument } from '../testing/exportFixtures';
import { ankiNotes } from './ankiNotes';
import { ankiPackage } from './ankiPackage';
import { NOTE_TYPE_IDS } from './noteTypes';
import { readAnkiPackage } from './testing/readAnkiPackage';

const SENTENCE = 'In 2002 the CSTO met in Minsk.';
const source = { exact: SENTENCE, anchor: { start: 0, end: SENTENCE.length } };

/** The interview's cards: two clozes of one sentence, a question with tags, and one with markup in its words. */
const interview = testExportDocument([], {
  title: 'Interview',
  cards: [
    testCard('c-year', { prompt: 'In [...] (year) the CSTO met in Minsk.', answer: '2002', hint: 'year', group: 'g-1', source, tags: ['Key fact'] }),
    testCard('c-city', { prompt: 'In 2002 the CSTO met in [...] (city).', answer: 'Minsk', hint: 'city', group: 'g-1', source, status: 'suspended', tags: ['place/Belarus'] }),
    testCard('q-1', { type: 'qa', prompt: 'Is 1 < 2 & 3 > 2?', answer: '<script>alert("yes")</script>', hint: null, tags: ['exam'] }),
  ],
});
const article = testExportDocument([], { id: 'doc-2', title: 'Article', cards: [testCard('c-1', { documentId: 'doc-2' })] });

/** An .apkg of these documents, opened again. */
const exportAndOpen = async (documents: ExportDocument[], exportedAt = '2026-12-02T10:00:00.000Z') => readAnkiPackage(await ankiPackage(ankiNotes(documents).notes, exportedAt));

describe('the .apkg export', () => {
  it('is a zip of collection.anki2 (schema 11, every table) and an empty media map', async () => {
    const opened = await exportAndOpen([interview]);
    expect(opened.entries).toEqual(['collection.anki2', 'media']);
    expect(opened.media).toBe('{}');
    expect(opened.col.ver).toBe(11);
    expect(opened.revlog).toEqual([]);
    expect(opened.graves).toEqual([]);
  });

  it('brings a Cloze note type (Text, Back Extra) and a Basic one (Front, Back)', async () => {
    const { models } = await exportAndOpen([interview]);
    const cloze = models[String(NOTE_TYPE_IDS.cloze)]!;
    const basic = models[String(NOTE_TYPE_IDS.basic)]!;
    expect([cloze.name, cloze.type, cloze.flds.map((field) => field.name)]).toEqual(['Gloss Cloze', 1, ['Text', 'Back Extra']]);
    expect(cloze.tmpls[0]!.qfmt).toBe('{{cloze:Text}}');
    expect([basic.name, basic.type, basic.flds.map((field) => field.name)]).toEqual(['Gloss Basic', 0, ['Front', 'Back']]);
  });

  it('makes one cloze note of a sentence’s clozes, with a card each, the suspended one suspended', async () => {
    const { notes, cards } = await exportAndOpen([interview]);
    expect(notes).toHaveLength(2);
    const [cloze, basic] = notes;
    expect(cloze!.mid).toBe(NOTE_TYPE_IDS.cloze);
    expect(String(cloze!.flds).split('\u001f')).toEqual(['In {{c1::2002::year}} the CSTO met in {{c2::Minsk::city}}.', '<div class=gloss-document>Interview</div>']);
    expect(cloze!.tags).toBe(' Key_fact place::Belarus ');
    expect(cards.filter((card) => card.nid === cloze!.id).map((card) => [card.ord, card.queue])).toEqual([
      [0, 0],
      [1, -1],
    ]);
    expect(basic!.mid).toBe(NOTE_TYPE_IDS.basic);
    expect(basic!.tags).toBe(' exam ');
  });

  it('writes words as text: markup in a prompt or answer never becomes HTML', async () => {
    const { notes } = await exportAndOpen([interview]);
    const [front, back] = String(notes[1]!.flds).split('\u001f');
    expect(front).toBe('Is 1 &lt; 2 &amp; 3 &gt; 2?');
    expect(back).toMatch(/^&lt;script&gt;alert\(&quot;yes&quot;\)&lt;\/script&gt;<blockquote/u);
    expect(notes[1]!.sfld).toBe('Is 1 < 2 & 3 > 2?');
  });

  it('puts a document’s cards in a deck named after it, or under "Gloss" when there are several', async () => {
    const single = await exportAndOpen([interview]);
    expect(Object.values(single.decks).map((deck) => deck.name)).toEqual(['Default', 'Interview']);
    const several = await exportAndOpen([interview, article]);
    expect(Object.values(several.decks).map((deck) => deck.name)).toEqual(['Default', 'Gloss', 'Gloss::Interview', 'Gloss::Article']);
    const deckOf = (name: string) => Number(Object.entries(several.decks).find(([, deck]) => deck.name === name)![0]);
    expect(new Set(several.cards.map((card) => card.did))).toEqual(new Set([deckOf('Gloss::Interview'), deckOf('Gloss::Article')]));
  });

  it('gives the notes the same GUIDs when exported again later, so Anki updates them', async () => {
    const first = await exportAndOpen([interview, article]);
    const again = await exportAndOpen([interview, article], '2026-12-09T18:30:00.000Z');
    expect(again.notes.map((note) => note.guid)).toEqual(first.notes.map((note) => note.guid));
    expect(new Set(first.notes.map((note) => note.guid)).size).toBe(3);
    expect(again.notes[0]!.mod).toBeGreaterThan(Number(first.notes[0]!.mod));
  });
});
