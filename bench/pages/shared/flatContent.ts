import type { JSONContent } from '@tiptap/core';
import { paragraphDisplayText, splitParagraphs } from '../../../src/shared/text/paragraphs';

/** The text as one flat list of paragraphs, each displayed exactly as Gloss displays it. */
export function flatContent(text: string): JSONContent {
  const paragraphs = splitParagraphs(text).map((range) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: paragraphDisplayText(text, range) }],
  }));
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] };
}

/**
 * Sets the column width the bench measured in Gloss, and loads the reading
 * font first (Gloss has it loaded before a text arrives, as its UI uses it).
 */
export async function preparePage(params: URLSearchParams): Promise<void> {
  const width = Number(params.get('width'));
  if (width > 0) document.documentElement.style.setProperty('--column-width', `${width}px`);
  await document.fonts.load('19px "Literata Variable"');
}
