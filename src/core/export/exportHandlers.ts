import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { collectExport } from './collectExport';
import type { ExportDocument } from './exportModel';
import { exportFileName } from './exportFileName';
import { markdownExport } from './markdown/markdownExport';
import { qdpxArchive } from './qdpx/qdpxArchive';

type ExportMethods = 'export:markdown' | 'export:qdpx';

/** What an export holds, for the message that reports it. */
function exportCounts(documents: readonly ExportDocument[]) {
  return {
    documents: documents.length,
    highlights: documents.reduce((sum, doc) => sum + doc.highlights.length, 0),
    cards: documents.reduce((sum, doc) => sum + doc.cards.length, 0),
  };
}

/** Exports the library, or part of it, in the formats other tools read. */
export function exportHandlers(ctx: CoreContext): Handlers<ExportMethods> {
  return {
    'export:markdown': async ({ scope, groupBy }) => {
      const documents = await collectExport(ctx, scope);
      const exportedAt = ctx.now().toISOString();
      const title = documents.length === 1 ? documents[0]!.title : 'Gloss library';
      return {
        fileName: exportFileName(title, exportedAt, 'md'),
        content: markdownExport(documents, { grouping: groupBy, exportedAt }),
        counts: exportCounts(documents),
      };
    },
    'export:qdpx': async ({ scope }) => {
      const documents = await collectExport(ctx, scope);
      const exportedAt = ctx.now().toISOString();
      const title = documents.length === 1 ? documents[0]!.title : 'Gloss library';
      const withTexts = [];
      for (const doc of documents) withTexts.push({ doc, text: await ctx.documents.readText(doc.id, doc.textVersion) });
      const archive = qdpxArchive({
        header: { name: title, origin: `Gloss ${ctx.version}`, exportedAt },
        documents: withTexts,
        codebook: ctx.library.codebook,
        categories: ctx.library.settings.categories,
      });
      return {
        fileName: exportFileName(title, exportedAt, 'qdpx'),
        mediaType: 'application/zip',
        data: Buffer.from(archive).toString('base64'),
        // Cards have no place in a REFI-QDA project.
        counts: { ...exportCounts(documents), cards: 0 },
      };
    },
  };
}
