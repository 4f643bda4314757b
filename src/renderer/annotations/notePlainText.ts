import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * How much of a note is parsed for a preview: a list row shows about 90
 * characters, and a book may hold thousands of notes. (A reference-style link
 * whose definition lies beyond this shows as typed.)
 */
const PREVIEW_SOURCE_LIMIT = 2_000;

/** Characters that can start Markdown syntax; a note without any is already plain text. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>#!&~=+\-|]|\d[.)]/;

/** Containers whose children are blocks, which a reader sees as separate lines. */
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem']);

/** The parts of a Markdown syntax tree that matter for its text. */
interface MarkdownNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MarkdownNode[];
}

/**
 * The text a reader sees of a note's Markdown, on one line: raw HTML dropped
 * (as NoteMarkdown drops it), link labels kept, emphasis and other markers
 * gone. Parsed with the same CommonMark parser react-markdown uses, so the
 * preview agrees with the rendered note.
 */
export function notePlainText(markdown: string): string {
  const source = markdown.length > PREVIEW_SOURCE_LIMIT ? markdown.slice(0, PREVIEW_SOURCE_LIMIT) : markdown;
  const text = MARKDOWN_SYNTAX.test(source) ? textOf(fromMarkdown(source)) : source;
  return text.replace(/\s+/g, ' ').trim();
}

function textOf(node: MarkdownNode): string {
  switch (node.type) {
    case 'html':
    case 'definition':
      return '';
    case 'image':
    case 'imageReference':
      // NoteMarkdown draws an image as its description, never loads it.
      return node.alt ? `[image: ${node.alt}]` : '[image]';
    case 'break':
      return ' ';
    default:
      if (node.value !== undefined) return node.value;
      return (node.children ?? []).map(textOf).join(BLOCK_CONTAINERS.has(node.type) ? ' ' : '');
  }
}
