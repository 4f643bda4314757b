import type { StoredAnnotation } from '../../shared/contract';
import { buildTarget } from '../annotations/buildTarget';
import { describeText, newDocumentData } from '../documents/documentData';
import type { DocumentFileData } from '../documents/documentFile';

const AT = '2026-12-01T10:00:00.000Z';
/** The text a document added to the fake repository has unless it is given another. */
export const FIRST_TEXT = 'The summit met in Minsk in May. The ministers signed the treaty.';

/** A repository of documents in memory whose change stamps the test moves, as DocumentRepository's writes do. */
export function fakeDocuments() {
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

/** A highlight of the first `words` in `text` (version 1), as the core stores it; its id is made from the words unless given. */
export function storedHighlight(text: string, words: string, id = `ann-${words.toLowerCase().replace(/\W+/g, '-')}`): StoredAnnotation {
  const start = text.indexOf(words);
  return { id, created: AT, modified: AT, color: 'c1', note: '', target: buildTarget(text, 1, start, start + words.length) };
}
