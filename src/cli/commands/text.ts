import type { CliCommand } from '../command';
import { withCore } from '../library/libraryAccess';
import { chosenDataDir, DATA_DIR_OPTION, parseCommandArgs } from '../parseCommandArgs';

const USAGE = `Usage: gloss text ID [--data-dir DIR]

Prints a document's current text (as Gloss stores it: UTF-8, LF line endings),
for piping into other tools. ID is the first column of gloss list.
Works while Gloss runs, and changes nothing (not even "last opened").

Options:
  --data-dir DIR    The library to read (default: $GLOSS_DATA_DIR or ~/.gloss)`;

/** `gloss text ID`: a document's current text, read without side effects (document:read). */
export const textCommand: CliCommand = {
  name: 'text',
  summary: "Print a document's text",
  usage: USAGE,
  async run(args, env) {
    const { values, positionals } = parseCommandArgs(args, DATA_DIR_OPTION, { min: 1, name: 'ID' });
    const dataDir = chosenDataDir(values, env);
    const opened = await withCore(env.library.forReading(dataDir), (core) => core.call('document:read', { id: positionals[0]! }));
    env.io.out(opened.text);
    return 0;
  },
};
