import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { collectExport } from './collectExport';
import { exportFileName } from './exportFileName';
import { markdownExport } from './markdown/markdownExport';

type ExportMethods = 'export:markdown';

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
        counts: {
          documents: documents.length,
          highlights: documents.reduce((sum, doc) => sum + doc.highlights.length, 0),
          cards: documents.reduce((sum, doc) => sum + doc.cards.length, 0),
        },
      };
    },
  };
}
