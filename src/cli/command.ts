import type { LaunchArgs } from '../shared/launchArgs';
import type { LibraryAccess } from './library/libraryAccess';

/** 0 success, 1 failure (a one-line message on stderr), 2 a usage mistake (the command's usage on stderr). */
export type ExitCode = 0 | 1 | 2;

/** Where a command writes: injected so tests capture it and no command touches `process` itself. */
export interface CliIo {
  /** One line of results on stdout. */
  out(text: string): void;
  /** One line of progress, warnings or summaries on stderr. */
  err(text: string): void;
  /** Bytes or text on stdout exactly as given (an export piped elsewhere). */
  write(data: string | Uint8Array): void;
}

/** What every command may use: injected so tests need no real process. */
export interface CliEnv {
  io: CliIo;
  /** The data directory from the global --data-dir, GLOSS_DATA_DIR or the default; a command's own --data-dir wins. */
  dataDir: string;
  /** The folder relative paths are resolved against. */
  cwd: string;
  library: LibraryAccess;
  /** Runs browser mode; the real one keeps the process until Ctrl+C (or a lost lock) ends it. */
  serve(args: LaunchArgs): Promise<void>;
  /** package.json's version. */
  version: string;
}

/** One `gloss` command: its help and how it runs. */
export interface CliCommand {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The full usage text `gloss help NAME` and `--help` print. */
  usage: string;
  /** Runs with the arguments after the command's name; a usage mistake throws UsageError. */
  run(args: readonly string[], env: CliEnv): Promise<ExitCode>;
}
