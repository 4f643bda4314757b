import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentSummary } from '../../src/shared/contract';
import { documentFilePath, textRelativePath } from '../../src/core/documents/documentFile';
import { newDocumentData } from '../../src/core/documents/documentData';
import { forEachConcurrently } from '../../src/core/forEachConcurrently';
import { openLibraryFile, summarize } from '../../src/core/library/libraryFile';
import { lockDataDir } from '../../src/core/storage/dataDirLock';
import { prepareDataDir } from '../../src/core/storage/prepareDataDir';

/** File writes in flight while seeding; more gain little with libuv's four threads. */
const SEED_CONCURRENCY = 16;

/** A short text of a few sentences, different for every document. */
export function smallDocumentText(index: number): string {
  return [
    `Note ${index} on the summit in Minsk.`,
    `The delegations met on day ${(index % 28) + 1} and agreed on ${index % 7} points.`,
    '',
    `Follow-up ${index}: the secretariat will report in ${(index % 11) + 2} weeks.`,
  ].join('\n');
}

/**
 * Makes a fresh data directory whose library lists `count` small documents,
 * while holding its lock. Each document's text and file are laid out as an
 * add stores them (the file's data comes from the repository's own
 * newDocumentData) but written plainly, and library.json gets every entry
 * in one write, marked past its first launch (no bundled interview). The
 * app's own path would take minutes: four fsyncs per add, one rewrite of an
 * ever longer library.json per document, and a closing snapshot that copies
 * every document file; a bench directory need not survive a power cut.
 */
export async function seedLargeLibrary(dataDir: string, count: number): Promise<void> {
  await prepareDataDir(dataDir);
  const lock = await lockDataDir(dataDir);
  try {
    const now = () => new Date();
    const { db: library } = await openLibraryFile(dataDir, now);
    await mkdir(join(dataDir, 'documents'), { recursive: true });
    const added: DocumentSummary[] = [];
    await forEachConcurrently(
      Array.from({ length: count }, (_, i) => i + 1),
      async (index) => {
        const id = `doc-${randomUUID()}`;
        const text = smallDocumentText(index);
        const data = newDocumentData(id, { title: `Note ${String(index).padStart(5, '0')}`, source: 'bench', text }, now().toISOString());
        const textPath = join(dataDir, textRelativePath(id, 1));
        await mkdir(dirname(textPath), { recursive: true });
        await writeFile(textPath, text);
        await writeFile(documentFilePath(dataDir, id), JSON.stringify(data));
        added.push(summarize(data));
      },
      { limit: SEED_CONCURRENCY },
    );
    await library.update((data) => {
      // Newest first, as adding them one by one would have listed them.
      data.documents = added.sort((a, b) => b.addedAt.localeCompare(a.addedAt));
      data.firstLaunchDone = true;
    });
  } finally {
    await lock.release();
  }
}
