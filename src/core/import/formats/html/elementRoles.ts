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

/** Classes that mark a printed page's number in a book's HTML (Project Gutenberg's "pagenum", and the like). */
const PAGE_NUMBER_CLASS = /(?:^|\s)(?:pagenum|pageno|page-?number|page_number|pagenumber|page-num)(?:\s|$)/i;

/**
 * Whether an element marks where a printed page began ("<span
 * class="pagenum">14</span>", an EPUB page break): layout of the paper
 * edition, which in the text would be a stray number in mid-sentence.
 */
function isPageNumber(element: DomElement): boolean {
  const className = element.getAttribute('class');
  if (className !== null && PAGE_NUMBER_CLASS.test(className)) return true;
  if (element.getAttribute('role') === 'doc-pagebreak') return true;
  return /(?:^|\s)pagebreak(?:\s|$)/.test(element.getAttribute('epub:type') ?? '');
}

/** Whether an element and everything in it stays out of the text. */
export function isHiddenElement(element: DomElement, name: string): boolean {
  if (HIDDEN_CONTENT.has(name)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (isPageNumber(element)) return true;
  if (name === 'dialog' && !element.hasAttribute('open')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Whether an element is laid out as a plain block: a new paragraph in flowing text, a new line inside a list item. */
export function isPlainBlock(name: string): boolean {
  return BLOCK_ELEMENTS.has(name);
}

/** A note's mark: a number, a letter or a symbol, perhaps already in brackets ("17", "[3]", "*", "†"). */
const NOTE_MARK = /^\s*(?:\[?\s*(?:\d{1,3}|[a-z]|[*†‡§¶]{1,3})\s*\]?)\s*$/iu;

/**
 * Whether a link is a reference to a note in the same document ("<a
 * href="#note17">17</a>"): its mark then stands apart in brackets, "[17]",
 * rather than run into the word before it ("Nadaillac17").
 */
export function isNoteReference(element: DomElement): boolean {
  const href = element.getAttribute('href') ?? '';
  const marked = element.getAttribute('role') === 'doc-noteref' || /(?:^|\s)noteref(?:\s|$)/.test(element.getAttribute('epub:type') ?? '');
  return (marked || href.startsWith('#')) && NOTE_MARK.test(element.textContent ?? '');
}
