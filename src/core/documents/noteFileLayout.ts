/**
 * How long notes lie on disk: each in notes/<document>/<sha-256>.md, named
 * by its content and referred to from the document file as `noteFile`.
 * Shared by a document's NoteFiles, the snapshots and document removal.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errnoCode } from '../storage/errno';
import { removeIfAllowed } from '../storage/writeFence';

/** Where a long note is kept, relative to the data directory: named by its content's hash, never changed. */
export function noteFileRelativePath(documentId: string, hash: string): string {
  return `notes/${documentId}/${hash}.md`;
}

/** The hashes of the note files a document file (as stored) refers to. */
export function noteFilesOf(rawDocument: unknown): string[] {
  const annotations = (rawDocument as { annotations?: unknown } | null)?.annotations;
  if (!Array.isArray(annotations)) return [];
  return annotations.flatMap((entry) => {
    const hash = (entry as { noteFile?: unknown } | null)?.noteFile;
    return typeof hash === 'string' && HASH.test(hash) ? [hash] : [];
  });
}

const HASH = /^[0-9a-f]{64}$/;

/** The hash of the note file one highlight (as stored) refers to, or null if it keeps its note inline. */
export function noteFileReferenceOf(entry: unknown): string | null {
  const hash = (entry as { noteFile?: unknown } | null)?.noteFile;
  return typeof hash === 'string' && HASH.test(hash) ? hash : null;
}

/** A note file's text, or null if there is no such file. */
export async function readNoteFile(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Removes a document's note files (a document created just now and discarded). */
export async function removeNoteFiles(dataDir: string, documentId: string): Promise<void> {
  await removeIfAllowed(join(dataDir, 'notes', documentId), { recursive: true });
}
