import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const inputs = ['src', 'resources', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

/** Newest modification time of a file or of any file below a folder. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

/** Whether the built app is missing or older than its sources. */
export function buildIsStale(): boolean {
  const built = outputs.map((file) => join(root, file));
  if (built.some((file) => !existsSync(file))) return true;
  const oldestOutput = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return inputs.some((input) => newestMtime(join(root, input)) > oldestOutput);
}

/** Runs `electron-vite build` when needed; its output goes to stderr so stdout stays for the address line. */
export function buildIfNeeded(): void {
  if (!buildIsStale()) return;
  console.error('Building Gloss…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
}
