import { type DomElement, elementsNamed } from '../html/domTypes';
import { decodeMarkup } from '../html/decodeMarkup';
import { parseXhtml, parseXml } from '../html/parseMarkup';
import { plainTitle } from '../html/plainTitle';
import type { ZipArchive } from '../zip/zipArchive';
import type { EpubPackage } from './epubPackage';
import { resolveHref } from './zipPaths';

/**
 * The table of contents' label for each chapter file (the first entry
 * pointing into it), from the EPUB 3 navigation document or else the EPUB 2
 * NCX. A chapter without a heading of its own is given its label.
 */
export function readTocLabels(zip: ZipArchive, book: EpubPackage): Map<string, string> {
  const labels = new Map<string, string>();
  const add = (fromFile: string, href: string | null, label: string | null | undefined) => {
    const path = href ? resolveHref(fromFile, href) : undefined;
    const text = plainTitle(label);
    if (path !== undefined && text !== undefined && !labels.has(path)) labels.set(path, text);
  };
  const nav = book.navPath === undefined ? undefined : zip.read(book.navPath);
  if (book.navPath !== undefined && nav !== undefined) {
    const navs = elementsNamed(parseXhtml(decodeMarkup(nav)), 'nav');
    const toc = navs.find((element) => /(^|\s)toc(\s|$)/.test(element.getAttribute('epub:type') ?? '')) ?? navs[0];
    for (const link of toc ? elementsNamed(toc, 'a') : []) add(book.navPath, link.getAttribute('href'), link.textContent);
  }
  const ncx = book.ncxPath === undefined ? undefined : zip.read(book.ncxPath);
  if (labels.size === 0 && book.ncxPath !== undefined && ncx !== undefined) {
    for (const point of elementsNamed(parseXml(decodeMarkup(ncx)), 'navpoint')) {
      const content = childNamed(point, 'content');
      const label = childNamed(point, 'navlabel');
      add(book.ncxPath, content?.getAttribute('src') ?? null, label?.textContent);
    }
  }
  return labels;
}

/** The first element directly under `parent` with this unprefixed, lower-case name (not one in a nested navPoint). */
function childNamed(parent: DomElement, name: string): DomElement | undefined {
  return elementsNamed(parent, name).find((element) => element.parentNode === parent);
}
