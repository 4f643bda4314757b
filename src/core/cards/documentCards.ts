import { GlossError, type SkippedDocument } from '../../shared/contract';
import type { CoreContext } from '../context';
import { BrokenDocumentError } from '../documents/brokenDocument';
import { currentTextVersion, type DocumentFileData } from '../documents/documentFile';
import { parseCards, type StoredCard } from './storedCard';

/** A document with its current text and valid cards, as every card handler needs it. */
export interface DocumentWithCards {
  id: string;
  doc: DocumentFileData;
  title: string;
  text: string;
  textVersion: number;
  cards: StoredCard[];
}

/** Loads a document's cards and current text. */
export async function loadDocumentCards(ctx: CoreContext, documentId: string): Promise<DocumentWithCards> {
  const summary = ctx.library.documents.find((entry) => entry.id === documentId);
  if (!summary) throw new GlossError('not_found', `There is no document with id ${documentId}.`);
  const doc = await ctx.documents.get(documentId);
  const textVersion = currentTextVersion(doc).version;
  const text = await ctx.documents.readText(documentId, textVersion);
  return { id: documentId, doc, title: summary.title, text, textVersion, cards: parseCards(doc.cards) };
}

/**
 * Loads one document's cards, or every document's when no id is given. Over
 * the library, a document that cannot be opened is left out and reported in
 * `skipped`, so one bad document never breaks the others; asked for by id, it
 * fails with its own reason.
 */
export async function loadCardsInScope(ctx: CoreContext, documentId: string | undefined): Promise<{ documents: DocumentWithCards[]; skipped: SkippedDocument[] }> {
  if (documentId) return { documents: [await loadDocumentCards(ctx, documentId)], skipped: [] };
  const documents: DocumentWithCards[] = [];
  const skipped: SkippedDocument[] = [];
  // Cards of documents in the Trash wait there with them.
  for (const { id } of ctx.library.activeDocuments) {
    try {
      documents.push(await loadDocumentCards(ctx, id));
    } catch (error) {
      if (!(error instanceof BrokenDocumentError)) throw error;
      skipped.push({ documentId: id, title: error.title, problem: error.problem });
    }
  }
  return { documents, skipped };
}

/** One live card of a document's data; not_found for a missing or deleted one. */
export function findCard(doc: DocumentFileData, cardId: string): StoredCard {
  const index = doc.cards.findIndex((entry) => (entry as { id?: unknown }).id === cardId);
  const current = parseCards(index >= 0 ? [doc.cards[index]] : [])[0];
  if (!current || current.deleted) throw new GlossError('not_found', `There is no card with id ${cardId} in this document.`);
  return current;
}

/** Changes one card of a document's data in place (null removes it); returns the new card. */
export function changeCard(doc: DocumentFileData, cardId: string, change: (card: StoredCard) => StoredCard | null): StoredCard | null {
  const next = change(findCard(doc, cardId));
  const index = doc.cards.findIndex((entry) => (entry as { id?: unknown }).id === cardId);
  if (next) doc.cards[index] = next;
  else doc.cards.splice(index, 1);
  return next;
}

/** Changes one stored card and writes the file; returns the changed card. */
export function updateStoredCard(ctx: CoreContext, documentId: string, cardId: string, change: (card: StoredCard) => StoredCard | null): Promise<StoredCard | null> {
  return ctx.documents.update(documentId, (doc) => changeCard(doc, cardId, change));
}
