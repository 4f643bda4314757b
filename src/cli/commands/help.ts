import type { CliCommand } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { UsageError } from '../usageError';

/** The text of `gloss --help` and `gloss help`: every command with its one-line summary. */
export function generalUsage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 3;
  return `Usage: gloss [--data-dir DIR] <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n')}

Global options:
  --data-dir DIR    The library to use (default: $GLOSS_DATA_DIR or ~/.gloss);
                    every command that uses the library takes it too
  --version         Print Gloss's version
  -h, --help        Show this help; 'gloss help COMMAND' or 'gloss COMMAND --help'
                    shows a command's own

Read commands (list, text, export) work while Gloss runs: they read a snapshot
of the library and never change it. import and restore change the library and
refuse while another Gloss has it open.

Exit status: 0 success, 1 failure (the reason on stderr), 2 wrong usage.`;
}

/** `gloss help [COMMAND]`: the general usage, or one command's. `commands` is asked late, as the list includes help itself. */
export function helpCommand(commands: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    summary: "Show this help, or a command's",
    usage: 'Usage: gloss help [COMMAND]\n\nShows the list of commands, or the usage of COMMAND.',
    async run(args, env) {
      const { positionals } = parseCommandArgs(args, {}, { min: 0, max: 1 });
      const name = positionals[0];
      if (name === undefined) {
        env.io.out(generalUsage(commands()));
        return 0;
      }
      const command = commands().find((candidate) => candidate.name === name);
      if (!command) throw new UsageError(`There is no command '${name}'.`);
      env.io.out(command.usage);
      return 0;
    },
  };
}
