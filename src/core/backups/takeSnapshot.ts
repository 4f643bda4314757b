import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotReason } from '../../shared/contract';
import { FILE_SYSTEM_CONCURRENCY, forEachConcurrently } from '../forEachConcurrently';
import { errnoCode } from '../storage/errno';
import { renameIfAllowed } from '../storage/writeFence';
import { fsyncDirectory, writeDurably } from '../storage/writeFileAtomic';
import { readWholeLogLines } from '../cards/documentReviews';
import { reviewLogPath, reviewLogRelativePath } from '../cards/reviewLog';
import { noteFilesOf } from '../documents/noteFileLayout';
import { linkImmutable } from './linkImmutable';
import { backupsDir, MANIFEST_FILE, snapshotIdFor, type SnapshotManifest } from './snapshotManifest';

/** Prefix of a snapshot folder still being written; housekeeping removes any left by a crash. */
export const PARTIAL_SNAPSHOT_PREFIX = '.partial-';

const DOCUMENT_FILE_NAME = /^[a-z0-9-]{1,64}\.json$/;

export interface SnapshotOptions {
  /** Called with each document file copied, as parsed (whatever its schema version), so a caller can learn what the snapshot holds without reading it again. */
  onDocumentKept?: (documentFile: unknown) => void;
}

/**
 * Keeps the library as it is on disk in backups/<id>/: library.json, every
 * document file that parses and each document's review log are copied; the
 * texts and long notes, which never change, are links to one shared copy
 * in backups/store/ (see linkImmutable). Every copy is read back and parsed, the manifest is written
 * last, and only then does the folder get its name, so an unfinished
 * snapshot is never taken for one.
 */
export async function takeSnapshot(dataDir: string, when: Date, reason: SnapshotReason, options: SnapshotOptions = {}): Promise<SnapshotManifest> {
  const root = backupsDir(dataDir);
  const staging = join(root, `${PARTIAL_SNAPSHOT_PREFIX}${snapshotIdFor(when)}-${randomBytes(4).toString('hex')}`);
  await mkdir(join(staging, 'documents'), { recursive: true });
  try {
    const files: string[] = [];
    const skipped: string[] = [];
    // Copied, not linked: a file damaged in place (truncated, overwritten by another program) must not take its snapshot copies with it.
    const keepJson = async (relative: string): Promise<unknown> => {
      const raw = await readParsable(join(dataDir, relative));
      if (raw === null) {
        skipped.push(relative);
        return null;
      }
      await writeDurably(join(staging, relative), raw.bytes);
      files.push(relative);
      return raw.data;
    };
    await keepJson('library.json');
    const documents: SnapshotManifest['documents'] = [];
    const names = (await readdirOrEmpty(join(dataDir, 'documents'))).filter((n) => DOCUMENT_FILE_NAME.test(n));
    // Each document's files on their own: sixteen at a time, or a library of 10,000 documents takes minutes to close.
    await forEachConcurrently(
      names,
      async (name) => {
        const doc = (await keepJson(`documents/${name}`)) as { id?: unknown; title?: unknown; textVersions?: unknown } | null;
        const id = name.slice(0, -'.json'.length);
        if (doc === null) return;
        options.onDocumentKept?.(doc);
        documents.push({ id, title: typeof doc.title === 'string' ? doc.title : id });
        // After the document file, so the copy of the log holds at least what the file's schedules do.
        const log = await readWholeLogLines(reviewLogPath(dataDir, id));
        if (log !== null) {
          await writeDurably(join(staging, 'documents', reviewLogRelativePath(id)), log);
          files.push(`documents/${reviewLogRelativePath(id)}`);
        }
        // Texts and long notes never change, so the snapshot shares them.
        await linkImmutable(dataDir, staging, `texts/${id}`, immutableTextFilesOf(doc), files, skipped);
        await linkImmutable(dataDir, staging, `notes/${id}`, [...new Set(noteFilesOf(doc))].map((hash) => `${hash}.md`), files, skipped);
      },
      { limit: FILE_SYSTEM_CONCURRENCY },
    );
    documents.sort((a, b) => a.id.localeCompare(b.id));
    files.sort();
    skipped.sort();
    const manifest: Omit<SnapshotManifest, 'id'> = { schemaVersion: 1, takenAt: when.toISOString(), reason, documents, files, skipped };
    await fsyncDirectory(join(staging, 'documents'));
    return await publishSnapshot(root, staging, manifest, when);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Writes the manifest and gives the folder its final name (a free one, if two snapshots share a millisecond). */
export async function publishSnapshot(root: string, staging: string, manifest: Omit<SnapshotManifest, 'id'>, when: Date): Promise<SnapshotManifest> {
  for (let attempt = 1; ; attempt++) {
    const id = attempt === 1 ? snapshotIdFor(when) : `${snapshotIdFor(when)}-${attempt}`;
    const final: SnapshotManifest = { ...manifest, id };
    await rm(join(staging, MANIFEST_FILE), { force: true });
    await writeDurably(join(staging, MANIFEST_FILE), JSON.stringify(final));
    await fsyncDirectory(staging);
    try {
      renameIfAllowed(staging, join(root, id));
    } catch (error) {
      const code = errnoCode(error);
      if ((code === 'ENOTEMPTY' || code === 'EEXIST') && attempt < 100) continue;
      throw error;
    }
    await fsyncDirectory(root);
    return final;
  }
}

/** A JSON file's bytes (copied as they are, not encoded again) and data, or null if it is missing or does not parse (it is then not copied). */
async function readParsable(path: string): Promise<{ bytes: Buffer; data: unknown } | null> {
  try {
    const bytes = await readFile(path);
    return { bytes, data: JSON.parse(bytes.toString('utf8')) };
  } catch (error) {
    if (error instanceof SyntaxError || errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** A document's texts, and the structure files of versions that have one (names in texts/<id>/). */
function immutableTextFilesOf(doc: { textVersions?: unknown }): string[] {
  if (!Array.isArray(doc.textVersions)) return [];
  return doc.textVersions.flatMap((entry) => {
    const { version, structureSha256 } = entry as { version?: unknown; structureSha256?: unknown };
    if (!Number.isInteger(version) || (version as number) < 1) return [];
    return typeof structureSha256 === 'string' ? [`v${version}.txt`, `v${version}.blocks.json`] : [`v${version}.txt`];
  });
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}
