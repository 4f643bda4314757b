/**
 * `npm start` and `npm run web`: builds if needed, then opens the Electron app,
 * or browser mode when asked (--web) or when no Electron binary can be had.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LaunchArgsError, parseLaunchArgs } from '../src/shared/launchArgs';
import { runBrowserMode } from '../src/server/main';
import { buildIfNeeded } from './buildIfNeeded';
import { ensureElectronBinary } from './electronBinary';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = parseLaunchArgs(argv, process.env);
  buildIfNeeded();
  if (args.web) return runBrowserMode(args);
  const electron = ensureElectronBinary();
  if (!electron) {
    console.error('Electron is not installed on this machine and could not be downloaded, so Gloss is starting in browser mode instead.');
    return runBrowserMode(args);
  }
  const child = spawn(electron, [join(import.meta.dirname, '..'), ...argv.filter((arg) => arg !== '--no-open')], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof LaunchArgsError || error instanceof Error ? error.message : error);
  process.exit(error instanceof LaunchArgsError ? 2 : 1);
});
