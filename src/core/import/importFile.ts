import { createHash } from 'node:crypto';
import { GlossError, IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, type ImportResult } from '../../shared/contract';
import type { CoreContext } from '../context';
import { addDocument } from '../documents/addDocument';
import { MAX_TEXT_BYTES } from '../documents/normalizeText';
import { WorkerRefusal } from '../workers/runWorker';
import { displayFileName, extensionOf, titleFromFileName } from './fileName';
import { checkBytesMatchFormat } from './formatCheck';
import { runImport } from './runImport';

/** One file to import, as the doors hand it over. */
export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  title?: string;
  ifDuplicate: 'ask' | 'add';
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

/**
 * Imports one file as a new document: checks it, reads it in a worker,
 * stores it. Every refusal names the file and the reason, and leaves the
 * library as it was: the document is added in one step at the very end.
 */
export async function importFile(ctx: CoreContext, request: ImportRequest): Promise<ImportResult> {
  const name = displayFileName(request.fileName);
  // Reasons are said of the file ("is password-protected"), so each message reads "<name> <reason>".
  const refuse = (reason: string): never => {
    throw new GlossError('bad_input', `${name} ${reason.replace(/[.!]?$/, '.')}`);
  };
  const extension = extensionOf(name);
  if (!IMPORT_EXTENSIONS.includes(extension)) {
    refuse(`${extension ? `is a .${extension} file` : 'has no extension'}; Gloss imports ${IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(', ')} files.`);
  }
  if (request.bytes.byteLength === 0) refuse('is empty.');
  if (request.bytes.byteLength > MAX_IMPORT_BYTES) refuse(`is ${megabytes(request.bytes.byteLength)} MB; Gloss imports files up to ${megabytes(MAX_IMPORT_BYTES)} MB.`);
  const mismatch = checkBytesMatchFormat(extension, request.bytes);
  if (mismatch) refuse(mismatch);
  const fileSha256 = createHash('sha256').update(request.bytes).digest('hex');
  const existing = ctx.library.documents.find((doc) => doc.fileSha256 === fileSha256);
  if (existing && request.ifDuplicate === 'ask') return { status: 'duplicate', existing };
  let assembled;
  try {
    assembled = await runImport({ fileName: name, extension, bytes: request.bytes }, { signal: request.signal, onProgress: request.onProgress });
  } catch (error) {
    if (error instanceof WorkerRefusal) refuse(error.message);
    if (request.signal.aborted) throw new GlossError('conflict', `Importing ${name} was cancelled; nothing was added.`);
    throw error;
  }
  if (assembled.text.trim() === '') refuse('holds no text Gloss can show.');
  if (Buffer.byteLength(assembled.text) > MAX_TEXT_BYTES) refuse(`holds over ${megabytes(MAX_TEXT_BYTES)} MB of text, more than one document can hold.`);
  const title = request.title ?? assembled.title ?? titleFromFileName(name);
  const document = await addDocument(ctx, { title, source: name, text: assembled.text, structure: assembled.structure, fileSha256 });
  return { status: 'added', document };
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
