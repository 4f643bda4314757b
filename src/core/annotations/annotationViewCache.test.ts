import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../shared/contract';
import { describeText, newDocumentData } from '../documents/documentData';
import type { DocumentFileData } from '../documents/documentFile';
import { AnnotationViewCache } from './annotationViewCache';
import { viewAnnotations } from './annotationViews';
import { buildTarget } from './buildTarget';

const AT = '2026-12-01T10:00:00.000Z';
const FIRST_TEXT = 'The summit met in Minsk in May. The ministers signed the treaty.';

/** A repository of documents in memory whose change stamps the test moves, as DocumentRepository's writes do. */
function fakeDocuments() {
  const docs = new Map<string, DocumentFileData>();
  const texts = new Map<string, string>();
  const stamps = new Map<string, number>();
  let changing = false;
  let onReadText: (id: string) => void = () => undefined;
  return {
    add(id: string, text = FIRST_TEXT) {
      docs.set(id, newDocumentData(id, { title: id, source: '', text }, AT));
      texts.set(`${id}/1`, text);
    },
    change(id: string, change: (doc: DocumentFileData, text: string) => void) {
      const doc = docs.get(id)!;
      change(doc, texts.get(`${id}/${doc.textVersions.at(-1)!.version}`)!);
      stamps.set(id, (stamps.get(id) ?? 0) + 1);
    },
    addVersion(id: string, text: string) {
      const doc = docs.get(id)!;
      const version = doc.textVersions.length + 1;
      texts.set(`${id}/${version}`, text);
      doc.textVersions.push(describeText(text, version, AT));
    },
    /** Puts other data in the document's place, as a failed write does when it puts back what the file holds. */
    replace(id: string, data: DocumentFileData) {
      docs.set(id, data);
      stamps.set(id, (stamps.get(id) ?? 0) + 1);
    },
    whenTextRead(hook: (id: string) => void) {
      onReadText = hook;
    },
    /** Puts other data in the document's place without moving its stamp: a change (or restore) that has begun, not ended. */
    swapUnderWay(id: string, data: DocumentFileData) {
      docs.set(id, data);
      changing = true;
    },
    /** A change under way (see ChangeStamps.begin): until it ends, nothing read is kept. */
    setChanging(value: boolean) {
      changing = value;
    },
    repository: {
      changeStamp: (id: string) => String(stamps.get(id) ?? 0),
      isSteady: () => !changing,
      get: async (id: string) => docs.get(id)!,
      readText: async (id: string, version: number) => {
        onReadText(id);
        return texts.get(`${id}/${version}`)!;
      },
    },
  };
}

function highlight(text: string, words: string, id = `ann-${words.toLowerCase().replace(/\W+/g, '-')}`): StoredAnnotation {
  const start = text.indexOf(words);
  return { id, created: AT, modified: AT, color: 'c1', note: '', target: buildTarget(text, 1, start, start + words.length) };
}

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
