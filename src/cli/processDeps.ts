import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDataDir } from '../core/defaultDataDir';
import { coreLibraryAccess } from './library/libraryAccess';
import type { CliProcess } from './main';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The real process behind `gloss`: its streams, environment, working folder and the core on disk. */
export function processDeps(): CliProcess {
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    io: {
      out: (text) => void process.stdout.write(`${text}\n`),
      err: (text) => void process.stderr.write(`${text}\n`),
      write: (data) => void process.stdout.write(data),
    },
    cwd: process.cwd(),
    envDataDir: process.env['GLOSS_DATA_DIR'] || undefined,
    defaultDataDir: defaultDataDir(),
    library: coreLibraryAccess({ resourcesDir: join(repoRoot, 'resources'), version }),
    serve: async (args) => {
      // Loaded only for serve: the build check and the HTTP server are not every command's business.
      const { buildIfNeeded } = await import('../../scripts/buildIfNeeded');
      const { runBrowserMode } = await import('../server/main');
      buildIfNeeded();
      await runBrowserMode(args);
      // Browser mode now runs until Ctrl+C or a lost lock, and ends the process itself with its own status.
      await new Promise<never>(() => undefined);
    },
    version,
  };
}
