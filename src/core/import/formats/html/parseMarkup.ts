import { DOMParser, parseHTML } from 'linkedom';
import type { DomDocument } from './domTypes';

/*
 * linkedom builds a document without running anything: no scripts, no
 * network, no styles. It does not repair markup the way a browser's tree
 * builder does (a page without <body> keeps its elements at the top), so the
 * block converter walks the whole document rather than relying on <body>.
 */

/** Parses HTML into an inert document. */
export function parseHtml(source: string): DomDocument {
  return (parseHTML(source) as unknown as { document: DomDocument }).document;
}

const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const SELF_CLOSED_TAG = /<([A-Za-z][\w:.-]*)(\s[^<>]*?)?\s*\/>/g;

/**
 * Parses an XHTML file (an e-book chapter) with the HTML parser, which copes
 * with the entities (&nbsp;) an XML parser would reject. An HTML parser reads
 * <a id="p1"/> or <title/> as an opening tag, so those are written out as
 * open + close first; otherwise a self-closed <title/> would swallow the
 * chapter as its text.
 */
export function parseXhtml(source: string): DomDocument {
  const opened = source.replace(SELF_CLOSED_TAG, (tag, name: string, attributes: string | undefined) =>
    VOID_ELEMENTS.has(name.toLowerCase()) ? tag : `<${name}${attributes ?? ''}></${name}>`,
  );
  return parseHtml(opened);
}

/** Parses an XML file (an e-book's container.xml or package, a Word file's core.xml). Nothing external is loaded. */
export function parseXml(source: string): DomDocument {
  return new DOMParser().parseFromString(source, 'text/xml') as unknown as DomDocument;
}
