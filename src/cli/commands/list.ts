import type { CliCommand } from '../command';
import { withCore } from '../library/libraryAccess';
import { chosenDataDir, DATA_DIR_OPTION, parseCommandArgs } from '../parseCommandArgs';

const USAGE = `Usage: gloss list [--json] [--data-dir DIR]

Lists the documents in the library, one a line: id, words, title (source).
Works while Gloss runs: it reads a snapshot of the library and changes nothing.

Options:
  --json            The documents' summaries as a JSON array
  --data-dir DIR    The library to read (default: $GLOSS_DATA_DIR or ~/.gloss)`;

/** `gloss list [--json]`: the library, one document per line (or as JSON). */
export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List the documents in the library',
  usage: USAGE,
  async run(args, env) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' }, ...DATA_DIR_OPTION });
    const { documents } = await withCore(env.library.forReading(chosenDataDir(values, env)), (core) => core.call('library:list', {}));
    if (values.json) {
      env.io.out(JSON.stringify(documents, null, 2));
      return 0;
    }
    if (documents.length === 0) env.io.out('The library is empty.');
    for (const doc of documents) {
      const problem = doc.problem ? `\t(cannot be opened: ${doc.problem})` : '';
      env.io.out(`${doc.id}\t${doc.wordCount} words\t${doc.title}${doc.source ? ` (${doc.source})` : ''}${problem}`);
    }
    return 0;
  },
};
