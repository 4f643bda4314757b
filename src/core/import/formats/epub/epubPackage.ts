import { ImportRefusal } from '../../importedDocument';
import { type DomElement, elementsNamed } from '../html/domTypes';
import { parseXml } from '../html/parseMarkup';
import { plainTitle } from '../html/plainTitle';
import type { ZipArchive } from '../zip/zipArchive';
import { resolveHref } from './zipPaths';

/** What an e-book's package document says: its metadata, reading order and table of contents. */
export interface EpubPackage {
  title?: string;
  /** Not carried into the document yet (ImportedDocument has no author); read for when it is. */
  creator?: string;
  /** Archive paths of the (X)HTML chapters, in reading order. */
  spine: string[];
  /** The EPUB 3 navigation document, if any. */
  navPath?: string;
  /** The EPUB 2 NCX table of contents, if any. */
  ncxPath?: string;
}

const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/html+xml']);

/** Finds the package document through META-INF/container.xml and reads its metadata, manifest and spine. */
export function readEpubPackage(zip: ZipArchive): EpubPackage {
  const container = zip.readText('META-INF/container.xml');
  if (container === undefined) throw new ImportRefusal('is not an EPUB e-book: it has no META-INF/container.xml');
  const rootfile = elementsNamed(parseXml(container), 'rootfile')[0]?.getAttribute('full-path');
  const opfPath = rootfile ? resolveHref('', rootfile) : undefined;
  const opf = opfPath === undefined ? undefined : zip.readText(opfPath);
  if (opfPath === undefined || opf === undefined) throw new ImportRefusal('is damaged: its package document (the list of chapters) is missing');
  const document = parseXml(opf);
  const manifest = new Map<string, DomElement>();
  for (const item of elementsNamed(document, 'item')) manifest.set(item.getAttribute('id') ?? '', item);
  const pathOf = (item: DomElement | undefined) => resolveHref(opfPath, item?.getAttribute('href') ?? '');
  const spine = elementsNamed(document, 'itemref')
    .map((itemref) => manifest.get(itemref.getAttribute('idref') ?? ''))
    .filter((item) => CHAPTER_TYPES.has(item?.getAttribute('media-type')?.trim().toLowerCase() ?? ''))
    .map(pathOf)
    .filter((path): path is string => path !== undefined);
  const nav = [...manifest.values()].find((item) => /(^|\s)nav(\s|$)/.test(item.getAttribute('properties') ?? ''));
  const tocId = elementsNamed(document, 'spine')[0]?.getAttribute('toc');
  return {
    title: plainTitle(elementsNamed(document, 'title')[0]?.textContent),
    creator: plainTitle(elementsNamed(document, 'creator')[0]?.textContent),
    spine: [...new Set(spine)],
    navPath: nav ? pathOf(nav) : undefined,
    ncxPath: tocId ? pathOf(manifest.get(tocId)) : undefined,
  };
}
