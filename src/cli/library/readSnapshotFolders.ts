import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * A read command works on a copy of the library in a temporary folder,
 * removed when it ends. A command killed before then (kill -9, a power cut)
 * cannot remove its copy, which holds the user's documents and notes; so
 * each folder is named after the process that made it, and every read
 * command first removes the copies of processes that are gone.
 */

const PREFIX = 'gloss-read-';
const OWNED = /^gloss-read-(\d+)-/;

/** Makes a folder for this process's copy of the library, under `tempRoot`. */
export function makeReadSnapshotFolder(tempRoot: string, pid = process.pid): Promise<string> {
  return mkdtemp(join(tempRoot, `${PREFIX}${pid}-`));
}

/** Removes the copies left under `tempRoot` by read commands that are no longer running; returns their names. */
export async function removeAbandonedReadSnapshots(tempRoot: string, isAlive: (pid: number) => boolean): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(tempRoot);
  } catch {
    return [];
  }
  const abandoned = names.filter((name) => {
    const owner = OWNED.exec(name);
    return owner !== null && !isAlive(Number(owner[1]));
  });
  // Best effort: another command may be removing the same folder, or the system may clean it first.
  await Promise.all(abandoned.map((name) => rm(join(tempRoot, name), { recursive: true, force: true }).catch(() => undefined)));
  return abandoned;
}
