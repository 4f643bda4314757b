import { DOMParser, type Element } from '@xmldom/xmldom';
import { ImportRefusal } from '../../../import/importedDocument';

/** Namespaces of REFI-QDA projects: QDA-XML 1.0 (the 1.5 release kept it). */
const QDA_NAMESPACE = /^urn:QDA-XML:project:\d/;

/**
 * Parses project.qde with xmldom, a W3C DOM parser: unlike lenient parsers it
 * refuses XML that is not well-formed (mismatched tags, undefined entities,
 * a repeated attribute), and it decodes character references and
 * normalises attribute values as XML 1.0 requires. A DOCTYPE is refused
 * outright: a project needs none, and its entities are how XML bombs work.
 * Returns the root Project element.
 */
export function parseProjectXml(xml: string): Element {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw new ImportRefusal('has a project.qde with a DOCTYPE, which no REFI-QDA project has');
  let root: Element | null;
  let fault: string | undefined;
  try {
    const parser = new DOMParser({
      // xmldom's warnings are well-formedness faults (an unquoted attribute…), so they refuse the file too,
      // all but its hint at U+FFFD: a replacement character is a legitimate character of a note.
      onError: (level, message) => {
        if (level === 'warning' && message.startsWith('Unicode replacement character')) return;
        fault = message;
        throw new Error(message);
      },
      // XML 1.0's rule only: xmldom's default (XML 1.1) would also turn U+2028 in a note into a line feed.
      normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
    });
    root = parser.parseFromString(xml, 'text/xml').documentElement;
  } catch (error) {
    const reason = fault ?? (error instanceof Error ? error.message : String(error));
    throw new ImportRefusal(`is damaged: its project.qde is not well-formed XML (${reason.split('\n')[0]!.trim()})`);
  }
  if (!root || root.localName !== 'Project' || !QDA_NAMESPACE.test(root.namespaceURI ?? '')) {
    throw new ImportRefusal(`is not a REFI-QDA project: project.qde holds <${root?.tagName ?? 'nothing'}>, not a Project in the namespace urn:QDA-XML:project:1.0`);
  }
  return root;
}

/** An element's child elements in its own namespace with this name, in document order. */
export function childElements(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const element = node as Element;
    if (node.nodeType === node.ELEMENT_NODE && element.localName === localName && element.namespaceURI === parent.namespaceURI) found.push(element);
  }
  return found;
}

/** The text of an element's first child with this name; undefined when it has none. */
export function childText(parent: Element, localName: string): string | undefined {
  const child = childElements(parent, localName)[0];
  return child ? (child.textContent ?? '') : undefined;
}

/** An attribute's value; undefined when it is absent. */
export function attribute(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? element.getAttribute(name)! : undefined;
}
