import type { TextBlock } from '../../shared/text/blocks';

/**
 * What a format reader makes of a file, before it becomes a document: blocks
 * in reading order, each one paragraph of text. assembleDocument joins them
 * into the plain text (blank lines between blocks) and the structure kept
 * beside it.
 */
export interface ImportedBlock extends Omit<TextBlock, 'paragraph'> {
  /** The block's words. Line breaks inside are allowed; blank lines are not (they would split it). */
  text: string;
}

export interface ImportedDocument {
  /** From the file's metadata (a PDF's or e-book's title, an HTML <title>) or its first heading; absent when it has none. */
  title?: string;
  blocks: ImportedBlock[];
}

/** What a format reader is given besides the bytes. */
export interface ReadContext {
  /** The file's name as the user chose it (for messages only: never a path to open). */
  fileName: string;
  /** Reports progress of long work (a PDF's pages, an e-book's chapters). */
  onProgress(done: number, total: number): void;
  /** Aborted when the user cancels or Gloss closes; a reader checks it between pages or chapters. */
  signal: AbortSignal;
}

/** Reads one format. Throws ImportRefusal for a file it cannot take, with the reason in the user's words. */
export type FormatReader = (bytes: Uint8Array, context: ReadContext) => Promise<ImportedDocument>;

/**
 * A file that cannot be imported, with a reason the user can act on, said of
 * the file ("has no text layer — it is scanned pages; OCR it first"): the
 * caller puts the file's name in front.
 */
export class ImportRefusal extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ImportRefusal';
  }
}
