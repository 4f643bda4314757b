import type { PhrasingContent } from 'mdast';
import type { InlineMark } from '../../../shared/text/blocks';
import { cleanBlockText, collapseSpaces, type MarkedText } from './blockText';
import { safeHref } from './safeHref';

/** Link reference definitions ("[id]: https://…") by normalised identifier. */
export type LinkDefinitions = ReadonlyMap<string, string>;

/**
 * The words of a Markdown paragraph or heading with emphasis, strong, code
 * and links as marks. Soft line breaks flow as spaces, hard breaks stay "\n",
 * images become their alt text, raw HTML is dropped (its tags are markup,
 * not words; the text between them stays).
 */
export function readInline(nodes: readonly PhrasingContent[], definitions: LinkDefinitions): MarkedText {
  const parts: string[] = [];
  const marks: InlineMark[] = [];
  let length = 0;
  const append = (text: string): void => {
    parts.push(text);
    length += text.length;
  };
  const marked = (kind: InlineMark['kind'], children: readonly PhrasingContent[], href?: string): void => {
    const from = length;
    children.forEach(visit);
    if (length > from) marks.push(href === undefined ? { kind, from, to: length } : { kind, from, to: length, href });
  };
  const visit = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
        return append(node.value.replace(/[ \t]*\n[ \t]*/g, ' '));
      case 'break':
        return append('\n');
      case 'inlineCode': {
        const from = length;
        append(node.value.replace(/\n/g, ' '));
        if (length > from) marks.push({ kind: 'code', from, to: length });
        return;
      }
      case 'emphasis':
        return marked('emphasis', node.children);
      case 'strong':
        return marked('strong', node.children);
      case 'link':
        return linkOrWords(node.children, safeHref(node.url));
      case 'linkReference':
        return linkOrWords(node.children, safeHref(definitions.get(node.identifier) ?? ''));
      case 'image':
      case 'imageReference':
        return append(node.alt ?? '');
      case 'html':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) (node.children as PhrasingContent[]).forEach(visit);
    }
  };
  const linkOrWords = (children: readonly PhrasingContent[], href: string | undefined): void => {
    if (href === undefined) children.forEach(visit);
    else marked('link', children, href);
  };
  nodes.forEach(visit);
  return collapseSpaces(cleanBlockText(parts.join(''), marks));
}
