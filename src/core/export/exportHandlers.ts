import { GlossError, type ExportedText } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { ankiExport } from './anki/ankiExport';
import { collectExport } from './collectExport';
import { exportFileName } from './exportFileName';
import type { ExportDocument } from './exportModel';
import { markdownExport } from './markdown/markdownExport';
import { qdpxArchive } from './qdpx/qdpxArchive';
import { importW3c } from './w3c/importW3c';
import { w3cExport } from './w3c/w3cExport';

type ExportMethods = 'export:markdown' | 'export:anki' | 'export:w3c' | 'import:w3c' | 'export:qdpx';

/** Exports the library, or part of it, in the formats other tools read; and reads W3C annotations back. */
export function exportHandlers(ctx: CoreContext): Handlers<ExportMethods> {
  return {
    'export:markdown': async ({ scope, groupBy }) => {
      const documents = await collectExport(ctx, scope);
      const exportedAt = ctx.now().toISOString();
      const title = documents.length === 1 ? documents[0]!.title : 'Gloss library';
      return {
        fileName: exportFileName(title, exportedAt, 'md'),
        content: markdownExport(documents, { grouping: groupBy, exportedAt }),
        counts: countsOf(documents),
      };
    },
    'export:qdpx': async ({ scope }) => {
      const documents = await collectExport(ctx, scope);
      const exportedAt = ctx.now().toISOString();
      const title = documents.length === 1 ? documents[0]!.title : 'Gloss library';
      const withTexts = [];
      for (const doc of documents) withTexts.push({ doc, text: await ctx.documents.readText(doc.id, doc.textVersion) });
      const archive = await qdpxArchive({
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
        counts: { ...countsOf(documents), cards: 0 },
      };
    },
    'export:anki': async ({ scope, format }) => {
      if (scope.annotationIds) throw new GlossError('bad_input', 'An Anki export takes the cards of whole documents, not chosen highlights.');
      const documents = await collectExport(ctx, scope);
      const exportedAt = ctx.now().toISOString();
      const file = await ankiExport(documents, format, exportedAt);
      const title = documents.length === 1 ? documents[0]!.title : 'Gloss library';
      return {
        fileName: exportFileName(title, exportedAt, file.extension),
        mediaType: file.mediaType,
        data: Buffer.from(file.bytes).toString('base64'),
        // The file holds cards only; the documents' highlights are not in it.
        counts: { ...countsOf(documents), highlights: 0 },
      };
    },
    'export:w3c': async ({ scope }) => {
      const documents = await collectExport(ctx, scope, { selectors: true });
      const title = documents.length === 1 ? documents[0]!.title : 'Gloss library';
      return {
        fileName: exportFileName(title, ctx.now().toISOString(), 'jsonld'),
        content: w3cExport(documents, title),
        counts: countsOf(documents),
      };
    },
    'import:w3c': async ({ content, documentId }) => importW3c(ctx, content, documentId),
  };
}

/** How many documents, highlights and cards an export holds. */
function countsOf(documents: readonly ExportDocument[]): ExportedText['counts'] {
  return {
    documents: documents.length,
    highlights: documents.reduce((sum, doc) => sum + doc.highlights.length, 0),
    cards: documents.reduce((sum, doc) => sum + doc.cards.length, 0),
  };
}
