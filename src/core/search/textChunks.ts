import { snippetAround, type Snippet } from '../../shared/textSearch/snippet';

/** A stretch of a document's text, [start, end): the unit the index records words for. */
export interface TextChunk {
  start: number;
  end: number;
}

/**
 * About how long a chunk is. Smaller chunks find a rare word's place with
 * less text to scan; larger ones store fewer (word, chunk) pairs. At 8 KB War
 * and Peace is ~400 chunks and a candidate chunk is scanned in ~0.2 ms.
 */
export const CHUNK_LENGTH = 8_192;

/** How far past the target a chunk may run to end at a blank line, before a line break or space will do. */
const STRETCH = 4 * CHUNK_LENGTH;

/**
 * Cuts a text into consecutive chunks covering it whole, each ending at a
 * paragraph break where one comes soon after CHUNK_LENGTH, else at a line
 * break or space, else anywhere but inside a surrogate pair.
 */
export function chunkText(text: string): TextChunk[] {
  const chunks: TextChunk[] = [];
  let start = 0;
  while (start < text.length) {
    const end = chunkEnd(text, start);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

function chunkEnd(text: string, start: number): number {
  const target = start + CHUNK_LENGTH;
  if (target >= text.length) return text.length;
  const limit = Math.min(text.length, start + STRETCH);
  const paragraph = text.indexOf('\n\n', target);
  if (paragraph !== -1 && paragraph < limit) return paragraph + 2;
  for (const separator of ['\n', ' ']) {
    const at = text.indexOf(separator, target);
    if (at !== -1 && at < limit) return at + 1;
  }
  const code = text.charCodeAt(target);
  return code >= 0xdc00 && code <= 0xdfff ? target + 1 : target;
}

/** How much text around a hit is taken to make its snippet (more than the snippet shows). */
const SNIPPET_WINDOW = 240;

/**
 * The snippet of a hit in a document's text: the hit's paragraph only, with
 * the line breaks of hard-wrapped text read as the spaces they stand for.
 */
export function textSnippet(text: string, start: number, end: number): Snippet {
  const from = Math.max(0, start - SNIPPET_WINDOW);
  const to = Math.min(text.length, end + SNIPPET_WINDOW);
  // One for one: a blank line stays a line break (snippets stop there), a lone one becomes a space.
  const flat = text.slice(from, to).replace(/\r?\n(?:[ \t\r]*\n)?/g, (br) => (br.indexOf('\n') !== br.lastIndexOf('\n') ? '\n' + ' '.repeat(br.length - 1) : ' '.repeat(br.length)));
  return snippetAround(flat, start - from, end - from);
}
