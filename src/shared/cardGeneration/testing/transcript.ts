import type { TextStructure } from '../../text/blocks';
import { generateCards } from '../generateCards';
import type { RankedCard } from '../types';

/** A turn block of the paragraph, said by `speaker`. */
export const turn = (paragraph: number, speaker: string) => ({ kind: 'turn' as const, paragraph, speaker });

/** A transcript from its turns: the text Gloss stores (labels out) and the structure that names the speakers. */
export function transcript(turns: readonly [string, string][]): { text: string; structure: TextStructure } {
  return { text: turns.map(([, words]) => words).join('\n\n'), structure: { blocks: turns.map(([speaker], index) => turn(index, speaker)) } };
}

/** The cards generated from a transcript of these turns: the default deck, or with `all` every card. */
export function transcriptCards(turns: readonly [string, string][], { all = true }: { all?: boolean } = {}): RankedCard[] {
  const { text, structure } = transcript(turns);
  return generateCards(text, all ? { structure, limit: 'all' } : { structure });
}
