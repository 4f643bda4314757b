import type { JSONContent } from '@tiptap/core';
import { paragraphDisplayText, splitParagraphs, type ParagraphRange } from '../../shared/text/paragraphs';

/** Most paragraphs in one section; sections are the unit the browser may skip laying out. */
export const MAX_SECTION_PARAGRAPHS = 50;

/** A heading such as "CHAPTER IV", "BOOK TWO: 1805" or "EPILOGUE" opens a new section. */
const CHAPTER_HEADING = /^(?:CHAPTER|BOOK|PART|EPILOGUE|PROLOGUE)\b/;

/** How the paragraphs are grouped: section i holds paragraphs [starts[i], starts[i + 1]). */
export interface ReaderLayout {
  paragraphs: ParagraphRange[];
  sectionStarts: number[];
  content: JSONContent;
}

/**
 * Turns a document's plain text into the reader's content: paragraphs grouped
 * into sections at chapter headings, or every MAX_SECTION_PARAGRAPHS.
 */
export function buildReaderContent(text: string): ReaderLayout {
  const paragraphs = splitParagraphs(text);
  const sectionStarts: number[] = [];
  paragraphs.forEach((range, index) => {
    const last = sectionStarts[sectionStarts.length - 1];
    const opensChapter = CHAPTER_HEADING.test(text.slice(range.start, range.start + 16));
    if (last === undefined || index - last >= MAX_SECTION_PARAGRAPHS || (opensChapter && index > last)) sectionStarts.push(index);
  });
  const sections: JSONContent[] = sectionStarts.map((start, i) => ({
    type: 'section',
    content: paragraphs.slice(start, sectionStarts[i + 1] ?? paragraphs.length).map((range) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: paragraphDisplayText(text, range) }],
    })),
  }));
  // ProseMirror needs at least one section with one paragraph, even for an empty text.
  const content: JSONContent = {
    type: 'doc',
    content: sections.length > 0 ? sections : [{ type: 'section', content: [{ type: 'paragraph' }] }],
  };
  return { paragraphs, sectionStarts, content };
}
