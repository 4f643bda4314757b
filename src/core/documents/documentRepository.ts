import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GlossError, type DocumentSummary } from '../../shared/contract';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { countWords } from '../../shared/text/readingStats';
import { openVersionedFile, type OpenedVersionedFile } from '../storage/versionedFile';
import { DOCUMENT_FILE_VERSION, DOCUMENT_MIGRATIONS, DocumentFileData, documentFilePath, type TextVersion } from './documentFile';
import { TextStore } from './textStore';

export interface NewDocument {
  title: string;
  source: string;
  /** Normalised text (see normalizeText). */
  text: string;
}

/** Statistics of one text version, computed once when it is stored. */
export function describeText(text: string, version: number, createdAt: string): TextVersion {
  return {
    version,
    createdAt,
    wordCount: countWords(text),
    charCount: text.length,
    paragraphCount: splitParagraphs(text).length,
  };
}

/**
 * Per-document files (documents/<id>.json) and texts. Each document is opened
 * lazily and kept open, so a change rewrites only that document's file.
 */
export class DocumentRepository {
  private readonly opened = new Map<string, Promise<OpenedVersionedFile<DocumentFileData>>>();
  readonly texts: TextStore;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly onNotice: (message: string) => void,
    private readonly summaryOf: (id: string) => DocumentSummary | undefined,
  ) {
    this.texts = new TextStore(dataDir);
  }

  /** Stores a new document: its text first, then its file, so a crash leaves no entry without text. */
  async create(input: NewDocument): Promise<DocumentFileData> {
    const id = `doc-${randomUUID()}`;
    const addedAt = this.now().toISOString();
    await this.texts.write(id, 1, input.text);
    await mkdir(join(this.dataDir, 'documents'), { recursive: true });
    const data: DocumentFileData = {
      schemaVersion: DOCUMENT_FILE_VERSION,
      id,
      title: input.title,
      source: input.source,
      addedAt,
      textVersions: [describeText(input.text, 1, addedAt)],
      annotations: [],
      cards: [],
      reviews: [],
    };
    const file = this.openFile(id, data);
    this.opened.set(id, file);
    await file;
    return data;
  }

  /** A document's file data; throws not_found for an id the library does not know. */
  async get(id: string): Promise<DocumentFileData> {
    return (await this.file(id)).db.data;
  }

  /** Changes a document's data and resolves once the change is on disk. */
  async update<T>(id: string, change: (data: DocumentFileData) => T): Promise<T> {
    const { db } = await this.file(id);
    const result = change(db.data);
    await db.write();
    return result;
  }

  private file(id: string): Promise<OpenedVersionedFile<DocumentFileData>> {
    if (!this.summaryOf(id)) return Promise.reject(new GlossError('not_found', `There is no document with id ${id}.`));
    let file = this.opened.get(id);
    if (!file) {
      file = this.openFile(id);
      this.opened.set(id, file);
      file.catch(() => this.opened.delete(id));
    }
    return file;
  }

  /** Resolves once every document write requested so far is on disk. */
  async flush(): Promise<void> {
    const files = await Promise.allSettled(this.opened.values());
    await Promise.all(files.map((f) => (f.status === 'fulfilled' ? f.value.adapter.flush() : undefined)));
  }

  private async openFile(id: string, initial?: DocumentFileData): Promise<OpenedVersionedFile<DocumentFileData>> {
    const opened = await openVersionedFile<DocumentFileData>({
      path: documentFilePath(this.dataDir, id),
      currentVersion: DOCUMENT_FILE_VERSION,
      schema: DocumentFileData,
      migrations: DOCUMENT_MIGRATIONS,
      now: this.now,
      create: () => {
        if (initial) return initial;
        throw new GlossError('not_found', `The file of document ${id} is missing.`);
      },
      recover: () => this.recover(id),
    });
    for (const message of opened.notices) this.onNotice(message);
    return opened;
  }

  /** Rebuilds a damaged document file from the library index and the stored text. */
  private async recover(id: string): Promise<{ data: DocumentFileData; summary: string }> {
    const summary = this.summaryOf(id);
    if (!summary) throw new GlossError('not_found', `Document ${id} is damaged and not in the library index.`);
    const text = await this.texts.read(id, summary.textVersion);
    return {
      data: {
        schemaVersion: DOCUMENT_FILE_VERSION,
        id,
        title: summary.title,
        source: summary.source,
        addedAt: summary.addedAt,
        textVersions: [describeText(text, summary.textVersion, summary.addedAt)],
        annotations: [],
        cards: [],
        reviews: [],
      },
      summary: `The document "${summary.title}" was rebuilt from the library index and its stored text; its highlights could not be recovered from it, but the damaged file was kept.`,
    };
  }
}
