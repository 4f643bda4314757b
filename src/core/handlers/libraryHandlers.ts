import { GlossError } from '../../shared/contract';
import type { CoreContext } from '../context';
import { persistMovedAnchors } from '../annotations/persistMovedAnchors';
import { viewAnnotations } from '../annotations/annotationViews';
import { currentTextVersion } from '../documents/documentFile';
import { summarize } from '../library/libraryFile';
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
      let summary = summaryOf(id);
      const doc = await ctx.documents.get(id);
      if (summary.textVersion !== currentTextVersion(doc).version) {
        // A crash after saving a new text version but before updating the index: the document file is right.
        summary = { ...summarize(doc), readingPosition: summary.readingPosition };
        const fresh = summary;
        await ctx.library.update((data) => {
          data.documents = data.documents.map((entry) => (entry.id === id ? fresh : entry));
        });
      }
      let text: string;
      try {
        text = await ctx.documents.texts.read(id, currentTextVersion(doc).version);
      } catch (error) {
        throw new GlossError('not_found', `The text of "${summary.title}" is missing from the data directory (${(error as Error).message}).`);
      }
      const { views, moved } = viewAnnotations(text, doc.annotations);
      if (moved.length > 0) await persistMovedAnchors(ctx, id, text, currentTextVersion(doc).version, moved);
      if (ctx.library.data.settings.lastDocumentId !== id) {
        await ctx.library.update((data) => {
          data.settings.lastDocumentId = id;
        });
      }
      return { summary, text, annotations: views };
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
