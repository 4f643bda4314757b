import { resolve } from 'node:path';
import { GlossError, MarkdownGrouping } from '../../shared/contract';
import type { CliCommand } from '../command';
import { withCore } from '../library/libraryAccess';
import { checkOutputPath, writeOutputFile } from '../output/writeOutputFile';
import { chosenDataDir, DATA_DIR_OPTION, parseCommandArgs } from '../parseCommandArgs';
import { UsageError } from '../usageError';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, formatAvailable, type ExportFormatName } from './exportFormats';

const USAGE = `Usage: gloss export --format md|w3c|anki|apkg|qdpx|backup [--doc ID]… [--group-by document|tag|colour|speaker] [-o FILE] [--force] [--data-dir DIR]

Exports the library, or the documents named with --doc. Works while Gloss runs:
it reads a snapshot of the library and changes nothing.

Formats:
  md       Notes as Markdown (front matter, highlights as quotes, notes, cards)
  w3c      Highlights as W3C Web Annotations (JSON-LD)
  anki     Cards as a text file that Anki imports
  apkg     Cards as an Anki deck package (binary: needs -o)
  qdpx     A REFI-QDA project for qualitative-analysis tools (binary: needs -o)
  backup   The whole library as a .glossbackup file (binary: needs -o; no --doc)

Options:
  --doc ID          Only this document (repeat for several; ids from gloss list)
  --group-by HOW    Markdown only: document (default), tag, colour or speaker
  -o, --output FILE Write to FILE, whole or not at all (text formats default to stdout)
  --force           Replace FILE if it exists (without it an existing FILE is refused)
  --data-dir DIR    The library to read (default: $GLOSS_DATA_DIR or ~/.gloss)`;

const OPTIONS = {
  format: { type: 'string' },
  doc: { type: 'string', multiple: true },
  'group-by': { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  ...DATA_DIR_OPTION,
} as const;

/** `gloss export --format …`: an export through the core's contract, to stdout or atomically to a file. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export notes, highlights, cards or a backup',
  usage: USAGE,
  async run(args, env) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const name = values.format;
    if (!name) throw new UsageError(`gloss export needs --format (${EXPORT_FORMAT_NAMES.join(', ')}).`);
    if (!isFormatName(name)) throw new UsageError(`Unknown format '${name}'; use one of ${EXPORT_FORMAT_NAMES.join(', ')}.`);
    const format = EXPORT_FORMATS[name];
    const grouping = MarkdownGrouping.safeParse(values['group-by'] ?? 'document');
    if (!grouping.success) throw new UsageError(`--group-by takes ${MarkdownGrouping.options.join(', ')}, not '${values['group-by']}'.`);
    if (values['group-by'] !== undefined && name !== 'md') throw new UsageError('--group-by applies to --format md only.');
    if (values.doc && !format.scoped) throw new UsageError(`--format ${name} is always the whole library; --doc does not apply.`);
    if (format.binary && values.output === undefined) throw new UsageError(`--format ${name} makes a binary file: give -o FILE.`);
    if (values.force && values.output === undefined) throw new UsageError('--force applies only with -o FILE.');
    if (!formatAvailable(format)) throw new GlossError('unknown_method', `gloss export --format ${name} is not available in this build.`);

    const output = values.output === undefined ? null : resolve(env.cwd, values.output);
    const force = values.force ?? false;
    // Refused before the export runs: a backup of a large library takes a while to make for nothing.
    if (output) await checkOutputPath(output, { force });
    const scope = values.doc ? { documentIds: values.doc } : {};
    const exported = await withCore(env.library.forReading(chosenDataDir(values, env)), (core) => format.run(core, { scope, groupBy: grouping.data }));
    if (!output) {
      env.io.write(exported.data);
      return 0;
    }
    await writeOutputFile(output, exported.data, { force });
    const { documents, highlights, cards } = exported.counts;
    env.io.err(`Wrote ${output}: ${documents} document${documents === 1 ? '' : 's'}, ${highlights} highlight${highlights === 1 ? '' : 's'}, ${cards} card${cards === 1 ? '' : 's'}.`);
    return 0;
  },
};

function isFormatName(name: string): name is ExportFormatName {
  return (EXPORT_FORMAT_NAMES as readonly string[]).includes(name);
}
