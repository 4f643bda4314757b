import { describe, expect, it } from 'vitest';
import { NO_HIGHLIGHT_FILTER, type HighlightFilter } from '../contract';
import { compileHighlightFilter, filterChoiceCount, filterHighlights, isFilterEmpty, queryTerms, type FilterableHighlight } from './highlightFilter';

interface Row extends FilterableHighlight {
  id: string;
  speaker?: string;
  documentId?: string;
}

const row = (id: string, fields: Partial<Row> = {}): Row => ({ id, color: 'c1', tags: [], quote: '', note: '', ...fields });
const filter = (fields: Partial<HighlightFilter>): HighlightFilter => ({ ...NO_HIGHLIGHT_FILTER, ...fields });
const scope = { speakerOf: (r: Row) => r.speaker ?? null, documentOf: (r: Row) => r.documentId ?? null };
/** The ids a filter lets through. */
const through = (rows: Row[], fields: Partial<HighlightFilter>) => filterHighlights(rows, filter(fields), scope).map((r) => r.id);

const tagged = [
  row('war', { tags: ['war'] }),
  row('war1812', { tags: ['War/1812'] }),
  row('warfare', { tags: ['warfare'] }),
  row('peace', { tags: ['peace'] }),
  row('both', { tags: ['peace', 'war/borodino'] }),
  row('none'),
];

describe('the highlight filter', () => {
  it('lets everything through when empty, and hands back the very list', () => {
    const rows = [row('a'), row('b', { color: 'c3', tags: ['x'] })];
    expect(isFilterEmpty(NO_HIGHLIGHT_FILTER)).toBe(true);
    expect(filterHighlights(rows, NO_HIGHLIGHT_FILTER)).toBe(rows);
    expect(compileHighlightFilter(NO_HIGHLIGHT_FILTER)(rows[1]!)).toBe(true);
    // Words of only spaces or empty quotes are no condition.
    expect(isFilterEmpty(filter({ words: '   "" ' }))).toBe(true);
  });

  it('matches a tag, its children, case-insensitively, but not a tag that merely starts the same', () => {
    expect(through(tagged, { tags: ['WAR'] })).toEqual(['war', 'war1812', 'both']);
    expect(through(tagged, { tags: ['war/1812'] })).toEqual(['war1812']);
    expect(through(tagged, { tags: [' War / 1812 '] })).toEqual(['war1812']);
  });

  it('needs any of the tags, or all of them', () => {
    expect(through(tagged, { tags: ['war', 'peace'], tagMode: 'any' })).toEqual(['war', 'war1812', 'peace', 'both']);
    expect(through(tagged, { tags: ['war', 'peace'], tagMode: 'all' })).toEqual(['both']);
    // One highlight tag can satisfy "all" only for the tags it sits under.
    expect(through(tagged, { tags: ['war', 'war/1812'], tagMode: 'all' })).toEqual(['war1812']);
  });

  it('keeps to the chosen colours', () => {
    const rows = [row('a', { color: 'c1' }), row('b', { color: 'c2' }), row('c', { color: 'c5' })];
    expect(through(rows, { colors: ['c2', 'c5'] })).toEqual(['b', 'c']);
  });

  it('keeps to the chosen speakers; a highlight with no speaker never matches them', () => {
    const rows = [row('a', { speaker: 'Sputnik' }), row('b', { speaker: 'Imangali Tasmagambetov' }), row('c')];
    expect(through(rows, { speakers: ['Imangali Tasmagambetov'] })).toEqual(['b']);
    expect(filterHighlights(rows, filter({ speakers: ['Sputnik'] })).map((r) => r.id)).toEqual([]);
  });

  it('keeps to the chosen documents, for lists across the library', () => {
    const rows = [row('a', { documentId: 'doc-1' }), row('b', { documentId: 'doc-2' }), row('c')];
    expect(through(rows, { documentIds: ['doc-2'] })).toEqual(['b']);
  });

  it('finds every word in the quote or the note, ignoring case and accents', () => {
    const rows = [
      row('quote', { quote: 'The Élan of the army at Borodino' }),
      row('note', { quote: 'Something else', note: 'See **Borodino** map' }),
      row('naive', { quote: 'a naïve plan' }),
      row('neither', { quote: 'Moscow burns' }),
    ];
    expect(through(rows, { words: 'borodino' })).toEqual(['quote', 'note']);
    expect(through(rows, { words: 'ELAN army' })).toEqual(['quote']);
    expect(through(rows, { words: 'naive' })).toEqual(['naive']);
    expect(through(rows, { words: 'NAÏVE' })).toEqual(['naive']);
    expect(through(rows, { words: 'borodino moscow' })).toEqual([]);
  });

  it('takes a quoted phrase as one term, across a line break but not across quote and note', () => {
    const rows = [row('wrapped', { quote: 'the army\nat Borodino' }), row('split', { quote: 'the army', note: 'at Borodino' }), row('apart', { quote: 'at the army, Borodino' })];
    expect(through(rows, { words: '"army at borodino"' })).toEqual(['wrapped']);
    expect(through(rows, { words: 'army borodino' })).toEqual(['wrapped', 'split', 'apart']);
  });

  it('finds CJK and emoji words', () => {
    const rows = [row('tokyo', { quote: '東京で会議が開かれた' }), row('smile', { note: 'mood 😀 good' }), row('heart', { quote: 'love ❤️' })];
    expect(through(rows, { words: '東京' })).toEqual(['tokyo']);
    expect(through(rows, { words: '会議' })).toEqual(['tokyo']);
    expect(through(rows, { words: '😀' })).toEqual(['smile']);
    // With or without the emoji presentation selector.
    expect(through(rows, { words: '❤' })).toEqual(['heart']);
    expect(through(rows, { words: '❤️' })).toEqual(['heart']);
  });

  it('needs every condition at once', () => {
    const rows = [
      row('all', { color: 'c2', tags: ['war'], quote: 'Borodino', speaker: 'A' }),
      row('wrongColour', { color: 'c1', tags: ['war'], quote: 'Borodino', speaker: 'A' }),
      row('wrongSpeaker', { color: 'c2', tags: ['war'], quote: 'Borodino', speaker: 'B' }),
      row('noWord', { color: 'c2', tags: ['war'], quote: 'Moscow', speaker: 'A' }),
    ];
    expect(through(rows, { colors: ['c2'], tags: ['war'], speakers: ['A'], words: 'borodino' })).toEqual(['all']);
  });

  it('sees a changed note when the same highlight object is tested again', () => {
    const changing = row('x', { note: 'first' });
    expect(through([changing], { words: 'second' })).toEqual([]);
    changing.note = 'second';
    expect(through([changing], { words: 'second' })).toEqual(['x']);
  });

  it('counts each choice for the badge', () => {
    expect(filterChoiceCount(NO_HIGHLIGHT_FILTER)).toBe(0);
    expect(filterChoiceCount(filter({ tags: ['a', 'b'], colors: ['c1'], speakers: ['S'], words: 'two words' }))).toBe(5);
  });
});

describe('queryTerms', () => {
  it('splits at spaces, keeps quoted phrases, folds case and accents', () => {
    expect(queryTerms('  Élan  "New   York" naïve ')).toEqual(['elan', 'new york', 'naive']);
    expect(queryTerms('"unfinished phrase')).toEqual(['unfinished phrase']);
    expect(queryTerms('')).toEqual([]);
  });
});
