import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PARTIAL_SNAPSHOT_PREFIX } from './backups/takeSnapshot';
import { backupsDir } from './backups/snapshotManifest';
import { documentFilePath } from './documents/documentFile';
import { SAVED_WORDS_DIR } from './search/savedWordFiles';
import { FILE_SYSTEM_CONCURRENCY, forEachConcurrently } from './forEachConcurrently';
import { errnoCode } from './storage/errno';
import { previousGenerationPath } from './storage/writeFileAtomic';

/** Our temp files: `.<name>.<pid>.<12 hex>.tmp` (see tempPathFor). */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes every temp file in the data directory and in documents/,
 * search-index/, backups/ and every texts/<id>/ and notes/<id>/, plus snapshot folders
 * that were never finished. Runs at open, after the lock is taken and before
 * anything is written, so no temp file here belongs to a write that may
 * still land: one bearing our own pid was left by an earlier process that
 * had the same pid, and one of a live process was left by a Gloss that lost
 * the lock to us — paused (SIGSTOP, a debugger) past the stale time, maybe
 * right between its last check of the lock and the rename that publishes
 * the write. Removing its temp file is what makes that rename fail when it
 * resumes, instead of landing over what we write: no check of the lock can
 * close that gap, since the pause may fall after it.
 */
export async function removeStaleTempFiles(dataDir: string): Promise<string[]> {
  const removed: string[] = [];
  const textDirs = (await entries(join(dataDir, 'texts'))).map((id) => join(dataDir, 'texts', id));
  const noteDirs = (await entries(join(dataDir, 'notes'))).map((id) => join(dataDir, 'notes', id));
  // One folder per document: read several at a time, or 10,000 documents hold up the open by half a second.
  const sweep = async (dir: string): Promise<void> => {
    for (const name of await entries(dir)) {
      if (!TEMP_FILE.test(name)) continue;
      await rm(join(dir, name), { force: true });
      removed.push(join(dir, name));
    }
  };
  await forEachConcurrently([dataDir, join(dataDir, 'documents'), join(dataDir, SAVED_WORDS_DIR), backupsDir(dataDir), ...textDirs, ...noteDirs], sweep, { limit: FILE_SYSTEM_CONCURRENCY });
  for (const name of await entries(backupsDir(dataDir))) {
    if (!name.startsWith(PARTIAL_SNAPSHOT_PREFIX)) continue;
    await rm(join(backupsDir(dataDir), name), { recursive: true, force: true });
    removed.push(join(backupsDir(dataDir), name));
  }
  return removed;
}

/**
 * Removes texts/<id>/ folders that belong to no document: no document file
 * (nor its previous generation) and no library entry. A crash while a
 * document was being added leaves one, its text written and nothing naming it.
 */
export async function removeOrphanTextFolders(dataDir: string, listedIds: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const id of await entries(join(dataDir, 'texts'))) {
    if (listedIds.has(id)) continue;
    const docFile = documentFilePath(dataDir, id);
    if ((await exists(docFile)) || (await exists(previousGenerationPath(docFile)))) continue;
    await rm(join(dataDir, 'texts', id), { recursive: true, force: true });
    removed.push(join(dataDir, 'texts', id));
  }
  return removed;
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return [];
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}
