import type { ImportedBlock } from '../../importedDocument';
import { decodeMarkup } from '../html/decodeMarkup';
import { htmlToBlocks } from '../html/htmlBlocks';
import { parseXhtml } from '../html/parseMarkup';
import { tidyPrintApparatus } from '../html/printApparatus';

/**
 * One chapter's blocks, through the same sanitising converter as web pages
 * (no Readability: a chapter is all content). A chapter that does not open
 * with a heading gets its table-of-contents label as one, so every chapter
 * starts with a heading when the book says what it is called.
 */
export function chapterBlocks(bytes: Uint8Array, tocLabel: string | undefined): ImportedBlock[] {
  const chapter = parseXhtml(decodeMarkup(bytes));
  tidyPrintApparatus(chapter);
  const blocks = htmlToBlocks(chapter);
  if (blocks.length === 0 || blocks[0]!.kind === 'heading' || tocLabel === undefined) return blocks;
  return [{ kind: 'heading', level: 1, text: tocLabel }, ...blocks];
}
