/**
 * The little of the DOM the import readers use, typed here because core is
 * compiled without the DOM library: linkedom's documents satisfy it.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  /** Settable: the import readers tidy a page's apparatus before reading it (see printApparatus.ts). */
  textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  /** Lower case for HTML; XML keeps the prefix and case it was written with ("dc:title"). */
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  remove(): void;
}

export interface DomDocument extends DomNode {
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** An element's name without a namespace prefix, lower case ("dc:title" → "title"). */
export function localNameOf(element: DomElement): string {
  const name = element.localName.toLowerCase();
  return name.slice(name.indexOf(':') + 1);
}

/** The elements under root whose unprefixed name is `name`, in document order (XML files may prefix any tag). */
export function elementsNamed(root: DomDocument | DomElement, name: string): DomElement[] {
  return Array.from(root.querySelectorAll('*')).filter((element) => localNameOf(element) === name);
}
