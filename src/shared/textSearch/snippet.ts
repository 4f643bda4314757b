/** A hit with some words around it, for a result list. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** How many characters of context a snippet shows on each side, at most. */
export const SNIPPET_CONTEXT = 60;

/**
 * The hit `start..end` of `text` with up to `context` characters each side,
 * cut at a word boundary where one is near, on one line, never splitting a
 * surrogate pair. "…" marks a cut.
 */
export function snippetAround(text: string, start: number, end: number, context = SNIPPET_CONTEXT): Snippet {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart >= from) from = lineStart + 1;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd !== -1 && lineEnd < to) to = lineEnd;
  if (from > 0 && from > lineStart + 1) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length && to !== lineEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  from = avoidSplitPair(text, from);
  to = avoidSplitPair(text, to);
  const cutBefore = from > 0 && text[from - 1] !== '\n';
  const cutAfter = to < text.length && text[to] !== '\n';
  return {
    before: (cutBefore ? '…' : '') + text.slice(from, start).trimStart(),
    match: text.slice(start, end),
    after: text.slice(end, to).trimEnd() + (cutAfter ? '…' : ''),
  };
}

function avoidSplitPair(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff ? offset + 1 : offset;
}
