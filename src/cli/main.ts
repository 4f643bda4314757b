/**
 * The `gloss` command (bin/gloss.mjs): scripts and batch work over the same
 * core as the app. This file reads the global options and dispatches to one
 * command of commandTable.ts; the exit status says how it went.
 */
import { resolve } from 'node:path';
import type { CliEnv, ExitCode } from './command';
import { COMMANDS, findCommand } from './commandTable';
import { generalUsage } from './commands/help';
import { parseGlobalOptions, type GlobalOptions } from './globalOptions';
import { processDeps } from './processDeps';
import { HelpRequested, UsageError } from './usageError';

/** What the CLI takes from its process: a command's environment, less the data directory worked out here. */
export interface CliProcess extends Omit<CliEnv, 'dataDir'> {
  /** GLOSS_DATA_DIR when set and not empty. */
  envDataDir: string | undefined;
  /** ~/.gloss */
  defaultDataDir: string;
}

/** Runs one `gloss` command line: 0 success, 1 failure (one line on stderr), 2 wrong usage (with the usage). */
export async function runGloss(argv: readonly string[], proc: CliProcess): Promise<ExitCode> {
  let global: GlobalOptions;
  try {
    global = parseGlobalOptions(argv);
  } catch (error) {
    proc.io.err(`gloss: ${(error as Error).message}\n\n${generalUsage(COMMANDS)}`);
    return 2;
  }
  if (global.version || global.help) {
    proc.io.out(global.version ? proc.version : generalUsage(COMMANDS));
    return 0;
  }
  const command = global.command === undefined ? undefined : findCommand(global.command);
  if (!command) {
    const problem = global.command === undefined ? 'gloss needs a command.' : `Unknown command '${global.command}'.`;
    proc.io.err(`gloss: ${problem}\n\n${generalUsage(COMMANDS)}`);
    return 2;
  }
  const dataDir = resolve(proc.cwd, global.dataDir ?? proc.envDataDir ?? proc.defaultDataDir);
  try {
    return await command.run(global.rest, { ...proc, dataDir });
  } catch (error) {
    if (error instanceof HelpRequested) {
      proc.io.out(command.usage);
      return 0;
    }
    if (error instanceof UsageError) {
      proc.io.err(`gloss ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    // What a user can act on, in one line; never a stack.
    proc.io.err(`gloss ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Runs `gloss` for this process and exits with its status, once stdout and stderr are flushed. */
export async function runGlossProcess(argv: readonly string[]): Promise<void> {
  // A reader that stopped reading (`gloss text ID | head`) has all it wanted.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  const code = await runGloss(argv, processDeps());
  await new Promise<void>((done) => process.stdout.write('', () => done()));
  await new Promise<void>((done) => process.stderr.write('', () => done()));
  process.exit(code);
}
