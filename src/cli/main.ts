/**
 * The `gloss` command (`npm run gloss -- <command>`): scripts and batch work
 * over the same core as the app. It takes the data directory's lock, so it
 * refuses to run while Gloss itself has the library open.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GlossError } from '../shared/contract';
import { openCore } from '../core/openCore';
import { defaultDataDir } from '../core/defaultDataDir';
import { cardsCommand } from './cardsCommand';
import { listCommand, textCommand } from './commands';
import { importCommand } from './importCommand';

const USAGE = `Usage: gloss <command> [options]

Commands:
  list [--json]     List the documents in the library
  text ID           Print a document's text
  import FILE… [--add-duplicates] [--json]
                    Import files as new documents (.txt .md .html .docx .pdf .epub .vtt .srt)
  cards FILE [--json]  Print the flashcards generated from a text file (no library needed)

Options:
  --data-dir DIR    The data directory (default: $GLOSS_DATA_DIR or ~/.gloss)
  --help            Show this help`;

const repoRoot = resolve(import.meta.dirname, '..', '..');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' }, 'add-duplicates': { type: 'boolean' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  // `cards` reads a file, not the library: it needs neither the data directory nor its lock.
  if (command === 'cards') {
    if (!rest[0]) {
      console.error(`gloss cards needs a FILE.\n\n${USAGE}`);
      return 2;
    }
    await cardsCommand(rest[0], values.json ?? false, { out: (text) => console.log(text) });
    return 0;
  }
  const dataDir = resolve(values['data-dir'] ?? process.env['GLOSS_DATA_DIR'] ?? defaultDataDir());
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const core = await openCore({ dataDir, resourcesDir: join(repoRoot, 'resources'), version });
  const output = { out: (text: string) => console.log(text) };
  try {
    if (command === 'list') await listCommand(core, values.json ?? false, output);
    else if (command === 'text' && rest[0]) await textCommand(core, rest[0], output);
    else if (command === 'import' && rest.length > 0) {
      const failed = await importCommand(core, rest, { addDuplicates: values['add-duplicates'] ?? false, json: values.json ?? false }, { ...output, err: (text) => console.error(text) });
      return failed > 0 ? 1 : 0;
    }
    else {
      console.error(`Unknown or incomplete command: ${[command, ...rest].join(' ')}\n\n${USAGE}`);
      return 2;
    }
    return 0;
  } finally {
    await core.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof GlossError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
