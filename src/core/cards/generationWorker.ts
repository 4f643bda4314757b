/**
 * The worker thread that makes a document's flashcards (runGeneration
 * starts it), so a book's seconds of NLP never block the event loop that
 * serves the app.
 */
import { generateCards } from '../../shared/cardGeneration';
import type { TextStructure } from '../../shared/text/blocks';
import { serveWorker } from '../workers/workerMessages';

/** What the worker is started with. */
export interface GenerationInput {
  text: string;
  /** The text's layout: a transcript's speaker turns. */
  structure?: TextStructure;
  /** The document's title: its subject ranks low, as guessable. */
  title?: string;
}

// Every ranked card: the core decides how many the deck holds (deckSize.ts), as "More cards" may have revealed more before.
serveWorker(({ text, structure, title }: GenerationInput, onProgress) =>
  generateCards(text, { onProgress, limit: 'all', ...(structure ? { structure } : {}), ...(title ? { title } : {}) }),
);
