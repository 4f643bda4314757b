import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GlossError } from '../../shared/contract';
import { legacyReviewLines, reviewLogPath, reviewLogRelativePath } from '../cards/reviewLog';
import { wholeLines } from '../storage/appendOnlyLog';
import { DOCUMENT_FORMAT, documentFilePath, type DocumentFileData } from '../documents/documentFile';
import type { DocumentRepository } from '../documents/documentRepository';
import { LIBRARY_FORMAT, type LibraryFileData } from '../library/libraryFile';
import type { LibraryRepository } from '../library/libraryRepository';
import { errnoCode } from '../storage/errno';
import { upgradeData, type FileFormat } from '../storage/fileFormat';
import { explainWriteFailure } from '../storage/storageError';
import { fsyncDirectory, writeFileAtomic } from '../storage/writeFileAtomic';
import { FileExistsError, placeExclusive } from '../storage/writeFileExclusive';
import { listSnapshots, type StoredSnapshot } from './listSnapshots';
import type { SnapshotManifest } from './snapshotManifest';
import { takeSnapshot } from './takeSnapshot';
import { removeIfAllowed } from '../storage/writeFence';

/** What a restore works on: the open library and documents of a data directory. */
export interface RestoreTarget {
  dataDir: string;
  now: () => Date;
  library: LibraryRepository;
  documents: DocumentRepository;
}

/** The files of a snapshot, read and checked before anything is changed. */
interface CheckedSnapshot {
  library: LibraryFileData;
  documents: DocumentFileData[];
  /** Each document's review log as it should be after the restore, by document id. */
  reviewLogs: Map<string, string>;
  /** Files that never change (texts, long notes): put back where missing. */
  texts: string[];
}

/**
 * Puts the library back as it was in a snapshot. The snapshot is checked
 * whole first (every file parses and validates), then the present is saved
 * as a snapshot of its own, so the restore can be undone; only then are the
 * files replaced: each document file (the one replaced stays as its .prev),
 * documents added since are removed (they are in the snapshot of the
 * present), missing texts are put back, and library.json comes last.
 */
export async function restoreSnapshot(target: RestoreTarget, id: string): Promise<{ restored: SnapshotManifest; before: SnapshotManifest }> {
  const snapshot = (await listSnapshots(target.dataDir)).find(({ manifest }) => manifest.id === id);
  if (!snapshot) throw new GlossError('not_found', `There is no snapshot ${id}.`);
  const checked = await checkSnapshot(snapshot);
  let before: SnapshotManifest;
  try {
    before = await takeSnapshot(target.dataDir, target.now(), 'before-restore');
  } catch (error) {
    const why = explainWriteFailure(error);
    throw new GlossError('internal', `Nothing was restored: the library as it is now could not be saved first (${why instanceof Error ? why.message : String(why)})`);
  }
  try {
    await target.documents.replaceAll('The library was restored from a snapshot meanwhile; reopen the document and try again.', () =>
      target.library.exclusive(async (commit) => {
        await replaceDocumentFiles(target.dataDir, checked);
        await putBackMissingTexts(target.dataDir, snapshot.dir, checked.texts);
        await commit((data) => Object.assign(data, checked.library));
      }),
    );
  } catch (error) {
    const why = explainWriteFailure(error);
    throw new GlossError('internal', `The restore stopped partway (${why instanceof Error ? why.message : String(why)}). The library as it was before is kept as snapshot ${before.id}; restore that to go back.`);
  }
  await target.documents.checkTexts(target.library.documents);
  return { restored: snapshot.manifest, before };
}

async function checkSnapshot({ dir, manifest }: StoredSnapshot): Promise<CheckedSnapshot> {
  const read = async <T extends { schemaVersion: number }>(relative: string, format: FileFormat<T>, keepRaw?: (raw: Record<string, unknown>) => void): Promise<T> => {
    try {
      const raw = JSON.parse(await readFile(join(dir, relative), 'utf8')) as unknown;
      const { data } = upgradeData(format, raw, relative);
      keepRaw?.(raw as Record<string, unknown>);
      return data;
    } catch (error) {
      throw new GlossError('bad_input', `Snapshot ${manifest.id} cannot be restored: ${relative} in it cannot be read (${(error as Error).message}). Nothing was changed.`);
    }
  };
  if (!manifest.files.includes('library.json')) throw new GlossError('bad_input', `Snapshot ${manifest.id} has no library.json, so it cannot be restored. Nothing was changed.`);
  const library = await read('library.json', LIBRARY_FORMAT);
  const documents: DocumentFileData[] = [];
  const reviewLogs = new Map<string, string>();
  for (const relative of manifest.files.filter((f) => /^documents\/[^/]+\.json$/.test(f))) {
    // A document file from before review logs (format 3) holds its reviews: they become its log.
    documents.push(await read(relative, DOCUMENT_FORMAT, (raw) => reviewLogs.set(String(raw['id']), legacyReviewLines(raw['reviews']))));
  }
  for (const doc of documents) {
    const relative = `documents/${reviewLogRelativePath(doc.id)}`;
    if (manifest.files.includes(relative)) reviewLogs.set(doc.id, wholeLines(await readFile(join(dir, relative), 'utf8').catch(() => '')));
  }
  return { library, documents, reviewLogs, texts: manifest.files.filter((f) => f.startsWith('texts/') || f.startsWith('notes/')) };
}

/** Writes the snapshot's document files and removes those of documents the snapshot's library does not have. */
async function replaceDocumentFiles(dataDir: string, checked: CheckedSnapshot): Promise<void> {
  await mkdir(join(dataDir, 'documents'), { recursive: true });
  for (const doc of checked.documents) {
    // The log first: the document file's schedules must never be ahead of it.
    const log = checked.reviewLogs.get(doc.id) ?? '';
    if (log === '') await removeIfAllowed(reviewLogPath(dataDir, doc.id));
    else await writeFileAtomic(reviewLogPath(dataDir, doc.id), log);
    await writeFileAtomic(documentFilePath(dataDir, doc.id), JSON.stringify(doc), { keepPrevious: true });
  }
  const keep = new Set([...checked.documents.map((doc) => doc.id), ...checked.library.documents.map((doc) => doc.id)]);
  for (const name of await readdir(join(dataDir, 'documents'))) {
    const match = /^([a-z0-9-]{1,64})(?:\.reviews\.jsonl|\.json)$/.exec(name);
    if (match && !keep.has(match[1]!)) await removeIfAllowed(join(dataDir, 'documents', name));
  }
  await fsyncDirectory(join(dataDir, 'documents'));
}

/** Texts and long notes never change, so only the missing ones are put back. */
async function putBackMissingTexts(dataDir: string, snapshotDir: string, texts: readonly string[]): Promise<void> {
  for (const relative of texts) {
    const destination = join(dataDir, ...relative.split('/'));
    await mkdir(dirname(destination), { recursive: true });
    try {
      await placeExclusive(join(snapshotDir, ...relative.split('/')), destination);
      await fsyncDirectory(dirname(destination));
    } catch (error) {
      if (error instanceof FileExistsError || errnoCode(error) === 'ENOENT') continue;
      throw error;
    }
  }
}
