import { GlossError } from '../../shared/contract';
import { buildTarget } from '../annotations/buildTarget';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { loadDocumentCards } from './documentCards';
import { mergeGenerated } from './mergeGenerated';
import { runGeneration } from './runGeneration';
import { parseCards } from './storedCard';

/**
 * Generating a deck runs in a worker thread (a book takes seconds), reports
 * progress as `task:progress` events, and can be cancelled by its task id.
 */
export function generationHandlers(ctx: CoreContext): Handlers<'cards:generate' | 'task:cancel'> {
  const running = new Map<string, AbortController>();
  return {
    'cards:generate': async ({ documentId, taskId }) => {
      if (running.has(taskId)) throw new GlossError('conflict', 'That task is already running.');
      // Registered before the first await, so a cancel that follows at once is not missed.
      const controller = new AbortController();
      running.set(taskId, controller);
      let label = 'Making flashcards';
      try {
        const { text, textVersion, title } = await loadDocumentCards(ctx, documentId);
        label = `Making flashcards for ${title}`;
        const generated = await runGeneration(text, {
          signal: AbortSignal.any([controller.signal, ctx.closing]),
          onProgress: (done, total) => ctx.events.emit('task:progress', { taskId, label, done, total }),
        });
        const result = await ctx.documents.update(documentId, (doc) => {
          const merged = mergeGenerated(parseCards(doc.cards), generated, (card) => buildTarget(text, textVersion, card.source.start, card.source.end), ctx.now());
          // Entries that do not parse are kept as they are: never drop what cannot be read.
          const unreadable = doc.cards.filter((entry) => parseCards([entry]).length === 0);
          doc.cards = [...merged.cards, ...unreadable];
          return merged;
        });
        return { added: result.added, updated: result.updated, kept: result.kept, total: result.cards.filter((card) => !card.deleted).length };
      } catch (error) {
        if (controller.signal.aborted || ctx.closing.aborted) throw new GlossError('conflict', 'Making flashcards was cancelled; nothing was changed.');
        throw error;
      } finally {
        running.delete(taskId);
        ctx.events.emit('task:progress', { taskId, label, done: 1, total: 1 });
      }
    },
    'task:cancel': async ({ taskId }) => {
      running.get(taskId)?.abort();
      return { ok: true };
    },
  };
}
