import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

export interface BrowserModeProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed, for failure messages. */
  output: () => string;
}

export interface LaunchOptions {
  /**
   * A browser-mode entry built to plain JavaScript (see stress/bundleBrowserMode.ts),
   * run instead of the TypeScript source through tsx: it starts in a fraction
   * of the time, which matters to a suite that starts Gloss hundreds of times.
   * @default src/server/main.ts through tsx
   */
  script?: string;
}

/** Starts `gloss` browser mode as a real process and waits for its address line. */
export function launchBrowserMode(dataDir: string, extraArgs: string[] = [], options: LaunchOptions = {}): Promise<BrowserModeProcess> {
  const entry = options.script ? [options.script] : ['--import', 'tsx', join(root, 'src/server/main.ts')];
  const child = spawn(process.execPath, [...entry, '--port', '0', '--no-open', '--data-dir', dataDir, ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Gloss did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Gloss is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Gloss exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

/** Stops browser mode the way Ctrl+C does and returns its exit code (null if it had to be killed). */
export function interrupt(child: ChildProcess, graceMs = 15_000): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    // A Gloss that does not stop must not outlive the test run; the null code fails the Ctrl+C test.
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve(code);
    });
    child.kill('SIGINT');
  });
}
