/**
 * The worker thread that makes a document's flashcards (runGeneration
 * starts it), so a book's seconds of NLP never block the event loop that
 * serves the app. It receives the text as workerData and posts progress,
 * then the cards or an error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateCards, type GeneratedCard } from '../../shared/cardGeneration';

/** What the worker posts to its parent. */
export type GenerationMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; cards: GeneratedCard[] }
  | { kind: 'error'; message: string };

/** What the worker is started with. */
export interface GenerationInput {
  text: string;
}

const port = parentPort;
if (port) {
  const post = (message: GenerationMessage): void => port.postMessage(message);
  try {
    const { text } = workerData as GenerationInput;
    const cards = generateCards(text, { onProgress: (done, total) => post({ kind: 'progress', done, total }) });
    post({ kind: 'done', cards });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
