import { GlossError } from '../../shared/contract';
import { errnoCode } from './errno';
import { UnconfirmedWriteError } from './writeFileAtomic';

/** The sentence for each file-system failure a user can do something about, by errno code. */
const CAUSES: Record<string, string> = {
  ENOSPC: 'The disk is full — nothing was saved. Free some space and try again.',
  EDQUOT: 'Your disk quota is used up — nothing was saved. Free some space and try again.',
  EROFS: 'The data folder is on a read-only disk — nothing was saved.',
  EACCES: 'Gloss is not allowed to write in its data folder — nothing was saved. Check the folder’s permissions.',
  EPERM: 'Gloss is not allowed to write in its data folder — nothing was saved. Check the folder’s permissions.',
  EMFILE: 'Too many files are open — nothing was saved. Close some programs and try again.',
  ENFILE: 'Too many files are open on this computer — nothing was saved. Close some programs and try again.',
  EIO: 'The disk reported a read/write error — nothing was saved. The disk may be failing: copy your data folder somewhere safe.',
};

/**
 * A failed write, explained in words: a file-system error becomes a
 * GlossError naming the cause; anything else (a GlossError from the change
 * itself, a bug) is returned as it was.
 */
export function explainWriteFailure(error: unknown): unknown {
  if (error instanceof GlossError) return error;
  const code = errnoCode(error);
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return error;
  const message = error instanceof UnconfirmedWriteError
    ? `The change was written, but the disk could not confirm it is safe (${code}). The disk may be failing: copy your data folder somewhere safe.`
    : (CAUSES[code] ?? `Gloss could not write to its data folder (${code}) — nothing was saved.`);
  const explained = new GlossError('storage', message);
  explained.cause = error;
  return explained;
}
