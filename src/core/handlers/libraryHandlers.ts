import { GlossError } from '../../shared/contract';
import type { CoreContext } from '../context';
import { currentTextVersion } from '../documents/documentFile';
import type { Handlers } from './types';

export function libraryHandlers(ctx: CoreContext): Handlers<'library:list' | 'document:open' | 'document:setReadingPosition'> {
  const summaryOf = (id: string) => {
    const summary = ctx.library.data.documents.find((doc) => doc.id === id);
    if (!summary) throw new GlossError('not_found', `There is no document with id ${id}.`);
    return summary;
  };
  return {
    'library:list': async () => ({ documents: ctx.library.data.documents }),
    'document:open': async ({ id }) => {
      const summary = summaryOf(id);
      const doc = await ctx.documents.get(id);
      let text: string;
      try {
        text = await ctx.documents.texts.read(id, currentTextVersion(doc).version);
      } catch (error) {
        throw new GlossError('not_found', `The text of "${summary.title}" is missing from the data directory (${(error as Error).message}).`);
      }
      if (ctx.library.data.settings.lastDocumentId !== id) {
        await ctx.library.update((data) => {
          data.settings.lastDocumentId = id;
        });
      }
      return { summary, text };
    },
    'document:setReadingPosition': async ({ id, position }) => {
      summaryOf(id);
      await ctx.library.update((data) => {
        const entry = data.documents.find((doc) => doc.id === id);
        if (entry) entry.readingPosition = position;
      });
      return { ok: true };
    },
  };
}
