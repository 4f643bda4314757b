import { GlossError, type DocumentSummary } from '../../shared/contract';
import { newDocumentData } from './documentData';
import type { DocumentFileData } from './documentFile';
import type { DocumentTexts } from './documentTexts';

/**
 * Rebuilds a document whose file is lost and has no earlier copy, from the
 * library index and the stored text: the text survives, its highlights,
 * cards and review history cannot be recovered, and the summary says so.
 */
export async function rebuildLostDocument(
  texts: DocumentTexts,
  id: string,
  summary: DocumentSummary | undefined,
): Promise<{ data: DocumentFileData; summary: string }> {
  if (!summary) throw new GlossError('not_found', `Document ${id} is not in the library index.`);
  const text = await texts.find(id, summary.textVersion, summary.title, { charCount: summary.charCount });
  if (typeof text !== 'string') throw new Error(`its text (version ${summary.textVersion}) is ${text === null ? 'missing' : 'damaged'} too.`);
  return {
    data: newDocumentData(id, { title: summary.title, source: summary.source, text }, summary.addedAt, summary.textVersion),
    summary: `No earlier copy of it was found, so the document "${summary.title}" was rebuilt from the library index and its stored text; its highlights, cards and review history could not be recovered.`,
  };
}
