import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentSummary } from '../../shared/contract';
import type { TextStructure } from '../../shared/text/blocks';
import { addDocument } from '../documents/addDocument';
import { decodeTextFile } from '../documents/normalizeText';
import { openDataDir } from '../openCore';

/** A document to add: a text file, or a text given here with its structure (what an import would make). */
export type SeedDocument = { title: string; source?: string } & ({ path: string } | { text: string; structure?: TextStructure });

export interface SeedOptions {
  /** Makes the last document added the one Gloss opens at its next start. */
  openLast?: boolean;
}

/**
 * Adds documents to a data directory (after the first-launch seeding), for
 * end-to-end tests and benchmarks. Takes and releases the directory's lock.
 */
export async function seedDocuments(dataDir: string, resourcesDir: string, documents: SeedDocument[], options: SeedOptions = {}): Promise<DocumentSummary[]> {
  const open = await openDataDir({ dataDir, resourcesDir, version: 'seed' });
  try {
    const added: DocumentSummary[] = [];
    for (const doc of documents) {
      const content = 'path' in doc ? { text: decodeTextFile(await readFile(doc.path), basename(doc.path)) } : { text: doc.text, ...(doc.structure ? { structure: doc.structure } : {}) };
      added.push(
        await addDocument(open.ctx, { title: doc.title, source: doc.source ?? '', ...content }, (library, summary) => {
          if (options.openLast) library.settings.lastDocumentId = summary.id;
        }),
      );
    }
    return added;
  } finally {
    await open.close();
  }
}
