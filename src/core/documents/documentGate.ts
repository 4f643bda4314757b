import { GlossError } from '../../shared/contract';
import { explainWriteFailure } from '../storage/storageError';
import { recordOpenFailure } from './brokenDocument';
import type { ChangeStamps } from './changeStamps';
import type { DocumentFileData } from './documentFile';
import type { DocumentRepositoryOptions } from './documentRepositoryOptions';
import type { DocumentTexts } from './documentTexts';
import { OpenDocumentCache } from './openDocumentCache';
import { openDocumentFiles, type OpenDocument } from './openDocumentFiles';
import { rebuildLostDocument } from './rebuildLostDocument';

/**
 * The one way to the repository's open documents: it waits out a restore,
 * refuses an id the library does not list, and opens a document on first
 * use, remembering one that cannot be opened as broken, with its reason.
 */
export class DocumentGate {
  readonly opened: OpenDocumentCache;
  private gate: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: DocumentRepositoryOptions,
    private readonly textFiles: DocumentTexts,
    /** Broken documents and why, shared with the repository. */
    private readonly problems: Map<string, string>,
    private readonly stamps: ChangeStamps,
  ) {
    this.opened = new OpenDocumentCache(
      (id, initial) => this.openFile(id, initial),
      (id, error) => this.explainOpenFailure(id, error),
    );
  }

  /** The open document, once no restore is under way; throws not_found for an id the library does not know. */
  async open(id: string): Promise<OpenDocument> {
    await this.gate;
    if (!this.options.summaryOf(id)) throw new GlossError('not_found', `There is no document with id ${id}.`);
    return this.opened.get(id);
  }

  /** Runs a restore while every document is held back: see DocumentRepository.replaceAll. */
  async replaceAll<T>(reason: string, work: () => Promise<T>): Promise<T> {
    let open!: () => void;
    const previous = this.gate;
    this.gate = new Promise((resolve) => (open = resolve));
    this.stamps.beginRestore();
    try {
      await previous;
      // A check still running would judge, and restore texts into, the files being replaced.
      await this.textFiles.stopCheck();
      await this.opened.closeAll(reason);
      this.problems.clear();
      return await work();
    } finally {
      this.stamps.endRestore();
      open();
    }
  }

  private explainOpenFailure(id: string, error: unknown): unknown {
    return recordOpenFailure(error, id, this.options.summaryOf(id)?.title ?? id, this.problems, this.options) ?? explainWriteFailure(error);
  }

  private openFile(id: string, initial?: DocumentFileData): Promise<OpenDocument> {
    return openDocumentFiles({ ...this.options, title: this.options.summaryOf(id)?.title ?? initial?.title ?? id, rebuild: () => rebuildLostDocument(this.textFiles, id, this.options.summaryOf(id)) }, id, initial);
  }
}
