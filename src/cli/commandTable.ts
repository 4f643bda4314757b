import type { CliCommand } from './command';
import { cardsCommand } from './commands/cards';
import { exportCommand } from './commands/export';
import { helpCommand } from './commands/help';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { restoreCommand } from './commands/restore';
import { serveCommand } from './commands/serve';
import { textCommand } from './commands/text';

/** Every `gloss` command, in the order help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  listCommand,
  textCommand,
  importCommand,
  exportCommand,
  restoreCommand,
  cardsCommand,
  serveCommand,
  helpCommand(() => COMMANDS),
];

/** The command with this name, if there is one. */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
