import { UsageError } from './usageError';

/** What comes before the command's name: `gloss [--data-dir DIR] [--version] [--help] COMMAND ARGS…`. */
export interface GlobalOptions {
  dataDir?: string;
  version: boolean;
  help: boolean;
  /** The command's name, absent when none was given. */
  command?: string;
  /** Everything after the command's name, for the command to parse. */
  rest: string[];
}

/**
 * Reads the global options up to the command's name; the command's own
 * options are its to parse (strictly), so an option is never taken for
 * the wrong one. An unknown option here is a UsageError.
 */
export function parseGlobalOptions(argv: readonly string[]): GlobalOptions {
  const options: GlobalOptions = { version: false, help: false, rest: [] };
  let i = 0;
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
    const arg = argv[i]!;
    if (arg === '--version') options.version = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--data-dir=')) options.dataDir = nonEmpty(arg.slice('--data-dir='.length));
    else if (arg === '--data-dir') options.dataDir = nonEmpty(argv[++i]);
    else throw new UsageError(`Unknown option '${arg}'.`);
  }
  if (i < argv.length) {
    options.command = argv[i]!;
    options.rest = argv.slice(i + 1);
  }
  return options;
}

function nonEmpty(value: string | undefined): string {
  if (!value) throw new UsageError('--data-dir needs a folder.');
  return value;
}
