import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { explainWriteFailure } from '../storage/storageError';
import { newDocumentData, type NewDocument } from './documentData';
import type { DocumentFileData } from './documentFile';
import type { DocumentRepositoryOptions } from './documentRepositoryOptions';
import type { OpenDocumentCache } from './openDocumentCache';
import { serializeStructure, writeStructure } from './structureFiles';
import type { TextStore } from './textStore';

/**
 * Writes a new document's files (see DocumentRepository.create): its text
 * and block structure first, then its document file, opened in `opened`.
 * If any write fails, `discard` removes what was written before it.
 */
export async function createDocumentFiles(
  options: Pick<DocumentRepositoryOptions, 'dataDir' | 'now'>,
  texts: TextStore,
  opened: OpenDocumentCache,
  input: NewDocument,
  discard: (id: string) => Promise<void>,
): Promise<DocumentFileData> {
  const id = input.id ?? `doc-${randomUUID()}`;
  const structure = input.structure && input.structure.blocks.length > 0 ? serializeStructure(input.structure) : undefined;
  const data = newDocumentData(id, input, options.now().toISOString(), 1, structure?.sha256);
  try {
    await texts.write(id, 1, input.text);
    if (structure) await writeStructure(options.dataDir, id, 1, structure.json);
    await mkdir(join(options.dataDir, 'documents'), { recursive: true });
    await opened.add(id, data);
  } catch (error) {
    await discard(id);
    throw explainWriteFailure(error);
  }
  return data;
}
