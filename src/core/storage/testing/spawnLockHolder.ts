import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..', '..');

/** A process holding a data directory's lock (see holdLock.ts), started and waited for. */
export interface LockHolder {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with its exit code (or the signal that ended it). */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Starts holdLock.ts on `dataDir` and resolves once it holds the lock. */
export function spawnLockHolder(dataDir: string, staleMs?: number): Promise<LockHolder> {
  const script = join(import.meta.dirname, 'holdLock.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, ...(staleMs ? [String(staleMs)] : [])], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/^locked$/m.test(output)) resolve({ child, output: () => output, exited });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`The lock holder exited (${code}) before it held the lock:\n${output}`)));
  });
}
