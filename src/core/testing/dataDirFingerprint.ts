import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { errnoCode } from '../storage/errno';

/**
 * Every file and folder under a data directory with its mtime, size and
 * content hash, the lock's own files left out (the holder refreshes them),
 * and a file gone before it could be read left out too: equal fingerprints
 * mean nothing was written.
 */
export async function dataDirFingerprint(dir: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (name.startsWith('gloss.lock')) continue;
    const fingerprint = await fingerprintOf(path, entry.isFile());
    if (fingerprint !== null) entries[name] = fingerprint;
  }
  return entries;
}

/** A file's or folder's mtime, size and hash; null when it went between the listing and the read (a cache's temp file, renamed into place meanwhile). */
async function fingerprintOf(path: string, isFile: boolean): Promise<string | null> {
  try {
    const info = await stat(path);
    const hash = isFile ? createHash('sha256').update(await readFile(path)).digest('hex') : 'dir';
    return `${info.mtimeMs} ${info.size} ${hash}`;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}
