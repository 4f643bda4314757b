import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliEnv } from './command';
import { HelpRequested, UsageError } from './usageError';

/** One option of a command, as node:util parseArgs takes it. */
export type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

/** The values parseArgs gives for `O`: strings or booleans, arrays where `multiple`, absent when not given. */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? (O[K]['multiple'] extends true ? string[] : string) : O[K]['multiple'] extends true ? boolean[] : boolean;
};

/** How many positional arguments a command takes, and what to call them in a message. */
export interface PositionalSpec {
  min: number;
  /** @default min */
  max?: number;
  /** What is missing, as the usage names it: "Missing ID." @default 'an argument' */
  name?: string;
}

/** `--data-dir DIR`, accepted by every command that reads or writes the library. */
export const DATA_DIR_OPTION = { 'data-dir': { type: 'string' } } as const satisfies Record<string, OptionSpec>;

/** The library a command works on: its own --data-dir, else the global one (or GLOSS_DATA_DIR, or the default). */
export function chosenDataDir(values: { 'data-dir'?: string }, env: Pick<CliEnv, 'cwd' | 'dataDir'>): string {
  return resolve(env.cwd, values['data-dir'] ?? env.dataDir);
}

/**
 * Parses a command's arguments strictly: an unknown option, an option
 * without its value, or too few or too many arguments is a UsageError
 * (exit 2), never guessed at; `--help`/`-h` throws HelpRequested.
 */
export function parseCommandArgs<O extends Record<string, OptionSpec>>(args: readonly string[], options: O, positionals: PositionalSpec = { min: 0 }): { values: OptionValues<O>; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseFailure(error));
  }
  if (parsed.values['help']) throw new HelpRequested();
  const max = positionals.max ?? positionals.min;
  if (parsed.positionals.length < positionals.min) throw new UsageError(`Missing ${positionals.name ?? 'an argument'}.`);
  if (parsed.positionals.length > max) throw new UsageError(`Unexpected argument '${parsed.positionals[max]}'.`);
  return { values: parsed.values as OptionValues<O>, positionals: parsed.positionals };
}

/** parseArgs's message, cut to its first sentence (the rest explains `--`, which the usage does better). */
function parseFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${message.split('. ')[0]}.`;
  return message;
}
