import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentSummary } from '../../shared/contract';
import { addDocument } from '../documents/addDocument';
import { decodeTextFile } from '../documents/normalizeText';
import { openDataDir } from '../openCore';

export interface SeedDocument {
  /** A text file to add. */
  path: string;
  title: string;
  source?: string;
}

/**
 * Adds text files to a data directory (after the first-launch seeding), for
 * end-to-end tests and benchmarks. Takes and releases the directory's lock.
 */
export async function seedDocuments(dataDir: string, resourcesDir: string, documents: SeedDocument[]): Promise<DocumentSummary[]> {
  const open = await openDataDir({ dataDir, resourcesDir, version: 'seed' });
  try {
    const added: DocumentSummary[] = [];
    for (const doc of documents) {
      const text = decodeTextFile(await readFile(doc.path), basename(doc.path));
      added.push(await addDocument(open.ctx, { title: doc.title, source: doc.source ?? '', text }));
    }
    return added;
  } finally {
    await open.close();
  }
}
