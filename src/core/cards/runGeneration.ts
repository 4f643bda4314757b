import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { GeneratedCard } from '../../shared/cardGeneration';
import type { GenerationInput, GenerationMessage } from './generationWorker';

/** Hooks for one generation run. */
export interface RunGenerationOptions {
  /** Chunks done and in all, as the worker reports them. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the worker; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Makes a document's flashcards in a worker thread: the caller's event loop
 * stays free, progress arrives as the worker posts it, and an abort stops
 * the work at once (the thread is terminated, not asked to stop).
 */
export function runGeneration(text: string, options: RunGenerationOptions = {}): Promise<GeneratedCard[]> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const input: GenerationInput = { text };
    const worker = startWorker(input);
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = (): void => finish(() => reject(abortError()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: GenerationMessage) => {
      if (message.kind === 'progress') onProgress?.(message.done, message.total);
      else if (message.kind === 'done') finish(() => resolve(message.cards));
      else finish(() => reject(new Error(`Making flashcards failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The flashcard worker stopped unexpectedly (exit code ${code}).`))));
  });
}

/** tsx's ESM register API; only needed when running from source (tsx is a dev dependency). */
const TSX_API = 'tsx/esm/api';

function abortError(): DOMException {
  return new DOMException('Making flashcards was cancelled.', 'AbortError');
}

/**
 * Starts the worker from wherever this module runs. From source (tsx,
 * vitest) the worker is TypeScript: a small bootstrap registers tsx's loader
 * inside the new thread (Node 20 does not pass `--import tsx` hooks on to
 * workers), then imports it. Bundled by electron-vite, it is
 * generationWorker.js next to the main bundle (its own build entry).
 */
function startWorker(input: GenerationInput): Worker {
  const here = import.meta.url;
  const options: WorkerOptions = { workerData: input };
  if (here.endsWith('.ts')) {
    const workerUrl = new URL('./generationWorker.ts', here).href;
    // tsx/esm/api's `import` entry (the .mjs twin of what require resolves) registers its hooks in the calling thread.
    const tsxApi = pathToFileURL(createRequire(here).resolve(TSX_API).replace(/\.cjs$/, '.mjs')).href;
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(bundledWorkerPath(here), options);
}

/** generationWorker.js beside the bundle, or one folder up when this code sits in a shared chunk. */
function bundledWorkerPath(here: string): string {
  const candidates = ['./generationWorker.js', '../generationWorker.js'].map((relative) => fileURLToPath(new URL(relative, here)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The flashcard worker is missing (looked for ${candidates.join(' and ')}): build src/core/cards/generationWorker.ts as its own entry of the main bundle.`);
  return found;
}
