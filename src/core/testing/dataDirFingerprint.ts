import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Every file and folder under a data directory with its mtime, size and
 * content hash, the lock's own files left out (the holder refreshes them):
 * equal fingerprints mean nothing was written.
 */
export async function dataDirFingerprint(dir: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (name.startsWith('gloss.lock')) continue;
    const info = await stat(path);
    const hash = entry.isFile() ? createHash('sha256').update(await readFile(path)).digest('hex') : 'dir';
    entries[name] = `${info.mtimeMs} ${info.size} ${hash}`;
  }
  return entries;
}
