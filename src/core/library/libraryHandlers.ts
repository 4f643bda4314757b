import { GlossError } from '../../shared/contract';
import type { CoreContext } from '../context';
import { persistMovedAnchors } from '../annotations/persistMovedAnchors';
import { openStructure } from '../documents/openStructure';
import { summarize } from './libraryFile';
import type { Handlers } from '../handlers/types';

/** The library list, and opening or reading one document. */
export function libraryHandlers(ctx: CoreContext): Handlers<'library:list' | 'document:open' | 'document:read' | 'document:setReadingPosition'> {
  const summaryOf = (id: string) => {
    const summary = ctx.library.documents.find((doc) => doc.id === id);
    if (!summary) throw new GlossError('not_found', `There is no document with id ${id}.`);
    return summary;
  };
  return {
    // A document that cannot be opened is listed with the reason, so the library shows it as broken.
    'library:list': async () => {
      // The check that every text is there runs after open; a list made before it ends could miss a broken one.
      await ctx.documents.textsChecked();
      return {
        documents: ctx.library.documents.map((doc) => {
          const problem = ctx.documents.problemOf(doc.id);
          return problem ? { ...doc, problem } : doc;
        }),
      };
    },
    'document:open': async ({ id }) => {
      let summary = summaryOf(id);
      const { doc, version, text, views, moved } = await ctx.annotationViews.ofCurrentText(id);
      if (summary.textVersion !== version.version) {
        // A crash after saving a new text version but before updating the index: the document file is right.
        summary = { ...summarize(doc), readingPosition: summary.readingPosition };
        const fresh = summary;
        await ctx.library.update((data) => {
          data.documents = data.documents.map((entry) => (entry.id === id ? fresh : entry));
        });
      }
      if (moved.length > 0) await persistMovedAnchors(ctx, id, text, version.version, moved);
      const structure = await openStructure(ctx, id, summary.title, version);
      const openedAt = ctx.now().toISOString();
      await ctx.library.update((data) => {
        data.settings.lastDocumentId = id;
        const entry = data.documents.find((candidate) => candidate.id === id);
        if (entry) entry.lastOpenedAt = openedAt;
      });
      return { summary: { ...summary, lastOpenedAt: openedAt }, text, annotations: [...views], structure };
    },
    // document:open without its writes: highlights found moved are placed for this answer only, nothing is written.
    'document:read': async ({ id }) => {
      const listed = summaryOf(id);
      const { doc, version, text, views } = await ctx.annotationViews.ofCurrentText(id);
      // The document file is right if the index lags behind it (see document:open); it is not repaired here.
      const summary = listed.textVersion === version.version ? listed : { ...listed, ...summarize(doc), readingPosition: listed.readingPosition };
      const structure = await openStructure(ctx, id, summary.title, version, { keepNotice: false });
      return { summary, text, annotations: [...views], structure };
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
