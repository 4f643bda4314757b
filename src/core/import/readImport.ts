import { assembleDocument, type AssembledDocument } from './assembleDocument';
import { readerFor } from './formatReaders';
import type { ReadContext } from './importedDocument';

/** What the import worker is started with. */
export interface ImportInput {
  fileName: string;
  /** The lower-case extension that chose the reader. */
  extension: string;
  bytes: Uint8Array;
}

/**
 * Reads a file with its format's reader and assembles the document. Runs in
 * the import worker; a cancel terminates the thread, so the signal here only
 * serves readers run directly (tests, the CLI).
 */
export async function readImport(input: ImportInput, onProgress: ReadContext['onProgress'], signal: AbortSignal = new AbortController().signal): Promise<AssembledDocument> {
  const reader = await readerFor(input.extension);
  const imported = await reader(input.bytes, { fileName: input.fileName, onProgress, signal });
  return assembleDocument(imported);
}
