import type { TextStructure } from './blocks';
import type { ParagraphRange } from './paragraphs';

/**
 * Who speaks where in a transcript. A speaker is block metadata on a turn's
 * paragraph (see TextBlock), never text, so a highlight's speaker is found
 * from where it starts: the paragraph holding that offset, and that
 * paragraph's turn.
 */

/** The speakers of a document's turns, each once, in the order they first speak. */
export function documentSpeakers(structure: TextStructure): string[] {
  const speakers = new Set<string>();
  for (const block of structure.blocks) if (block.kind === 'turn' && block.speaker) speakers.add(block.speaker);
  return [...speakers];
}

/**
 * A lookup from an offset of the text to the speaker of the turn it is in,
 * or null outside turns. An offset between two paragraphs belongs to the
 * one after it. Built once per text: each lookup is a binary search.
 */
export function speakerLookup(paragraphs: readonly ParagraphRange[], structure: TextStructure): (offset: number) => string | null {
  const speakerOfParagraph = new Map<number, string>();
  for (const block of structure.blocks) if (block.kind === 'turn' && block.speaker) speakerOfParagraph.set(block.paragraph, block.speaker);
  if (speakerOfParagraph.size === 0) return () => null;
  return (offset) => {
    // The first paragraph that ends after the offset holds it, or follows the gap it is in.
    let low = 0;
    let high = paragraphs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (paragraphs[mid]!.end <= offset) low = mid + 1;
      else high = mid;
    }
    return speakerOfParagraph.get(low) ?? null;
  };
}
