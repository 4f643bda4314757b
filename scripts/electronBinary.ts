import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join(import.meta.dirname, '..', 'node_modules', 'electron');

/**
 * The installed Electron executable, or null. Reads the package's path.txt
 * instead of requiring `electron`, which would try to download the binary.
 */
export function findElectronBinary(): string | null {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const candidate = override ? join(override, relative ?? 'electron') : relative ? join(electronDir, 'dist', relative) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** Finds Electron, trying its one-time download first when it is missing. */
export function ensureElectronBinary(): string | null {
  const found = findElectronBinary();
  if (found || !existsSync(join(electronDir, 'install.js'))) return found;
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  return findElectronBinary();
}
