import { mkdir } from 'node:fs/promises';
import { errnoCode } from './errno';

/** A data directory Gloss cannot use at all: it is a file, a link that loops, or a folder it may not create. */
export class DataDirUnusableError extends Error {
  constructor(
    readonly dataDir: string,
    reason: string,
  ) {
    super(`Gloss cannot use ${dataDir} as its data folder: ${reason} Start Gloss with --data-dir pointing to a folder it can write.`);
    this.name = 'DataDirUnusableError';
  }
}

/** What is wrong with a data directory path, by the error creating it gave. */
const REASONS: Record<string, string> = {
  EEXIST: 'it is a file, not a folder.',
  ENOTDIR: 'part of that path is a file, not a folder.',
  ELOOP: 'it is a symbolic link that leads back to itself.',
  EACCES: 'Gloss is not allowed to create or open it.',
  EPERM: 'Gloss is not allowed to create or open it.',
  EROFS: 'it is on a read-only disk.',
  ENOSPC: 'the disk is full.',
  ENAMETOOLONG: 'the path is too long.',
};

/** Creates the data directory (and its parents) or says in words why it cannot be used. */
export async function prepareDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const reason = REASONS[errnoCode(error) ?? ''];
    if (reason) throw new DataDirUnusableError(dataDir, reason);
    throw error;
  }
}
