import { generateCards } from '../../src/shared/cardGeneration';
import { CORPUS, readCorpusText } from '../paths';
import { sampleProbes } from '../sampling';
import type { BenchRow, Suite } from '../suite';

/** Goals from the flashcards issue (medians). */
const INTERVIEW_TARGET_MS = 100;
const BOOK_TARGET_MS = 5_000;

/**
 * Generating a deck in Node (no browser): the interview and War and Peace,
 * each run whole through generateCards on this thread, as the worker does.
 * The model loads once in the warm-up round; the note gives the deck size.
 */
export const cardsSuite: Suite = {
  name: 'cards',
  async run({ log }) {
    const interview = await readCorpusText(CORPUS.interview.file);
    const book = await readCorpusText(CORPUS.warAndPeace.file);
    const decks = { interview: 0, book: 0 };
    const samples = await sampleProbes(
      [
        async () => timed('interview', () => (decks.interview = generateCards(interview).length)),
        async () => timed('book', () => (decks.book = generateCards(book).length)),
      ],
      { runs: 5, onRun: (done, total) => log(`cards: round ${done}/${total}`) },
    );
    const rows: BenchRow[] = [
      { name: `generate cards — ${CORPUS.interview.label}`, samples: samples.interview!, targetMs: INTERVIEW_TARGET_MS, note: `${decks.interview} cards` },
      { name: `generate cards — ${CORPUS.warAndPeace.label}`, samples: samples.book!, targetMs: BOOK_TARGET_MS, note: `${decks.book.toLocaleString('en-US')} cards` },
    ];
    return rows;
  },
};

function timed(name: string, work: () => unknown): Record<string, number> {
  const start = performance.now();
  work();
  return { [name]: performance.now() - start };
}
