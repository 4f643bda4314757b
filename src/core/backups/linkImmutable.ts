import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { errnoCode } from '../storage/errno';
import { fsyncDirectory, tempPathFor, writeDurably } from '../storage/writeFileAtomic';
import { FileExistsError, placeExclusive } from '../storage/writeFileExclusive';
import { backupStoreDir } from './snapshotManifest';

/**
 * Puts files that never change (texts, long notes) into the snapshot's
 * `folder`, listing each in `files` (or in `skipped` if missing). Each is
 * copied once into backups/store/ and every snapshot links that copy, so the
 * snapshots share one copy, which a file damaged in place in the data
 * directory cannot touch.
 */
export async function linkImmutable(dataDir: string, staging: string, folder: string, names: readonly string[], files: string[], skipped: string[]): Promise<void> {
  if (names.length === 0) return;
  await mkdir(join(staging, folder), { recursive: true });
  for (const name of names) {
    const relative = `${folder}/${name}`;
    try {
      await placeExclusive(await storedCopy(dataDir, relative), join(staging, relative));
      files.push(relative);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
      skipped.push(relative);
    }
  }
  await fsyncDirectory(join(staging, folder));
}

/** The backup store's copy of an immutable file of the data directory, made on first need. */
async function storedCopy(dataDir: string, relative: string): Promise<string> {
  const stored = join(backupStoreDir(dataDir), ...relative.split('/'));
  try {
    await stat(stored);
    return stored;
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  await mkdir(dirname(stored), { recursive: true });
  const staged = tempPathFor(stored);
  try {
    await writeDurably(staged, await readFile(join(dataDir, ...relative.split('/'))));
    await placeExclusive(staged, stored).catch((error: unknown) => {
      if (!(error instanceof FileExistsError)) throw error;
    });
    await fsyncDirectory(dirname(stored));
  } finally {
    await rm(staged, { force: true });
  }
  return stored;
}
