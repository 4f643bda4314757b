import { constants } from 'node:fs';
import { copyFile, link, open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errnoCode, NO_HARD_LINKS } from './errno';
import { assertWritesAllowed } from './writeFence';
import { fsyncDirectory, tempPathFor, writeDurably } from './writeFileAtomic';

/** The file exists already and was left as it was. */
export class FileExistsError extends Error {
  readonly code = 'EEXIST';
  constructor(readonly path: string) {
    super(`${path} exists already and is never overwritten.`);
    this.name = 'FileExistsError';
  }
}

/**
 * Creates an immutable file: it appears whole or not at all, and an existing
 * file of that name is never overwritten (FileExistsError). The content is
 * written and fsynced under a temp name, then hard-linked to its name, which
 * fails if the name is taken; where links are not supported, an exclusive
 * copy does the same but could leave a partial file after a crash.
 */
export async function writeFileExclusive(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeDurably(temp, data);
    // Asked again at the link: the temp file may have been written while this process was paused and lost its lock.
    assertWritesAllowed(path);
    await placeExclusive(temp, path).catch((error: unknown) => {
      // The temp file gone: this process lost the lock meanwhile, and its successor cleared our temp files. Say so.
      if (errnoCode(error) === 'ENOENT') assertWritesAllowed(path);
      throw error;
    });
  } finally {
    await rm(temp, { force: true });
  }
  await fsyncDirectory(dirname(path));
}

/** Gives the file at `from` the name `to` too (a link, or else a copy), never replacing `to`. */
export async function placeExclusive(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
    return;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') throw new FileExistsError(to);
    if (!code || !NO_HARD_LINKS.has(code)) throw error;
  }
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') throw new FileExistsError(to);
    throw error;
  }
  const handle = await open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
