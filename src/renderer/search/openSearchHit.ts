import type { SearchHit } from '../../shared/contract';
import { glossStore } from '../store/useGloss';

/**
 * Opens a hit in the reader: a note or tag selects its highlight (its note
 * shows in the panel), a text or card hit selects the passage, a title hit
 * opens the document where it was left.
 */
export function openSearchHit(documentId: string, hit: SearchHit): void {
  const { revealPassage } = glossStore.getState();
  if (hit.annotationId) revealPassage({ documentId, annotationId: hit.annotationId });
  else if (hit.kind !== 'title' && hit.start !== undefined && hit.end !== undefined) revealPassage({ documentId, start: hit.start, end: hit.end });
  else revealPassage({ documentId });
}
