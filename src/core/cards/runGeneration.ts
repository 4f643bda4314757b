import type { RankedCard } from '../../shared/cardGeneration';
import { runWorker, type RunWorkerOptions, type WorkerEntry } from '../workers/runWorker';
import type { GenerationInput } from './generationWorker';

// Through a variable: a literal `new URL('./x.ts', import.meta.url)` would make the bundler copy the source as an asset.
const here = import.meta.url;
const GENERATION_WORKER: WorkerEntry = { name: 'generationWorker', source: new URL('./generationWorker.ts', here), label: 'Making flashcards' };

/**
 * Makes a document's flashcards in a worker thread (see runWorker): progress
 * counts chunks, and an abort rejects with an AbortError at once. Returns
 * every ranked card; the caller picks the deck (deckSize.ts).
 */
export function runGeneration(input: GenerationInput, options: RunWorkerOptions = {}): Promise<RankedCard[]> {
  return runWorker<GenerationInput, RankedCard[]>(GENERATION_WORKER, input, options);
}
