import type { DomDocument } from './domTypes';
import { plainTitle } from './plainTitle';

/**
 * The title a web page gives itself: its <title> (not an SVG's), else its
 * og:title, else its first <h1>. Read before Readability rewrites the page.
 */
export function htmlDocumentTitle(document: DomDocument): string | undefined {
  const titleElement = Array.from(document.querySelectorAll('title')).find((element) => !element.closest('svg'));
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = document.querySelector('h1');
  return plainTitle(titleElement?.textContent) ?? plainTitle(ogTitle) ?? plainTitle(h1?.textContent);
}
