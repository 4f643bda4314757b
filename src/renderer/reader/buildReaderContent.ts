import type { JSONContent } from '@tiptap/core';
import type { TextBlock, TextStructure } from '../../shared/text/blocks';
import { paragraphDisplayText, splitParagraphs, type ParagraphRange } from '../../shared/text/paragraphs';
import { nodeForBlock } from './blocks/blockNodes';
import { inlineContent } from './blocks/inlineContent';

/** Most paragraphs in one section; sections are the unit the browser may skip laying out. */
export const MAX_SECTION_PARAGRAPHS = 50;

/** A heading such as "CHAPTER IV", "BOOK TWO: 1805" or "EPILOGUE" opens a new section. */
const CHAPTER_HEADING = /^(?:CHAPTER|BOOK|PART|EPILOGUE|PROLOGUE)\b/;

/** Headings of this level or higher (1 is highest) open a new section, as chapter headings do. */
const SECTION_HEADING_LEVEL = 2;

/** How the paragraphs are grouped: section i holds paragraphs [starts[i], starts[i + 1]). */
export interface ReaderLayout {
  paragraphs: ParagraphRange[];
  sectionStarts: number[];
  content: JSONContent;
}

const NO_STRUCTURE: TextStructure = { blocks: [] };

/**
 * Turns a document's plain text and its structure into the reader's content:
 * one node per paragraph (a heading, a list item, a speaker's turn… or a
 * plain paragraph), grouped into sections at chapter headings and headings
 * of level 1–2, or every MAX_SECTION_PARAGRAPHS.
 */
export function buildReaderContent(text: string, structure: TextStructure = NO_STRUCTURE): ReaderLayout {
  const paragraphs = splitParagraphs(text);
  const blocks = blocksByParagraph(structure, paragraphs.length);
  const sectionStarts: number[] = [];
  paragraphs.forEach((range, index) => {
    const last = sectionStarts[sectionStarts.length - 1];
    const block = blocks?.get(index);
    const opensChapter = (block?.kind === 'heading' && (block.level ?? 1) <= SECTION_HEADING_LEVEL) || CHAPTER_HEADING.test(text.slice(range.start, range.start + 16));
    if (last === undefined || index - last >= MAX_SECTION_PARAGRAPHS || (opensChapter && index > last)) sectionStarts.push(index);
  });
  const sections: JSONContent[] = sectionStarts.map((start, i) => ({
    type: 'section',
    content: paragraphs.slice(start, sectionStarts[i + 1] ?? paragraphs.length).map((range, j) => paragraphNode(text, range, blocks?.get(start + j))),
  }));
  // ProseMirror needs at least one section with one paragraph, even for an empty text.
  const content: JSONContent = {
    type: 'doc',
    content: sections.length > 0 ? sections : [{ type: 'section', content: [{ type: 'paragraph' }] }],
  };
  return { paragraphs, sectionStarts, content };
}

/** The structure's blocks by paragraph index, those past the text's end left out; undefined when there are none. */
function blocksByParagraph(structure: TextStructure, count: number): Map<number, TextBlock> | undefined {
  if (structure.blocks.length === 0) return undefined;
  const map = new Map<number, TextBlock>();
  for (const block of structure.blocks) if (block.paragraph < count && !map.has(block.paragraph)) map.set(block.paragraph, block);
  return map;
}

/** One paragraph's node. Code keeps its line breaks; elsewhere they show as spaces (the same length either way). */
function paragraphNode(text: string, range: ParagraphRange, block: TextBlock | undefined): JSONContent {
  // Most paragraphs of most texts: kept as cheap as before structure existed.
  if (!block) return { type: 'paragraph', content: [{ type: 'text', text: paragraphDisplayText(text, range) }] };
  const { type, attrs } = nodeForBlock(block);
  const shown = block?.kind === 'code' ? text.slice(range.start, range.end).replace(/\r/g, ' ') : paragraphDisplayText(text, range);
  return { type, ...(attrs ? { attrs } : {}), content: inlineContent(shown, block?.kind === 'code' ? undefined : block?.marks) };
}
