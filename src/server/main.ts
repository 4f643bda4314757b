import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { LaunchArgsError, parseLaunchArgs, type LaunchArgs } from '../shared/launchArgs';
import { defaultDataDir } from '../core/defaultDataDir';
import { DataDirLockedError } from '../core/storage/dataDirLock';
import { NewerSchemaError } from '../core/storage/versionedFile';
import { DataDirUnusableError } from '../core/storage/prepareDataDir';
import { startBrowserMode, type RunningBrowserMode } from './browserMode';
import { openInBrowser } from './openInBrowser';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * Runs browser mode until Ctrl+C: prints the one line with the address, then
 * on SIGINT/SIGTERM answers new requests with 503, finishes the calls under
 * way and exits 0. If another Gloss takes the data directory it stops the
 * same way, but prints why and exits 1.
 */
export async function runBrowserMode(args: LaunchArgs): Promise<void> {
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  let running: RunningBrowserMode | null = null;
  let stopping = false;
  let lockLost: string | null = null;
  /** Closes once, whatever asks first; `reason` is what requests arriving meanwhile are told. */
  const stop = (code: number, reason?: string): void => {
    if (stopping || !running) return;
    stopping = true;
    running.close(reason).then(
      () => process.exit(code),
      (error: unknown) => {
        console.error('Gloss could not finish writing:', error);
        process.exit(1);
      },
    );
  };
  try {
    running = await startBrowserMode({
      dataDir: resolve(args.dataDir ?? defaultDataDir()),
      port: args.port,
      rendererDir: join(repoRoot, 'out', 'renderer'),
      resourcesDir: join(repoRoot, 'resources'),
      version,
      onLockLost: (message) => {
        console.error(message);
        lockLost = message;
        stop(1, message);
      },
    });
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof NewerSchemaError || error instanceof DataDirUnusableError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (lockLost !== null) return stop(1, lockLost);
  console.log(`Gloss is running at ${running.url}`);
  if (args.open) openInBrowser(running.url);
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await runBrowserMode(parseLaunchArgs(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(error instanceof LaunchArgsError ? error.message : error);
    process.exit(2);
  }
}
