/** Lines per chunk, about: small enough that the parser's cost per chunk stays flat. */
const CHUNK_LINES = 200;

/** Opens a fenced code block: up to three spaces, then ``` or ~~~. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** HTML blocks that may hold blank lines (CommonMark types 1–5), with what ends each. */
const HTML_BLOCKS: ReadonlyArray<[RegExp, string]> = [
  [/^ {0,3}<script(?:[\s>]|$)/i, '</script>'],
  [/^ {0,3}<pre(?:[\s>]|$)/i, '</pre>'],
  [/^ {0,3}<style(?:[\s>]|$)/i, '</style>'],
  [/^ {0,3}<textarea(?:[\s>]|$)/i, '</textarea>'],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
];

/**
 * Cuts Markdown into pieces that parse the same apart as together, so that a
 * long document costs linear time (micromark's cost grows with the square of
 * a document's blocks: 4,000 lists took ~40 s). A cut goes only before an
 * unindented line starting with a letter or "#" after a blank line, outside
 * code fences and HTML blocks: such a line closes every open list and quote.
 */
export function splitMarkdownChunks(markdown: string): string[] {
  const lines = markdown.split('\n');
  const chunks: string[] = [];
  let chunkStart = 0;
  let fence: string | undefined;
  let htmlEnd: string | undefined;
  lines.forEach((line, index) => {
    const previousBlank = index > 0 && (lines[index - 1] ?? '').trim().length === 0;
    if (!fence && !htmlEnd && previousBlank && index - chunkStart >= CHUNK_LINES && /^[#\p{L}]/u.test(line)) {
      chunks.push(lines.slice(chunkStart, index).join('\n'));
      chunkStart = index;
    }
    if (htmlEnd) {
      if (line.includes(htmlEnd)) htmlEnd = undefined;
      return;
    }
    const fenceMatch = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMatch && fenceMatch[0] === fence[0] && fenceMatch.length >= fence.length && line.trim() === fenceMatch) fence = undefined;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch;
      return;
    }
    const html = HTML_BLOCKS.find(([opening]) => opening.test(line));
    if (html && !line.slice(line.indexOf('<') + 2).includes(html[1])) htmlEnd = html[1];
  });
  chunks.push(lines.slice(chunkStart).join('\n'));
  return chunks;
}
