import type { CliCommand } from '../command';
import { chosenDataDir, DATA_DIR_OPTION, parseCommandArgs } from '../parseCommandArgs';
import { UsageError } from '../usageError';

const USAGE = `Usage: gloss serve [--port N] [--no-open] [--data-dir DIR]

Runs Gloss in browser mode (building it first if the sources changed): prints
"Gloss is running at http://127.0.0.1:PORT/#token=…" and opens that address.
Listens on 127.0.0.1 only. Ctrl+C finishes the calls under way and exits 0.
Takes the library's lock, like the app.

Options:
  --port N          The port (0, the default, picks a free one)
  --no-open         Do not open a browser tab
  --data-dir DIR    The library to serve (default: $GLOSS_DATA_DIR or ~/.gloss)`;

/** `gloss serve [--port N]`: browser mode, as `npm run web` starts it. */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Run Gloss in browser mode',
  usage: USAGE,
  async run(args, env) {
    const { values } = parseCommandArgs(args, { port: { type: 'string' }, 'no-open': { type: 'boolean' }, ...DATA_DIR_OPTION });
    const text = values.port ?? '0';
    const port = Number(text);
    if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not '${text}'.`);
    await env.serve({ port, dataDir: chosenDataDir(values, env), open: !values['no-open'], web: true });
    return 0;
  },
};
