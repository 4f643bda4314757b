import type { AnnotationView } from '../../shared/contract';
import { currentTextVersion, type DocumentFileData, type TextVersion } from '../documents/documentFile';
import type { DocumentRepository } from '../documents/documentRepository';
import { viewAnnotations } from './annotationViews';

/** A document with its highlights placed in its current text, as the reader shows them (see viewAnnotations). */
export interface PlacedDocument {
  doc: DocumentFileData;
  version: TextVersion;
  text: string;
  /** Frozen: every caller until the document changes gets these same objects. */
  views: readonly AnnotationView[];
  moved: readonly { id: string; start: number; end: number }[];
}

type Placements = Pick<PlacedDocument, 'views' | 'moved'>;

/**
 * The views of the highlights of the documents used last, kept until the
 * document changes (DocumentRepository.changeStamp) or gets a new text
 * version. Opening a document, reading it and exporting it then validate and
 * place its highlights once, not on every call: for 10,000 highlights in War
 * and Peace that is ~70 ms, most of a Markdown export.
 */
export class AnnotationViewCache {
  private readonly kept = new Map<string, { key: string; placements: Placements }>();

  constructor(
    private readonly documents: Pick<DocumentRepository, 'changeStamp' | 'isSteady' | 'get' | 'readText'>,
    /** Documents whose views are kept (the least recently used goes first). @default 4 */
    private readonly documentsKept = 4,
  ) {}

  /** Document `id` with its highlights placed in its current text: placed again only if it changed since last asked. */
  async ofCurrentText(id: string): Promise<PlacedDocument> {
    // The stamp is read before and after the data: only data read while the document was steady throughout,
    // with no change begun or ended meanwhile, is the data of that stamp (see ChangeStamps).
    const stamp = this.documents.changeStamp(id);
    const steadyBefore = this.documents.isSteady(id);
    const doc = await this.documents.get(id);
    const version = currentTextVersion(doc);
    const text = await this.documents.readText(id, version.version);
    const key = `${stamp}|${version.version}`;
    if (!steadyBefore || !this.documents.isSteady(id) || this.documents.changeStamp(id) !== stamp) {
      return { doc, version, text, ...frozen(viewAnnotations(text, doc.annotations)) };
    }
    let entry = this.kept.get(id);
    if (entry?.key !== key) entry = { key, placements: frozen(viewAnnotations(text, doc.annotations)) };
    // Most recently used last, so the first is the one to let go.
    this.kept.delete(id);
    this.kept.set(id, entry);
    if (this.kept.size > this.documentsKept) this.kept.delete(this.kept.keys().next().value!);
    return { doc, version, text, ...entry.placements };
  }
}

/** Placements that no caller can change under another's feet (a change throws: modules run in strict mode). */
function frozen({ views, moved }: { views: AnnotationView[]; moved: { id: string; start: number; end: number }[] }): Placements {
  for (const view of views) {
    Object.freeze(view.tags);
    if (view.anchor) Object.freeze(view.anchor);
    Object.freeze(view);
  }
  moved.forEach((entry) => Object.freeze(entry));
  return { views: Object.freeze(views), moved: Object.freeze(moved) };
}
