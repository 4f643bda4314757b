import { describe, expect, it } from 'vitest';
import { FIRST_TEXT, fakeDocuments, storedHighlight as highlight } from '../testing/fakeDocuments';
import { AnnotationViewCache } from './annotationViewCache';
import { viewAnnotations } from './annotationViews';

describe('AnnotationViewCache', () => {
  it('places a document’s highlights as viewAnnotations does, and again only once the document has changed', async () => {
    const fake = fakeDocuments();
    fake.add('doc-1');
    fake.change('doc-1', (doc, text) => doc.annotations.push(highlight(text, 'the treaty'), highlight(text, 'Minsk')));
    const cache = new AnnotationViewCache(fake.repository);
    const first = await cache.ofCurrentText('doc-1');
    expect(first.text).toBe(FIRST_TEXT);
    expect(first.version.version).toBe(1);
    expect(first.views).toEqual(viewAnnotations(FIRST_TEXT, first.doc.annotations).views);
    expect(first.views.map((view) => view.quote)).toEqual(['Minsk', 'the treaty']);
    // Nothing changed: the views placed before are the ones given.
    expect((await cache.ofCurrentText('doc-1')).views).toBe(first.views);

    fake.change('doc-1', (doc, text) => doc.annotations.push(highlight(text, 'May')));
    expect((await cache.ofCurrentText('doc-1')).views.map((view) => view.quote)).toEqual(['Minsk', 'May', 'the treaty']);
  });

  it('places the highlights in a new text version', async () => {
    const fake = fakeDocuments();
    fake.add('doc-1');
    fake.change('doc-1', (doc, text) => doc.annotations.push(highlight(text, 'Minsk')));
    const cache = new AnnotationViewCache(fake.repository);
    expect((await cache.ofCurrentText('doc-1')).views[0]!.anchor).toEqual({ start: 18, end: 23 });
    fake.addVersion('doc-1', `Breaking news. ${FIRST_TEXT}`);
    const placed = await cache.ofCurrentText('doc-1');
    expect(placed.version.version).toBe(2);
    expect(placed.views[0]!.anchor).toEqual({ start: 33, end: 38 });
    expect(placed.moved).toEqual([{ id: 'ann-minsk', start: 33, end: 38 }]);
  });

  it('gives views no caller can change for the next', async () => {
    const fake = fakeDocuments();
    fake.add('doc-1');
    fake.change('doc-1', (doc, text) => doc.annotations.push({ ...highlight(text, 'Minsk'), tags: ['place'] }));
    const { views } = await new AnnotationViewCache(fake.repository).ofCurrentText('doc-1');
    expect(() => ((views[0] as { quote: string }).quote = 'changed')).toThrow(TypeError);
    expect(() => views[0]!.tags.push('another')).toThrow(TypeError);
    expect(() => (views as unknown as unknown[]).pop()).toThrow(TypeError);
  });

  it('keeps the views of the documents used last only', async () => {
    const fake = fakeDocuments();
    for (const id of ['doc-1', 'doc-2', 'doc-3']) {
      fake.add(id);
      fake.change(id, (doc, text) => doc.annotations.push(highlight(text, 'Minsk')));
    }
    const cache = new AnnotationViewCache(fake.repository, 2);
    const first = (await cache.ofCurrentText('doc-1')).views;
    await cache.ofCurrentText('doc-2');
    expect((await cache.ofCurrentText('doc-1')).views).toBe(first);
    // doc-1 was used after doc-2, so doc-2 is let go for doc-3.
    await cache.ofCurrentText('doc-3');
    expect((await cache.ofCurrentText('doc-1')).views).toBe(first);
    const second = (await cache.ofCurrentText('doc-2')).views;
    expect((await cache.ofCurrentText('doc-2')).views).toBe(second);
    expect((await cache.ofCurrentText('doc-1')).views).toEqual(first);
  });
});
