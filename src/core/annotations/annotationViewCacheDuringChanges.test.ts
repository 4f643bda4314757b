import { describe, expect, it } from 'vitest';
import { fakeDocuments, storedHighlight as highlight } from '../testing/fakeDocuments';
import { AnnotationViewCache } from './annotationViewCache';

describe('AnnotationViewCache', () => {
  it('does not keep views of data that was replaced while they were placed', async () => {
    const fake = fakeDocuments();
    fake.add('doc-1');
    const onDisk = structuredClone(await fake.repository.get('doc-1'));
    // A highlight whose write is failing: memory holds it until the data on disk is put back, while the text is read.
    fake.change('doc-1', (doc, text) => doc.annotations.push(highlight(text, 'Minsk')));
    const cache = new AnnotationViewCache(fake.repository);
    fake.whenTextRead(() => {
      fake.whenTextRead(() => undefined);
      fake.replace('doc-1', onDisk);
    });
    expect((await cache.ofCurrentText('doc-1')).views).toHaveLength(1);
    expect((await cache.ofCurrentText('doc-1')).views).toEqual([]);
  });

  it('gives the data read while a change or a restore is under way, and keeps none of it', async () => {
    const fake = fakeDocuments();
    fake.add('doc-1');
    fake.change('doc-1', (doc, text) => doc.annotations.push(highlight(text, 'Minsk')));
    const cache = new AnnotationViewCache(fake.repository);
    const before = await cache.ofCurrentText('doc-1');
    expect(before.views).toHaveLength(1);
    // A restore has swapped the data in; its stamp is as before (a stamp kept alone would give the old views).
    fake.swapUnderWay('doc-1', { ...structuredClone(before.doc), annotations: [] });
    expect((await cache.ofCurrentText('doc-1')).views).toEqual([]);
    // It ends: the stamp moves, and what is read now may be kept.
    fake.setChanging(false);
    fake.replace('doc-1', { ...structuredClone(before.doc), annotations: [] });
    const after = await cache.ofCurrentText('doc-1');
    expect(after.views).toEqual([]);
    expect((await cache.ofCurrentText('doc-1')).views).toBe(after.views);
  });
});
