import { type DomElement } from './domTypes';

/*
 * What each HTML element means to the block converter. Anything not named
 * here is inline and transparent (its words flow into the current block).
 */

/** Never shown as words: code, styles, embedded documents, vector graphics and formulas, form controls, metadata, ruby glosses. */
const HIDDEN_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'img', 'picture', 'map',
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'output', 'progress', 'meter', 'keygen',
  'head', 'title', 'meta', 'link', 'base', 'param', 'source', 'track', 'rt', 'rp',
]);

/** Elements that end the text before them and start a new line of layout. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'html', 'legend', 'main', 'nav',
  'p', 'search', 'section', 'summary', 'noframes',
]);

export const HEADINGS = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);
export const LISTS = new Set(['ul', 'ol', 'menu', 'dir']);
export const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);
export const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'colgroup', 'col']);
export const TABLE_CELLS = new Set(['td', 'th']);

export const MARKS = new Map<string, 'emphasis' | 'strong' | 'code'>([
  ['em', 'emphasis'], ['i', 'emphasis'], ['cite', 'emphasis'], ['dfn', 'emphasis'], ['var', 'emphasis'],
  ['strong', 'strong'], ['b', 'strong'],
  ['code', 'code'], ['kbd', 'code'], ['samp', 'code'], ['tt', 'code'],
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Whether an element and everything in it stays out of the text. */
export function isHiddenElement(element: DomElement, name: string): boolean {
  if (HIDDEN_CONTENT.has(name)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (name === 'dialog' && !element.hasAttribute('open')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Whether an element is laid out as a plain block: a new paragraph in flowing text, a new line inside a list item. */
export function isPlainBlock(name: string): boolean {
  return BLOCK_ELEMENTS.has(name);
}
