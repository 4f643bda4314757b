import type { Nodes, Root } from 'mdast';
import type { LinkDefinitions } from './markdownInline';

/** A document's link reference definitions: addresses for the reader, source text to share between chunks. */
export interface CollectedDefinitions {
  urls: LinkDefinitions;
  /** Each definition's Markdown source, by identifier. */
  sources: ReadonlyMap<string, string>;
}

/** Collects "[id]: address" definitions from parsed chunks; the first of an identifier wins, as CommonMark says. */
export function collectDefinitions(trees: readonly Root[], chunks: readonly string[]): CollectedDefinitions {
  const urls = new Map<string, string>();
  const sources = new Map<string, string>();
  trees.forEach((tree, index) => {
    const visit = (node: Nodes): void => {
      if (node.type === 'definition' && !urls.has(node.identifier)) {
        urls.set(node.identifier, node.url);
        const { start, end } = node.position ?? {};
        if (start?.offset !== undefined && end?.offset !== undefined) sources.set(node.identifier, (chunks[index] ?? '').slice(start.offset, end.offset));
      }
      if ('children' in node) (node.children as Nodes[]).forEach(visit);
    };
    visit(tree);
  });
  return { urls, sources };
}

/**
 * The definitions a chunk lacks, as Markdown to put before it, so that a
 * reference in one chunk to a definition in another still parses as a link.
 */
export function definitionsPreamble(tree: Root, definitions: CollectedDefinitions): string {
  const own = collectDefinitions([tree], ['']).urls;
  const missing = [...definitions.sources].filter(([identifier]) => !own.has(identifier)).map(([, source]) => source);
  return missing.length === 0 ? '' : `${missing.join('\n\n')}\n\n`;
}
