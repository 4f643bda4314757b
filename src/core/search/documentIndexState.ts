/**
 * A library document as the index sync sees it: whether it belongs in the
 * index, the stamp it is indexed at (a change to any part of which means
 * indexing it again), and what is read of it for the worker.
 */
import type { DocumentSummary } from '../../shared/contract';
import type { CoreContext } from '../context';
import { readSearchable } from './readSearchable';
import type { SavedWordFiles } from './savedWordFiles';
import type { SearchableDocument } from './searchableDocument';

/** What the index holds of a document: the state it was read in. */
export interface IndexedState {
  stamp: string;
  textVersion: number;
}

/** A queued document as read for the worker: to drop, to put, or neither (it could not be read). */
export type PreparedDocument = { id: string; stamp: string; drop?: true; summary?: DocumentSummary; input?: SearchableDocument };

/** In the library, not in the Trash, and not known to be broken. */
export function isSearchable(ctx: CoreContext, doc: DocumentSummary | undefined): doc is DocumentSummary {
  return doc !== undefined && !doc.trashedAt && !ctx.documents.problemOf(doc.id);
}

/** The library's documents that belong in the index. */
export function searchableDocuments(ctx: CoreContext): DocumentSummary[] {
  return ctx.library.documents.filter((doc) => isSearchable(ctx, doc));
}

/** A document's stamp: the repository's change stamp, its text version and title. */
export function indexStamp(ctx: CoreContext, summary: DocumentSummary): string {
  return `${ctx.documents.changeStamp(summary.id)}|${summary.textVersion}|${summary.title}`;
}

/** What the worker is sent of a document: with its text when `withText`, and then the word map saved for that text. */
export async function readIndexInput(ctx: CoreContext, saved: SavedWordFiles, summary: DocumentSummary, withText: boolean): Promise<SearchableDocument> {
  const input = await readSearchable(ctx, summary, withText);
  const savedWords = input.textKey && (await saved.read(summary.id));
  return savedWords ? { ...input, savedWords } : input;
}
