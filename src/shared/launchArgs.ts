/** How Gloss was asked to start, from its command line and environment. */
export interface LaunchArgs {
  /** Port for browser mode; 0 picks any free port. */
  port: number;
  /** The data directory, or null for the door's default. */
  dataDir: string | null;
  /** Whether browser mode may open a browser tab. */
  open: boolean;
  /** Browser mode even where Electron is available. */
  web: boolean;
}

/** A command-line mistake, with a message to print as is. */
export class LaunchArgsError extends Error {}

/**
 * Parses `--port N`, `--data-dir DIR` (or GLOSS_DATA_DIR), `--no-open` and
 * `--web`, in `--flag value` or `--flag=value` form. Unknown flags are refused
 * so a typo never silently writes to the wrong data directory.
 */
export function parseLaunchArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): LaunchArgs {
  const args: LaunchArgs = { port: 0, dataDir: env['GLOSS_DATA_DIR'] || null, open: true, web: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]!);
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new LaunchArgsError(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw new LaunchArgsError(`--port takes a number from 0 to 65535, not "${text}".`);
        args.port = port;
        break;
      }
      case '--data-dir':
        args.dataDir = value();
        break;
      case '--no-open':
        args.open = false;
        break;
      case '--web':
        args.web = true;
        break;
      default:
        throw new LaunchArgsError(`Unknown option "${flag}". Options: --port N, --data-dir DIR, --no-open, --web.`);
    }
  }
  return args;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
