import { copyFile, link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GlossError } from '../../shared/contract';
import { errnoCode, NO_HARD_LINKS } from '../../core/storage/errno';

/** A writer's temp file (`.<name>.<pid>.<hex>.tmp`), a file set aside as damaged or unsaved, or the lock: never copied. */
const NOT_LIBRARY = [/^\..+\.\d+\.[0-9a-f]{12}\.tmp$/, /\.(damaged|unsaved)-/, /^gloss\.lock/];
/** Copied again when library.json changed while the copy was made; after that, what was copied is used. */
const ATTEMPTS = 3;

/**
 * Copies what the core reads of a library into `into`, so a read command
 * can open the core there while Gloss runs, and nothing it does reaches the
 * real data directory. The JSON files (library.json, notices, every
 * document file and review log, with their previous generations) are
 * copied; texts/ and notes/, which Gloss never changes once written, are
 * hard-linked (copied where links are not possible). Copied in the order
 * Gloss writes them backwards (the index, then documents, then texts), so a
 * document added meanwhile is missed whole rather than listed without its
 * file; if library.json changed meanwhile, the copy is made again.
 */
export async function copyReadOnlySnapshot(dataDir: string, into: string): Promise<void> {
  const indexPath = join(dataDir, 'library.json');
  for (let attempt = 1; ; attempt++) {
    const before = await fingerprint(indexPath);
    if (before === null && (await fingerprint(`${indexPath}.prev`)) === null) {
      throw new GlossError('not_found', `There is no Gloss library in ${dataDir}. Start Gloss, or import a file with gloss import, to make one.`);
    }
    await rm(into, { recursive: true, force: true });
    await mkdir(join(into, 'documents'), { recursive: true });
    await copyFolder(dataDir, into, copyFile, false);
    await copyFolder(join(dataDir, 'documents'), join(into, 'documents'), copyFile, false);
    const linker = hardLinkOrCopy();
    for (const folder of ['texts', 'notes']) await copyFolder(join(dataDir, folder), join(into, folder), linker, true);
    if (attempt >= ATTEMPTS || (await fingerprint(indexPath)) === before) return;
  }
}

type Place = (from: string, to: string) => Promise<void>;

/** Places every library file of `from` in `to` (and of its subfolders when `recursive`); one that vanished meanwhile is skipped. */
async function copyFolder(from: string, to: string, place: Place, recursive: boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true });
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  await mkdir(to, { recursive: true });
  for (const entry of entries) {
    if (NOT_LIBRARY.some((pattern) => pattern.test(entry.name))) continue;
    if (entry.isDirectory() && recursive) await copyFolder(join(from, entry.name), join(to, entry.name), place, true);
    if (!entry.isFile()) continue;
    await place(join(from, entry.name), join(to, entry.name)).catch((error: unknown) => {
      if (errnoCode(error) !== 'ENOENT') throw error;
    });
  }
}

/** A hard link (no bytes copied), or a copy once the file system has refused one (another disk, FAT). */
function hardLinkOrCopy(): Place {
  let links = true;
  return async (from, to) => {
    if (links) {
      try {
        return await link(from, to);
      } catch (error) {
        if (!NO_HARD_LINKS.has(errnoCode(error) ?? '')) throw error;
        links = false;
      }
    }
    await copyFile(from, to);
  };
}

/** Identity, size and time of a file, or null when it is missing: Gloss replaces it by rename, so any change shows. */
async function fingerprint(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.ino} ${info.size} ${info.mtimeNs}`;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}
