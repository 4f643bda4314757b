import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../openCore';
import { openFreshCore } from '../../testing/freshCore';

const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});

/** A fresh library holding the bundled interview, and its id and text. */
async function library(name: string) {
  const fresh = await openFreshCore(name);
  cores.push(fresh.core);
  const { text } = await fresh.core.call('document:open', { id: fresh.documentId });
  return { ...fresh, text };
}

describe('W3C export and import', () => {
  it('export, import into a library without highlights, export again: identical', async () => {
    const first = await library('w3c-a');
    const at = (words: string) => first.text.indexOf(words);
    await first.core.call('category:rename', { id: 'c3', name: 'Question' });
    await first.core.call('annotation:create', { documentId: first.documentId, textVersion: 1, start: at('Minsk'), end: at('Minsk') + 5, color: 'c2', note: 'A **city**.\n\nSecond line.', tags: ['place/belarus', 'summit'] });
    await first.core.call('annotation:create', { documentId: first.documentId, textVersion: 1, start: 0, end: 12, color: 'c1' });
    const exported = await first.core.call('export:w3c', { scope: {} });

    const second = await library('w3c-b');
    await second.core.call('category:rename', { id: 'c3', name: 'Question' });
    const result = await second.core.call('import:w3c', { content: exported.content });
    expect(result).toEqual({ imported: 2, orphans: 0, documentIds: [second.documentId], problems: [] });
    const again = await second.core.call('export:w3c', { scope: {} });
    expect(again.content).toBe(exported.content);
    expect((await second.core.call('tags:list', {})).tags.map((tag) => tag.name)).toEqual(['place', 'place/belarus', 'summit']);
  });

  it('imports annotations whose words are not in the text as orphans with the reason, and says what it left out', async () => {
    const { core, documentId } = await library('w3c-c');
    const content = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        { type: 'Annotation', target: { source: 'https://example.com/other', selector: { type: 'TextQuoteSelector', exact: 'words that appear nowhere at all' } } },
        { type: 'Annotation', target: { source: 'urn:sha256:unknown', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      ],
    });
    const elsewhere = await core.call('import:w3c', { content });
    expect(elsewhere.imported).toBe(0);
    expect(elsewhere.problems).toHaveLength(2);
    expect(elsewhere.problems[0]).toMatch(/no document in this library has that text/);
    const into = await core.call('import:w3c', { content, documentId });
    expect(into).toMatchObject({ imported: 2, orphans: 2 });
    const { annotations } = await core.call('document:open', { id: documentId });
    expect(annotations.map((a) => [a.quote, a.anchor, a.orphanReason])).toEqual([
      ['words that appear nowhere at all', null, expect.stringMatching(/no longer appears/)],
      ['x', null, expect.stringMatching(/no longer appears/)],
    ]);
  });

  it('refuses a file that is not annotations and changes nothing', async () => {
    const { core, documentId } = await library('w3c-d');
    await expect(core.call('import:w3c', { content: '<html>' })).rejects.toThrow(/not JSON/);
    expect((await core.call('document:open', { id: documentId })).annotations).toEqual([]);
  });
});
