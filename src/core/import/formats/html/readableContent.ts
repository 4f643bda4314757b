import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { type DomDocument, type DomNode, ELEMENT_NODE } from './domTypes';
import { parseHtml } from './parseMarkup';

/** Readability recurses over the tree; past this depth it could exhaust the stack, so the page is read without it. */
const MAX_DEPTH_FOR_READABILITY = 400;
/** Readability gives up (throws) on pages with more elements than this. */
const MAX_ELEMENTS_FOR_READABILITY = 200_000;
/** Page furniture left out when a page has no article. */
const CHROME = 'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';

type ReadabilityInput = ConstructorParameters<typeof Readability>[0];

/**
 * The part of a web page worth reading, as a root for htmlToBlocks: the
 * article Readability finds, its HTML parsed again by linkedom (inert, and
 * walked by the same converter that drops scripts and embeds); or, when the
 * page is not article-like (short pages, no <body>, too deep for
 * Readability), the page without navigation, header, footer and sidebars.
 */
export function readableRoot(source: string): DomNode {
  const article = readabilityArticle(parseHtml(source));
  if (article !== undefined) return parseHtml(article);
  const page = parseHtml(source);
  removeChrome(page);
  return page;
}

function readabilityArticle(document: DomDocument): string | undefined {
  // linkedom invents an empty <body> for a page without one; Readability would find nothing in it.
  if (!document.querySelector('body') || treeDepthExceeds(document, MAX_DEPTH_FOR_READABILITY)) return undefined;
  const input = document as unknown as ReadabilityInput;
  try {
    if (!isProbablyReaderable(input)) return undefined;
    const article = new Readability(input, { maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY }).parse();
    return article?.content && article.textContent?.trim() ? article.content : undefined;
  } catch {
    return undefined; // Readability failing on odd markup is no reason to refuse the page
  }
}

function removeChrome(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll(CHROME))) element.remove();
  // A header or footer inside the article holds its title or byline: only the page's own go.
  for (const element of Array.from(document.querySelectorAll('header, footer'))) {
    if (!element.closest('article, main')) element.remove();
  }
}

/** Whether any element lies deeper than `limit`, found without recursion. */
function treeDepthExceeds(root: DomNode, limit: number): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return false;
}
