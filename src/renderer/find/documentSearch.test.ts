import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../shared/textSearch/findAll';
import { buildReaderContent } from '../reader/buildReaderContent';
import { readerExtensions } from '../reader/readerSchema';
import { searchDocument } from './documentSearch';

const schema = getSchema(readerExtensions);
const TEXT = 'Élan, .* and ((((x)))) — 東京で会議 🎉 at the café.\n\nCafe society: élan again?!';
const doc = schema.nodeFromJSON(buildReaderContent(TEXT).content);

/** The words each match covers in the document. */
const found = (query: string, options = {}) => searchDocument(doc, query, options).ranges.map((r) => doc.textBetween(r.from, r.to));

describe('searchDocument', () => {
  it('finds words in every paragraph, ignoring case and accents unless asked', () => {
    expect(found('elan')).toEqual(['Élan', 'élan']);
    expect(found('Café')).toEqual(['café', 'Cafe']);
    expect(found('élan', { caseSensitive: true })).toEqual(['élan']);
  });

  it('reads every query literally: pattern characters, punctuation, emoji and CJK', () => {
    expect(found('.*')).toEqual(['.*']);
    expect(found('((((')).toEqual(['((((']);
    expect(found('?!')).toEqual(['?!']);
    expect(found('🎉')).toEqual(['🎉']);
    expect(found('東京')).toEqual(['東京']);
  });

  it('finds nothing for an empty query or only spaces', () => {
    expect(found('')).toEqual([]);
    expect(found('   ')).toEqual([]);
  });

  it('says when a query was too long to search whole', () => {
    const long = 'a'.repeat(10_000);
    expect(searchDocument(doc, long, {})).toEqual({ ranges: [], queryCut: true });
    expect(searchDocument(doc, 'a'.repeat(MAX_QUERY_LENGTH), {}).queryCut).toBe(false);
  });
});
