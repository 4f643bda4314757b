import type { TextStructure } from './blocks';

/**
 * Who speaks in each paragraph of a transcript: the speaker of its own turn
 * block, or of the turn it continues (a turn's later paragraphs carry no
 * label of their own); null before the first turn and in documents without
 * turns. A heading ends a turn.
 */
export function paragraphSpeakers(structure: TextStructure, paragraphCount: number): (string | null)[] {
  const speakers: (string | null)[] = new Array<string | null>(paragraphCount).fill(null);
  const byParagraph = new Map(structure.blocks.map((block) => [block.paragraph, block]));
  let current: string | null = null;
  for (let paragraph = 0; paragraph < paragraphCount; paragraph++) {
    const block = byParagraph.get(paragraph);
    if (block?.kind === 'turn') current = block.speaker ?? null;
    else if (block?.kind === 'heading') current = null;
    speakers[paragraph] = current;
  }
  return speakers;
}
