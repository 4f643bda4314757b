import type { TextStructure } from './blocks';
import { rangeAtOrAfter, type ParagraphRange } from './paragraphs';

/**
 * Who speaks where in a transcript. A speaker is block metadata on a turn's
 * paragraph (see TextBlock), never text; a turn's later paragraphs carry no
 * label of their own and belong to it, until the next turn or heading.
 */

/** The speakers of a document's turns, each once, in the order they first speak. */
export function documentSpeakers(structure: TextStructure): string[] {
  const speakers = new Set<string>();
  for (const block of structure.blocks) if (block.kind === 'turn' && block.speaker) speakers.add(block.speaker);
  return [...speakers];
}

/**
 * Who speaks in each paragraph: the speaker of its own turn block, or of the
 * turn it continues; null before the first turn, in a turn without a name,
 * after a heading, and in documents without turns.
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

/**
 * A lookup from an offset of the text to the speaker of the turn it is in,
 * or null outside turns. An offset between two paragraphs belongs to the
 * one after it. Built once per text: each lookup is a binary search.
 */
export function speakerLookup(paragraphs: readonly ParagraphRange[], structure: TextStructure): (offset: number) => string | null {
  if (!structure.blocks.some((block) => block.kind === 'turn')) return () => null;
  const speakers = paragraphSpeakers(structure, paragraphs.length);
  // The first paragraph that ends after the offset holds it, or follows the gap it is in.
  return (offset) => speakers[rangeAtOrAfter(paragraphs, offset)] ?? null;
}

/** A degree or a suffix after a name and a comma: "Mireille Reece, PsyD", "John Smith, Jr.", "Ann Lee, Ph.D.". */
const CREDENTIAL = /^(?:Ph\.?D\.?|Psy\.?D\.?|M\.?D\.?|D\.?D\.?S\.?|R\.?N\.?|Esq\.?|Jr\.?|Sr\.?|II|III|IV|MBA|J\.?D\.?|D\.?Phil\.?|FRS|OBE|MBE|CBE|KC|QC|MP|MEP|LCSW|LPC|CPA|PE)$/u;

/** A speaker's label without the degree or suffix after its comma: "Mireille Reece, PsyD" → "Mireille Reece". */
export function withoutCredential(label: string): string {
  const comma = label.lastIndexOf(', ');
  return comma > 0 && CREDENTIAL.test(label.slice(comma + 2).trim()) ? label.slice(0, comma) : label;
}
