import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerMessage } from './workerMessages';

/** A worker thread's entry: its bundle name (an entry of the main build) and its source file. */
export interface WorkerEntry {
  /** Bundled as `<name>.js` beside the main bundle (electron.vite.config.ts). */
  name: string;
  /** The TypeScript source, for runs from source (tsx, vitest): `new URL('./x.ts', import.meta.url)`. */
  source: URL;
  /** What the user calls the work, for messages: "Making flashcards". */
  label: string;
}

/** Hooks for one run. */
export interface RunWorkerOptions {
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the worker; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** Work refused by the worker for a reason meant for the user (its message says why). */
export class WorkerRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerRefusal';
  }
}

/**
 * Runs work in a worker thread: the caller's event loop stays free, progress
 * arrives as the worker posts it, and an abort stops the work at once (the
 * thread is terminated, not asked to stop).
 */
export function runWorker<Input, Result>(entry: WorkerEntry, input: Input, options: RunWorkerOptions = {}): Promise<Result> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError(entry));
  return new Promise((resolve, reject) => {
    const worker = startWorker(entry, { workerData: input });
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = (): void => finish(() => reject(abortError(entry)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage<Result>) => {
      if (message.kind === 'progress') onProgress?.(message.done, message.total);
      else if (message.kind === 'done') finish(() => resolve(message.result));
      else if (message.kind === 'refused') finish(() => reject(new WorkerRefusal(message.message)));
      else finish(() => reject(new Error(`${entry.label} failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`${entry.label} stopped unexpectedly (the worker exited with code ${code}).`))));
  });
}

function abortError(entry: WorkerEntry): DOMException {
  return new DOMException(`${entry.label} was cancelled.`, 'AbortError');
}

/** tsx's ESM register API; only needed when running from source (tsx is a dev dependency). */
const TSX_API = 'tsx/esm/api';

/**
 * Starts the worker from wherever this module runs. From source the worker is
 * TypeScript: a small bootstrap registers tsx's loader inside the new thread
 * (Node 20 does not pass `--import tsx` hooks on to workers), then imports
 * it. Bundled by electron-vite, it is `<name>.js` next to the main bundle.
 */
export function startWorker(entry: WorkerEntry, options: WorkerOptions): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // tsx/esm/api's `import` entry (the .mjs twin of what require resolves) registers its hooks in the calling thread.
    const tsxApi = pathToFileURL(createRequire(here).resolve(TSX_API).replace(/\.cjs$/, '.mjs')).href;
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.source.href)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(bundledWorkerPath(entry, here), options);
}

/** `<name>.js` beside the bundle, or one folder up when this code sits in a shared chunk. */
function bundledWorkerPath(entry: WorkerEntry, here: string): string {
  const candidates = [`./${entry.name}.js`, `../${entry.name}.js`].map((relative) => fileURLToPath(new URL(relative, here)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`${entry.label} cannot start: its worker is missing (looked for ${candidates.join(' and ')}). Build it as its own entry of the main bundle.`);
  return found;
}
