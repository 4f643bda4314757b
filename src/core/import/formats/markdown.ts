import { fromMarkdown } from 'mdast-util-from-markdown';
import { type FormatReader, ImportRefusal } from '../importedDocument';
import { decodeText } from './decodeText';
import { splitFrontMatter } from './frontMatter';
import { readMarkdownBlocks } from './markdownBlocks';
import { splitMarkdownChunks } from './markdownChunks';
import { collectDefinitions, definitionsPreamble } from './markdownDefinitions';
import { readMarkdownTurns } from './markdownTurns';

/**
 * Reads a .md / .markdown file (CommonMark, no GFM: a pipe table stays a
 * paragraph of its words and pipes). The title is the front matter's
 * `title:`, else the first heading's words (that heading stays in the body).
 * A transcript written "**Name:** words" becomes speaker turns (see readMarkdownTurns).
 */
export const readMarkdown: FormatReader = async (bytes, context) => {
  const { text } = decodeText(bytes);
  if (text.trim().length === 0) throw new ImportRefusal('is empty');
  const { body, title: frontMatterTitle } = splitFrontMatter(text);
  const chunks = splitMarkdownChunks(body);
  let trees = chunks.map((chunk) => fromMarkdown(chunk));
  const definitions = collectDefinitions(trees, chunks);
  if (chunks.length > 1 && definitions.sources.size > 0) {
    trees = trees.map((tree, index) => fromMarkdown(definitionsPreamble(tree, definitions) + (chunks[index] ?? '')));
  }
  const blocks = readMarkdownTurns(
    trees.flatMap((tree, index) => {
      context.signal.throwIfAborted();
      context.onProgress(index + 1, trees.length);
      return readMarkdownBlocks(tree, definitions.urls);
    }),
  );
  if (blocks.length === 0) throw new ImportRefusal('has no text to read, only markup');
  const heading = blocks.find((block) => block.kind === 'heading')?.text.replace(/\s+/g, ' ');
  const title = frontMatterTitle ?? heading;
  return title === undefined ? { blocks } : { title, blocks };
};
