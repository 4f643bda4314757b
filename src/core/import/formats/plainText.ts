import { type FormatReader, type ImportedBlock, ImportRefusal } from '../importedDocument';
import { cleanBlockText } from './blockText';
import { joinBrokenParagraphs } from './brokenParagraphs';
import { decodeText } from './decodeText';
import { readTranscript } from './transcriptTurns';

/**
 * Reads a .txt file: any common encoding and line ending (see decodeText),
 * one block per blank-line-separated paragraph with its line breaks kept (so
 * hard-wrapped text stays exactly as written; a blank line in the middle of
 * a sentence does not end one, see joinBrokenParagraphs), or speaker turns
 * when the text is laid out as a transcript. No title: the caller names it after the file.
 */
export const readPlainText: FormatReader = async (bytes) => {
  const { text } = decodeText(bytes);
  const paragraphs = joinBrokenParagraphs(splitIntoParagraphLines(text));
  if (paragraphs.length === 0) throw new ImportRefusal('is empty');
  const blocks = readTranscript(paragraphs) ?? paragraphs.map(toParagraphBlock).filter((block) => block.text.length > 0);
  if (blocks.length === 0) throw new ImportRefusal('is empty');
  return { blocks };
};

/** Runs of non-blank lines; a line of only whitespace (any kind) separates paragraphs. */
export function splitIntoParagraphLines(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim().length > 0) {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function toParagraphBlock(lines: string[]): ImportedBlock {
  return { kind: 'paragraph', text: cleanBlockText(lines.join('\n')).text };
}
