import type { InlineMark, TextBlock, TextStructure } from '../../shared/text/blocks';
import { cleanBlockText } from './formats/blockText';
import type { ImportedBlock, ImportedDocument } from './importedDocument';

/** A document ready to store: its plain text, its structure and a title if the file had one. */
export interface AssembledDocument {
  title?: string;
  text: string;
  structure: TextStructure;
}

const TITLE_LIMIT = 500;
const SPEAKER_LIMIT = 200;

/**
 * Joins a reader's blocks into the document's plain text, one paragraph per
 * block with a blank line between, and keeps what each block says about its
 * layout as structure over paragraph indices. Whatever a reader let through
 * is cleaned here too (control characters, blank lines inside a block, edge
 * spaces), with marks moved to match; empty blocks are dropped.
 */
export function assembleDocument(imported: ImportedDocument): AssembledDocument {
  const paragraphs: string[] = [];
  const blocks: TextBlock[] = [];
  for (const block of imported.blocks) {
    const cleaned = cleanBlockText(block.text, block.marks ?? []);
    const text = cleaned.text;
    const marks = cleaned.marks.filter((mark) => mark.to <= text.length && text.slice(mark.from, mark.to).trim() !== '');
    if (text === '') continue;
    const described = describeBlock(block, paragraphs.length, marks);
    paragraphs.push(text);
    if (described) blocks.push(described);
  }
  const title = cleanTitle(imported.title) ?? cleanTitle(imported.blocks.find((block) => block.kind === 'heading')?.text);
  return { ...(title ? { title } : {}), text: paragraphs.join('\n\n'), structure: { blocks } };
}

/** The block's entry in the structure, or undefined for a plain paragraph. */
function describeBlock(block: ImportedBlock, paragraph: number, marks: InlineMark[]): TextBlock | undefined {
  const { text: _text, marks: _marks, speaker, ...layout } = block;
  const cleanSpeaker = speaker?.replace(/\s+/g, ' ').trim().slice(0, SPEAKER_LIMIT);
  const entry: TextBlock = { ...layout, paragraph, ...(cleanSpeaker ? { speaker: cleanSpeaker } : {}), ...(marks.length > 0 ? { marks } : {}) };
  const plain = entry.kind === 'paragraph' && marks.length === 0;
  return plain ? undefined : entry;
}

/** A title on one line, of a sensible length, or undefined if nothing is left. */
export function cleanTitle(raw: string | undefined): string | undefined {
  const title = raw === undefined ? undefined : cleanBlockText(raw).text.replace(/\s+/g, ' ');
  if (!title) return undefined;
  return title.length > TITLE_LIMIT ? `${title.slice(0, TITLE_LIMIT - 1)}…` : title;
}
