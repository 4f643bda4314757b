import { basename, resolve } from 'node:path';
import { GlossError, MAX_BACKUP_BYTES } from '../../shared/contract';
import type { CliCommand } from '../command';
import { withCore } from '../library/libraryAccess';
import { chosenDataDir, DATA_DIR_OPTION, parseCommandArgs } from '../parseCommandArgs';
import { readFileBytes } from '../readFileBytes';

const USAGE = `Usage: gloss restore FILE [--force] [--data-dir DIR]

Replaces the library with a backup file's (.glossbackup, from gloss export
--format backup or the app's Backups screen). The library as it was is kept as
a snapshot, so the app's Backups screen can undo the restore. Changes the
library, so it refuses while Gloss has it open.

Options:
  --force           Replace a library that holds your work (documents other than the
                    untouched bundled interview, highlights or cards); without it,
                    such a library is refused and left as it is
  --data-dir DIR    The library to replace (default: $GLOSS_DATA_DIR or ~/.gloss)`;

/** `gloss restore FILE [--force]`: the library from a backup file, through backup:restore. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: "Replace the library with a backup file's",
  usage: USAGE,
  async run(args, env) {
    const { values, positionals } = parseCommandArgs(args, { force: { type: 'boolean' }, ...DATA_DIR_OPTION }, { min: 1, name: 'FILE' });
    const file = resolve(env.cwd, positionals[0]!);
    // Read first: a missing or oversized file is refused before the library is even opened.
    const data = Buffer.from(await readFileBytes(file, MAX_BACKUP_BYTES)).toString('base64');
    const dataDir = chosenDataDir(values, env);
    const result = await withCore(env.library.forWriting(dataDir, 'restore'), async (core) => {
      try {
        return await core.call('backup:restore', { fileName: basename(file), data, replace: values.force ?? false });
      } catch (error) {
        if (error instanceof GlossError && error.code === 'conflict') {
          throw new GlossError('conflict', `The library in ${dataDir} holds your work, and restoring ${basename(file)} replaces all of it; use --force to replace it (the library as it is now is kept as a snapshot).`);
        }
        throw error;
      }
    });
    const count = result.restored.documents.length;
    env.io.out(`Restored ${count} document${count === 1 ? '' : 's'} from ${basename(file)} (made ${result.backupCreatedAt}).`);
    env.io.err(`The library as it was is kept as the snapshot ${result.before.id}; the app's Backups screen restores it.`);
    return 0;
  },
};
