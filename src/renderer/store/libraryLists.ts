import type { DocumentSummary } from '../../shared/contract';

/**
 * The documents in the library: the core lists trashed ones too, and they
 * stay out of the sidebar, the palette and what opens at start.
 */
export function inLibrary(documents: readonly DocumentSummary[]): DocumentSummary[] {
  return documents.filter((doc) => !doc.trashedAt);
}

/** The documents in the Trash, the most recently trashed first. */
export function inTrash(documents: readonly DocumentSummary[]): DocumentSummary[] {
  return documents.filter((doc) => doc.trashedAt).sort((a, b) => Date.parse(b.trashedAt!) - Date.parse(a.trashedAt!));
}
