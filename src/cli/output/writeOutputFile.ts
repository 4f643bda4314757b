import { lstat, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GlossError } from '../../shared/contract';
import { errnoCode } from '../../core/storage/errno';
import { fsyncDirectory, tempPathFor } from '../../core/storage/writeFileAtomic';
import { FileExistsError, placeExclusive } from '../../core/storage/writeFileExclusive';

/**
 * Writes a command's output file whole or not at all: a temp file in the
 * same folder is written and fsynced, then renamed over `path` (with
 * `force`) or linked to it only if the name is free, and the folder is
 * fsynced. An existing file is never replaced without `force`. Any failure
 * removes the temp file and says why in one sentence. Not writeFileAtomic:
 * its lock fence guards data directories, and this file is the user's.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, { force }: { force: boolean }): Promise<void> {
  const folder = dirname(path);
  await checkOutputPath(path, { force });
  const temp = tempPathFor(path);
  try {
    await writeSynced(temp, data);
    if (force) await rename(temp, path);
    else await placeExclusive(temp, path);
  } catch (error) {
    throw explain(error, path);
  } finally {
    // Gone after a rename; after a link the file keeps its own name, and the temp one goes.
    await rm(temp, { force: true });
  }
  await fsyncDirectory(folder).catch((error: unknown) => {
    throw new GlossError('storage', `${path} was written, but the disk could not confirm it is safe (${errnoCode(error) ?? 'unknown error'}).`);
  });
}

async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Refuses at once, before any work is done, a file that cannot be written: no such folder, or an existing file without `force`. */
export async function checkOutputPath(path: string, { force }: { force: boolean }): Promise<void> {
  await checkFolder(dirname(path));
  if (!force && (await exists(path))) throw existsError(path);
}

async function checkFolder(folder: string): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new GlossError('bad_input', `${folder} is not a folder.`);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') throw new GlossError('not_found', `The folder ${folder} does not exist.`);
    if (code === 'ENOTDIR') throw new GlossError('bad_input', `${folder} is not a folder.`);
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

function existsError(path: string): GlossError {
  return new GlossError('conflict', `${path} exists; use --force to replace it.`);
}

/** The sentence for why the file could not be written; nothing was left behind. */
function explain(error: unknown, path: string): unknown {
  if (error instanceof FileExistsError) return existsError(path);
  const code = errnoCode(error);
  const folder = dirname(path);
  const why: Record<string, string> = {
    ENOSPC: `The disk is full: ${path} was not written.`,
    EDQUOT: `Your disk quota is used up: ${path} was not written.`,
    EROFS: `${folder} is on a read-only disk: ${path} was not written.`,
    EACCES: `You may not write in ${folder}: ${path} was not written.`,
    EPERM: `You may not write in ${folder}: ${path} was not written.`,
    EISDIR: `${path} is a folder: give a file name.`,
  };
  const sentence = code ? why[code] : undefined;
  return sentence ? new GlossError('storage', sentence) : error;
}
