import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { LaunchArgsError, parseLaunchArgs, type LaunchArgs } from '../shared/launchArgs';
import { defaultDataDir } from '../core/defaultDataDir';
import { DataDirLockedError } from '../core/storage/dataDirLock';
import { NewerSchemaError } from '../core/storage/versionedFile';
import { startBrowserMode } from './browserMode';
import { openInBrowser } from './openInBrowser';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * Runs browser mode until Ctrl+C: prints the one line with the address, then
 * on SIGINT/SIGTERM finishes pending writes and exits 0.
 */
export async function runBrowserMode(args: LaunchArgs): Promise<void> {
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  let running;
  try {
    running = await startBrowserMode({
      dataDir: resolve(args.dataDir ?? defaultDataDir()),
      port: args.port,
      rendererDir: join(repoRoot, 'out', 'renderer'),
      resourcesDir: join(repoRoot, 'resources'),
      version,
    });
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof NewerSchemaError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  console.log(`Gloss is running at ${running.url}`);
  if (args.open) openInBrowser(running.url);
  const stop = (): void => {
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Gloss could not finish writing:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await runBrowserMode(parseLaunchArgs(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(error instanceof LaunchArgsError ? error.message : error);
    process.exit(2);
  }
}
