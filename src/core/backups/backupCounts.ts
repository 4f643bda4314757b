import { parseCards } from '../cards/storedCard';

/**
 * How many highlights and cards a backup holds, counted in the document files
 * it copied (as parsed, whatever their schema version: a file from before
 * highlights or cards counts none). Counting the library's open documents
 * instead would open every document not yet opened, review log and all.
 */
export function backupCounts(documentFiles: readonly unknown[]): { highlights: number; cards: number } {
  let highlights = 0;
  let cards = 0;
  for (const file of documentFiles) {
    const { annotations, cards: stored } = (typeof file === 'object' && file !== null ? file : {}) as { annotations?: unknown; cards?: unknown };
    if (Array.isArray(annotations)) highlights += annotations.length;
    if (Array.isArray(stored)) cards += parseCards(stored).filter((card) => !card.deleted).length;
  }
  return { highlights, cards };
}
