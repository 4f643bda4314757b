import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { type DomDocument, type DomNode, ELEMENT_NODE } from './domTypes';
import { parseHtml } from './parseMarkup';

/** Readability recurses over the tree; past this depth it could exhaust the stack, so the page is read without it. */
const MAX_DEPTH_FOR_READABILITY = 400;
/**
 * Past this many elements a page is a book or a long document, not an
 * article: Readability would take seconds (measured: ~5 s on a 3 MB page in
 * linkedom) and could drop parts of it, so the whole page is read.
 */
const MAX_ELEMENTS_FOR_READABILITY = 20_000;
/** Page furniture left out when a page has no article. */
const CHROME = 'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';

type ReadabilityInput = ConstructorParameters<typeof Readability>[0];

/**
 * The part of a web page worth reading, as a root for htmlToBlocks: the
 * article Readability finds, its HTML parsed again by linkedom (inert, and
 * walked by the same converter that drops scripts and embeds); or, when the
 * page is not article-like (short pages, no <body>, too deep for
 * Readability, too big to be an article), the page without navigation,
 * header, footer and sidebars. `page` is `source` parsed; it may be changed.
 */
export function readableRoot(page: DomDocument, source: string): DomNode {
  // linkedom invents an empty <body> for a page without one; Readability would find nothing in it.
  if (!page.querySelector('body') || !withinReadabilityBounds(page) || !looksLikeArticle(page)) return withoutChrome(page);
  const article = readabilityArticle(page);
  // Readability rewrites the page it reads, so a page without an article is parsed again.
  return article === undefined ? withoutChrome(parseHtml(source)) : parseHtml(article);
}

function looksLikeArticle(page: DomDocument): boolean {
  try {
    return isProbablyReaderable(page as unknown as ReadabilityInput);
  } catch {
    return false;
  }
}

function readabilityArticle(page: DomDocument): string | undefined {
  try {
    const article = new Readability(page as unknown as ReadabilityInput).parse();
    return article?.content && article.textContent?.trim() ? article.content : undefined;
  } catch {
    return undefined; // Readability failing on odd markup is no reason to refuse the page
  }
}

function withoutChrome(document: DomDocument): DomDocument {
  for (const element of Array.from(document.querySelectorAll(CHROME))) element.remove();
  // A header or footer inside the article holds its title or byline: only the page's own go.
  for (const element of Array.from(document.querySelectorAll('header, footer'))) {
    if (!element.closest('article, main')) element.remove();
  }
  return document;
}

/** Whether the page is shallow and small enough for Readability, found without recursion. */
function withinReadabilityBounds(root: DomNode): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH_FOR_READABILITY || ++elements > MAX_ELEMENTS_FOR_READABILITY) return false;
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return true;
}
