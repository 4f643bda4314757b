import { describe, expect, it } from 'vitest';
import { LibraryIndex } from './libraryIndex';
import type { SearchableDocument } from './searchableDocument';
import { parseQuery } from './searchQuery';
import { CHUNK_LENGTH } from './textChunks';

const doc = (id: string, text: string, extra: Partial<SearchableDocument> = {}): SearchableDocument => ({ id, title: `Title ${id}`, text, annotations: [], cards: [], ...extra });

function search(index: LibraryIndex, query: string, limit = 20) {
  return index.search(parseQuery(query)!, limit);
}

/** Each hit as "kind: before[match]after", per document id. */
function shown(index: LibraryIndex, query: string): Record<string, string[]> {
  return Object.fromEntries(search(index, query).groups.map((g) => [g.documentId, g.hits.map((h) => `${h.kind}: ${h.snippet.before}[${h.snippet.match}]${h.snippet.after}`)]));
}

describe('the library index', () => {
  it('finds words in every document, grouped, the document with more hits first', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-a', 'The summit was held in Minsk.'));
    index.put(doc('doc-b', 'Minsk, Minsk and Minsk again.'));
    index.put(doc('doc-c', 'Nothing here.'));
    const { groups } = search(index, 'minsk');
    expect(groups.map((g) => [g.documentId, g.total])).toEqual([['doc-b', 3], ['doc-a', 1]]);
    expect(shown(index, 'minsk')['doc-a']).toEqual(['text: The summit was held in [Minsk].']);
  });

  it('matches a phrase literally, from the start of a word, the last word in part', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-a', 'Prince Andrew came. The other prince, andrew? Then the theme.'));
    expect(search(index, 'prince andrew').groups[0]!.total).toBe(1);
    expect(search(index, 'prince andr').groups[0]!.total).toBe(1);
    // "the" starts "The", "Then", "the" and "theme", never the end of "other".
    expect(shown(index, 'the')['doc-a']!.map((hit) => hit.match(/\[(.*)\]/)![1])).toEqual(['The', 'The', 'the', 'the']);
    expect(search(index, 'ndrew').groups).toEqual([]);
  });

  it('ignores case and accents both ways, and reads typographic quotes as straight ones', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-a', 'Natásha said: “I don’t know.”'));
    expect(search(index, 'natasha').groups[0]!.total).toBe(1);
    expect(search(index, 'NATÁSHA').groups[0]!.total).toBe(1);
    expect(shown(index, "don't")['doc-a']).toEqual(['text: Natásha said: “I [don’t] know.”']);
    expect(search(index, '"i don').groups[0]!.total).toBe(1);
  });

  it('ranks by hits whatever their accents and script: three mentions (6) above a tag (4) above one mention (3)', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-once', 'Natasha came in.'));
    index.put(doc('doc-thrice', 'Natásha, NATÁSHA and natásha.'));
    index.put(doc('doc-tagged', 'Nobody here.', { annotations: [{ id: 'ann-1', note: '', tags: ['people/Natásha'], anchor: { start: 0, end: 6 } }] }));
    expect(search(index, 'natasha').groups.map((g) => g.documentId)).toEqual(['doc-thrice', 'doc-tagged', 'doc-once']);
    index.put(doc('doc-tokyo-1', '東京の会議。'));
    index.put(doc('doc-tokyo-3', '東京、東京、そして東京。'));
    expect(search(index, '東京').groups.map((g) => [g.documentId, g.total])).toEqual([['doc-tokyo-3', 3], ['doc-tokyo-1', 1]]);
  });

  it('finds Chinese and Japanese without spaces, and emoji, with whole characters in snippets', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-cjk', '東京で会議が開かれた。大阪でも会議。'));
    index.put(doc('doc-emoji', 'Great news 😀 today 😀'));
    expect(shown(index, '会議')['doc-cjk']).toEqual(['text: 東京で[会議]が開かれた。大阪でも会議。', 'text: 東京で会議が開かれた。大阪でも[会議]。']);
    expect(search(index, '京で').groups[0]!.total).toBe(1);
    expect(search(index, '😀').groups.map((g) => [g.documentId, g.total])).toEqual([['doc-emoji', 2]]);
    const hit = search(index, 'news 😀').groups[0]!.hits[0]!;
    expect(hit.snippet.match).toBe('news 😀');
    expect(hit.end! - hit.start!).toBe(7);
  });

  it('takes punctuation and pattern characters literally', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-a', 'Use a.*b here, and ((((x)))) there; a+b too.'));
    expect(shown(index, '.*')['doc-a']).toEqual(['text: Use a[.*]b here, and ((((x)))) there; a+b too.']);
    expect(search(index, '((((').groups[0]!.total).toBe(1);
    expect(search(index, '(((((').groups).toEqual([]);
    expect(search(index, 'a+b').groups[0]!.total).toBe(1);
    expect(parseQuery('   ')).toBeNull();
  });

  it('finds a phrase that runs over the cut between two chunks of a long paragraph', () => {
    const index = new LibraryIndex();
    const text = `${'word '.repeat(CHUNK_LENGTH / 5)}golden gate bridge ${'more '.repeat(CHUNK_LENGTH / 5)}`;
    index.put(doc('doc-a', text));
    const hit = search(index, 'golden gate bridge').groups[0]!.hits[0]!;
    expect(text.slice(hit.start, hit.end)).toBe('golden gate bridge');
  });

  it('searches notes as the words they show, tags and cards, listing them before the text', () => {
    const index = new LibraryIndex();
    index.put(
      doc('doc-a', 'First Borodino here. Then a second Borodino.', {
        title: 'Borodino notes',
        annotations: [
          { id: 'ann-late', note: '', tags: ['battle/borodino'], anchor: { start: 35, end: 43 } },
          { id: 'ann-early', note: 'The **Borodino** [field](https://example.org)', tags: [], anchor: { start: 6, end: 14 } },
        ],
        cards: [
          { id: 'card-1', prompt: 'Where was the battle?', answer: 'Borodino', tags: [], anchor: null },
          { id: 'card-2', prompt: 'Who commanded the French?', answer: 'Napoleon', tags: ['Battle/Borodino'], anchor: { start: 0, end: 20 } },
        ],
      }),
    );
    expect(shown(index, 'borodino')['doc-a']).toEqual([
      'title: [Borodino] notes',
      'note: The [Borodino] field',
      'tag: battle/[borodino]',
      // Cards in text order, one without a place last.
      'tag: Battle/[Borodino]',
      'card: [Borodino]',
      'text: First [Borodino] here. Then a second Borodino.',
      'text: First Borodino here. Then a second [Borodino].',
    ]);
    const [group] = search(index, 'borodino').groups;
    expect(group!.hits.find((h) => h.kind === 'tag')).toMatchObject({ annotationId: 'ann-late', start: 35, end: 43 });
    expect(group!.hits.find((h) => h.kind === 'card')).toEqual({ kind: 'card', snippet: { before: '', match: 'Borodino', after: '' }, cardId: 'card-1' });
    // A card's tag is found like a highlight's, and leads to the card's source.
    expect(group!.hits.find((h) => h.kind === 'tag' && h.cardId)).toMatchObject({ cardId: 'card-2', start: 0, end: 20 });
    // Link targets and Markdown markers are no part of what a note says.
    expect(search(index, 'example').groups).toEqual([]);
  });

  it('lists at most `limit` hits and counts them all', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-a', 'echo '.repeat(50)));
    const [group] = search(index, 'echo', 5).groups;
    expect(group!.hits).toHaveLength(5);
    expect(group!.total).toBe(50);
  });

  it('keeps up with changes: a new note is found, a deleted highlight is gone, a new text replaces the old, a removed document leaves', () => {
    const index = new LibraryIndex();
    index.put(doc('doc-a', 'Old words about the war.'));
    index.put({ id: 'doc-a', title: 'Title doc-a', annotations: [{ id: 'ann-1', note: 'A quince tree', tags: [], anchor: { start: 0, end: 3 } }], cards: [] });
    expect(search(index, 'quince').groups[0]!.hits[0]).toMatchObject({ kind: 'note', annotationId: 'ann-1' });
    expect(search(index, 'war').groups[0]!.total).toBe(1);
    index.put({ id: 'doc-a', title: 'Title doc-a', annotations: [], cards: [] });
    expect(search(index, 'quince').groups).toEqual([]);
    index.put(doc('doc-a', 'New words about peace.'));
    expect(search(index, 'war').groups).toEqual([]);
    expect(search(index, 'peace').groups[0]!.total).toBe(1);
    index.remove('doc-a');
    expect(search(index, 'peace').groups).toEqual([]);
    expect(index.documentIds()).toEqual([]);
  });
});
