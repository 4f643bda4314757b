import { describe, expect, it } from 'vitest';
import { testExportDocument, testHighlight } from '../testing/exportFixtures';
import { readW3cFile } from './readW3cFile';
import { w3cExport } from './w3cExport';

describe('W3C Web Annotation export', () => {
  it('writes a JSON-LD collection with quote and position selectors and purposed bodies', () => {
    const doc = testExportDocument([testHighlight('h1', 'Minsk', { note: 'A *capital*', tags: ['place/belarus', 'summit'] })]);
    const file = JSON.parse(w3cExport([doc], 'Interview'));
    expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    expect(file.total).toBe(1);
    const [annotation] = file.first.items;
    expect(annotation.id).toBe('urn:gloss:annotation:h1');
    expect(annotation.motivation).toBe('commenting');
    expect(annotation.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'A *capital*', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'place/belarus' },
      { type: 'TextualBody', purpose: 'tagging', value: 'summit' },
      { type: 'TextualBody', purpose: 'classifying', value: 'Key fact' },
    ]);
    expect(annotation.target.source).toEqual({ id: `urn:sha256:${'a'.repeat(64)}`, type: 'Text', format: 'text/plain', label: 'Interview' });
    expect(annotation.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Minsk', prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 10, end: 15 },
    ]);
  });

  it('reads back what it wrote', () => {
    const doc = testExportDocument([testHighlight('h1', 'Minsk 😀', { note: 'n', tags: ['a/b'] })]);
    const { highlights, problems } = readW3cFile(w3cExport([doc], 'Interview'));
    expect(problems).toEqual([]);
    expect(highlights).toEqual([
      {
        id: 'h1',
        created: '2026-12-01T09:00:00.000Z',
        modified: '2026-12-01T09:30:00.000Z',
        note: 'n',
        tags: ['a/b'],
        category: 'Key fact',
        source: `urn:sha256:${'a'.repeat(64)}`,
        sourceLabel: 'Interview',
        quote: { exact: 'Minsk 😀', prefix: 'before ', suffix: ' after' },
        position: { start: 10, end: 18 },
      },
    ]);
  });

  it('reads other tools’ annotations: a bare list, one selector, a string source, unknown bodies', () => {
    const json = JSON.stringify([
      { type: 'Annotation', id: 'https://hypothes.is/a/1', body: { type: 'TextualBody', value: 'hi', purpose: 'commenting' }, target: { source: 'https://example.com/doc', selector: { type: 'TextQuoteSelector', exact: 'words' } } },
      { type: 'Annotation', target: { source: 'x', selector: { type: 'CssSelector', value: '#a' } } },
      { type: 'Annotation', target: 'https://example.com/whole' },
      { nothing: true },
    ]);
    const { highlights, problems } = readW3cFile(json);
    expect(highlights).toHaveLength(1);
    expect(highlights[0]).toMatchObject({ id: null, note: 'hi', source: 'https://example.com/doc', quote: { exact: 'words', prefix: '', suffix: '' }, position: null });
    expect(problems).toEqual([
      'Annotation 2: it has neither a TextQuoteSelector nor a TextPositionSelector.',
      'Annotation 3: its target names no selector, so it points at a whole document, not at words in it.',
      expect.stringMatching(/^Annotation 4 is not a valid W3C annotation/),
    ]);
  });

  it('refuses a file that is not JSON or not annotations, with a sentence', () => {
    expect(() => readW3cFile('{oops')).toThrow(/not JSON/);
    expect(() => readW3cFile('{"hello": 1}')).toThrow(/not a W3C Web Annotation/);
  });
});
