import type { DocumentSummary } from '../../shared/contract';
import type { CoreContext } from '../context';
import { summarize, type LibraryFileData } from '../library/libraryFile';
import type { NewDocument } from './documentData';

/**
 * Stores a new document and lists it first in the library; returns its
 * summary. `alsoChange` makes further changes to the library in the same
 * write. If the library cannot be written, the new document's files are
 * removed again, so a failed add leaves nothing behind.
 */
export async function addDocument(ctx: CoreContext, input: NewDocument, alsoChange?: (library: LibraryFileData, added: DocumentSummary) => void): Promise<DocumentSummary> {
  const doc = await ctx.documents.create(input);
  const summary = summarize(doc);
  try {
    await ctx.library.update((data) => {
      data.documents.unshift(summary);
      alsoChange?.(data, summary);
    });
  } catch (error) {
    await ctx.documents.discard(doc.id);
    throw error;
  }
  ctx.events.emit('library:changed', {});
  return summary;
}
