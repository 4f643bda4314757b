import { GlossError } from '../../shared/contract';
import { buildTarget } from '../annotations/buildTarget';
import type { CoreContext } from '../context';
import { currentTextVersion } from '../documents/documentFile';
import { openStructure } from '../documents/openStructure';
import type { Handlers } from '../handlers/types';
import { loadDocumentCards } from './documentCards';
import { topRanked } from '../../shared/cardGeneration';
import { deckSize } from './deckSize';
import { mergeGenerated } from './mergeGenerated';
import { runGeneration } from './runGeneration';
import { parseCards } from './storedCard';

/**
 * Generating a deck runs in a worker thread (a book takes seconds), keeps
 * the best-ranked cards up to the deck's size (`more` reveals the next
 * ones: "More cards"), reports
 * progress as `task:progress` events, and can be cancelled by its task id
 * (tasks/taskHandlers.ts).
 */
export function generationHandlers(ctx: CoreContext): Handlers<'cards:generate'> {
  return {
    'cards:generate': async ({ documentId, taskId, more = false }) => {
      // Registered before the first await, so a cancel that follows at once is not missed.
      const task = ctx.tasks.start(taskId);
      let label = 'Making flashcards';
      try {
        const { doc, text, textVersion, title } = await loadDocumentCards(ctx, documentId);
        label = `Making flashcards for ${title}`;
        // The layout tells the generator who speaks where; without it (missing, damaged) the text is read as prose.
        const structure = await openStructure(ctx, documentId, title, currentTextVersion(doc), { keepNotice: false });
        const ranked = await runGeneration({ text, structure, title }, {
          signal: task.signal,
          onProgress: (done, total) => ctx.events.emit('task:progress', { taskId, label, done, total }),
        });
        const result = await ctx.documents.update(documentId, (doc) => {
          const stored = parseCards(doc.cards);
          const storedIds = new Set(stored.filter((card) => card.origin === 'generated').map((card) => card.id));
          const deck = topRanked(ranked, deckSize(ranked, storedIds, text.length, more));
          const merged = mergeGenerated(stored, deck, (card) => buildTarget(text, textVersion, card.source.start, card.source.end), ctx.now());
          // Entries that do not parse are kept as they are: never drop what cannot be read.
          const unreadable = doc.cards.filter((entry) => parseCards([entry]).length === 0);
          doc.cards = [...merged.cards, ...unreadable];
          return { ...merged, more: ranked.length - deck.length };
        });
        return { added: result.added, updated: result.updated, kept: result.kept, total: result.cards.filter((card) => !card.deleted).length, more: result.more };
      } catch (error) {
        if (task.signal.aborted) throw new GlossError('conflict', 'Making flashcards was cancelled; nothing was changed.');
        throw error;
      } finally {
        task.end();
        ctx.events.emit('task:progress', { taskId, label, done: 1, total: 1 });
      }
    },
  };
}
