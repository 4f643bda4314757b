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
 * A line that stands alone stays a break: a title on the line above the
 * body ("NASA's Ingenuity Team Says Goodbye … for Now" over the article),
 * which would otherwise run into the first sentence.
 */
export function chunkDisplayText(text: string, chunk: Chunk): string {
  const slice = text.slice(chunk.start, chunk.end).replace(/\r/g, ' ');
  return slice.replace(/\n[^\S\n]*\n\s*|\n/g, (gap, at: number) => (gap.length > 1 ? gap : endsStandaloneLine(text, chunk.start + at) ? '\n' : ' '));
}

/** Sentence-ending or sentence-continuing punctuation at a line's end: the line runs on, or wink ends the sentence itself. */
const LINE_RUNS_ON = /[.!?…,;:\-–—(["“‘'”’»)\]]\s*$/u;
/** A line under this share of the next one's length is not a wrapped line of the same paragraph. */
const STANDALONE_SHARE = 0.6;

/** True when the line ending at `at` is a line of its own (a title, a heading), not a wrapped piece of the sentence below. */
function endsStandaloneLine(text: string, at: number): boolean {
  // The whole line, from the text: a chunk may start in the middle of one.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const found = text.indexOf('\n', at + 1);
  const nextEnd = found === -1 ? text.length : found;
  // Most lines of a wrapped paragraph are about as long as the next: settled without slicing either (a book has tens of thousands).
  if (at - lineStart >= nextEnd - at) return false;
  return isStandaloneLine(text.slice(lineStart, at), text.slice(at + 1, nextEnd));
}

/** True when `line`, followed by `next` in the same paragraph, stands alone: no punctuation at its end, much shorter than the line below, which starts a sentence. */
export function isStandaloneLine(line: string, next: string): boolean {
  const trimmed = next.trim();
  return line.trim() !== '' && !LINE_RUNS_ON.test(line) && /^["“‘']?[\p{Lu}\p{N}]/u.test(trimmed) && line.trim().length < STANDALONE_SHARE * trimmed.length;
}
