import { randomBytes } from 'node:crypto';
import { copyFile, link, open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode, NO_HARD_LINKS } from './errno';
import { assertWritesAllowed, renameIfAllowed } from './writeFence';

export interface AtomicWriteOptions {
  /**
   * Keep the file being replaced as `<path>.prev`, its previous good
   * generation, so a file damaged later costs at most its last write.
   * @default false
   */
  keepPrevious?: boolean;
}

/**
 * The rename happened, so the file holds the new content, but the directory
 * could not be synced: the write is visible yet not confirmed durable.
 */
export class UnconfirmedWriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`${path} was written but its directory could not be synced: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'UnconfirmedWriteError';
    this.code = errnoCode(cause);
  }
}

/** Path of the previous generation of a file (see AtomicWriteOptions.keepPrevious). */
export function previousGenerationPath(path: string): string {
  return `${path}.prev`;
}

/** A unique temp path beside `path`, in the form housekeeping recognises: `.<name>.<pid>.<hex>.tmp`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that a crash at any moment leaves either the old or the new
 * content, never a mix: a unique temp file is written and fsynced, renamed over
 * the target, and the directory is fsynced so the rename itself is durable.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  const temp = tempPathFor(path);
  try {
    await writeDurably(temp, data);
    // Before the rename, so the old generation is never without a name.
    if (options.keepPrevious) {
      assertWritesAllowed(path);
      await keepPreviousGeneration(path);
    }
    // Asked again right at the rename: this process may have been paused (SIGSTOP, a debugger) while the
    // temp file was written and synced, and another Gloss may have taken the directory meanwhile.
    renameIfAllowed(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  try {
    await fsyncDirectory(dir);
  } catch (error) {
    throw new UnconfirmedWriteError(path, error);
  }
}

/** Creates `path` with `data`, fsynced; fails if it exists. */
export async function writeDurably(path: string, data: string | Uint8Array): Promise<void> {
  // Every file Gloss writes starts here, so this one check keeps a process that lost its lock from writing.
  assertWritesAllowed(path);
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Names the current file `<path>.prev` too. A hard link costs no bytes and is
 * exact, because Gloss only ever replaces files by rename, never in place;
 * where links are not supported, a fsynced copy does the same.
 */
async function keepPreviousGeneration(path: string): Promise<void> {
  const staged = tempPathFor(previousGenerationPath(path));
  try {
    await link(path, staged);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return; // nothing to keep: the file is new
    if (!code || !NO_HARD_LINKS.has(code)) throw error;
    await copyFile(path, staged);
    await syncFile(staged);
  }
  try {
    renameIfAllowed(staged, previousGenerationPath(path));
  } catch (error) {
    await rm(staged, { force: true });
    throw error;
  }
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename in `dir` durable. Windows cannot open directories; there rename is already journaled. */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
