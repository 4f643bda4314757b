import { escapeXmlAttribute, escapeXmlText } from './xmlText';

/** An XML element to write: attributes in order (undefined ones left out), then child elements or one text. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | undefined>;
  children?: XmlElement[];
  /** The element's whole content, written as it is (never indented, so its spaces and lines stay). */
  text?: string;
}

/** The opening tag's name and attributes. */
function openTag(element: XmlElement): string {
  const attributes = Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
  return `${element.name}${attributes}`;
}

/** Writes an element and its descendants, two spaces per level; text content is written exactly. */
export function writeXmlElement(element: XmlElement, depth = 0): string {
  const indent = '  '.repeat(depth);
  if (element.text !== undefined) return `${indent}<${openTag(element)}>${escapeXmlText(element.text)}</${element.name}>\n`;
  const children = element.children ?? [];
  if (children.length === 0) return `${indent}<${openTag(element)}/>\n`;
  return `${indent}<${openTag(element)}>\n${children.map((child) => writeXmlElement(child, depth + 1)).join('')}${indent}</${element.name}>\n`;
}

/** A whole XML document: the declaration, then the root element. */
export function writeXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${writeXmlElement(root)}`;
}
