import { splitParagraphs } from '../../text/paragraphs';

/** A slice of the document's text, [start, end), that is analysed in one go. */
export interface Chunk {
  start: number;
  end: number;
}

/** About five pages: big enough that wink's per-call cost vanishes, small enough to report progress often. */
export const MAX_CHUNK_CHARS = 16_000;
/** A "sentence" longer than this (~170 words) is a table, a dump or one endless line: never a card. */
export const MAX_SENTENCE_CHARS = 1_000;

const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s)/g;

/**
 * Cuts the text into chunks of whole sentences and paragraphs. Rough
 * sentence pieces longer than MAX_SENTENCE_CHARS are left out before any
 * NLP runs, so a 10 MB single line costs one regex pass, not minutes of
 * tagging; everything else stays, in order, with its original offsets.
 */
export function planChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  const flush = (): void => {
    if (current) chunks.push(current);
    current = null;
  };
  for (const paragraph of splitParagraphs(text)) {
    for (const piece of sentencePieces(text, paragraph.start, paragraph.end)) {
      if (piece.end - piece.start > MAX_SENTENCE_CHARS) {
        flush();
      } else if (current && piece.end - current.start <= MAX_CHUNK_CHARS) {
        current.end = piece.end;
      } else {
        flush();
        current = { ...piece };
      }
    }
  }
  flush();
  return chunks;
}

/** Splits [start, end) after sentence-ending punctuation that is followed by whitespace. */
function sentencePieces(text: string, start: number, end: number): Chunk[] {
  const pieces: Chunk[] = [];
  const paragraph = text.slice(start, end);
  let from = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const to = match.index + match[0].length;
    pieces.push({ start: start + from, end: start + to });
    from = to;
  }
  if (from < paragraph.length) pieces.push({ start: start + from, end });
  return pieces;
}

/**
 * The chunk as wink reads it: line breaks inside a paragraph become spaces
 * (hard-wrapped books flow), blank lines between paragraphs stay, and the
 * length is unchanged so every offset still points into the original text.
 */
export function chunkDisplayText(text: string, chunk: Chunk): string {
  return text
    .slice(chunk.start, chunk.end)
    .replace(/\r/g, ' ')
    .replace(/\n[^\S\n]*\n\s*|\n/g, (gap) => (gap.length === 1 ? ' ' : gap));
}
