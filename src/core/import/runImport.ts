import { runWorker, type RunWorkerOptions, type WorkerEntry } from '../workers/runWorker';
import type { AssembledDocument } from './assembleDocument';
import type { ImportInput } from './readImport';

// Through a variable: a literal `new URL('./x.ts', import.meta.url)` would make the bundler copy the source as an asset.
const here = import.meta.url;
const IMPORT_WORKER: WorkerEntry = { name: 'importWorker', source: new URL('./importWorker.ts', here), label: 'Importing' };

/**
 * Reads an imported file in a worker thread (see runWorker). A file the
 * reader refuses rejects with a WorkerRefusal carrying the reason; an abort
 * rejects with an AbortError at once.
 */
export function runImport(input: ImportInput, options: RunWorkerOptions = {}): Promise<AssembledDocument> {
  return runWorker<ImportInput, AssembledDocument>(IMPORT_WORKER, input, options);
}
