import type { DomDocument, DomElement } from './domTypes';

/*
 * A book's HTML (Project Gutenberg's, an EPUB's chapters) carries the
 * apparatus of its printed edition: the number of each printed page, and
 * the marks of its notes. In the text they would read as stray numbers in
 * mid-sentence ("Veragua, Panama, and 14 the South American continent",
 * "a suggestion of Nadaillac17"). They are tidied before anything else
 * reads the page: Readability drops the classes that name them.
 */

/** Classes that mark a printed page's number (Gutenberg's "pagenum", and the like). */
const PAGE_NUMBER_CLASS = /(?:^|\s)(?:pagenum|pageno|page-?number|page_number|page-num)(?:\s|$)/i;
/** A note's mark: a number, a letter or a symbol, perhaps already in brackets ("17", "[3]", "*", "†"). */
const NOTE_MARK = /^\s*\[?\s*(?:\d{1,3}|[a-z]|[*†‡§¶]{1,3})\s*\]?\s*$/iu;

/** Removes printed page numbers and sets each note's mark apart in brackets ("Nadaillac[17]"). Changes `document`. */
export function tidyPrintApparatus(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll('*'))) {
    if (isPageNumber(element)) element.remove();
    else if (isNoteReference(element)) bracketMark(element);
  }
}

/** Whether an element marks where a printed page began: "<span class="pagenum">14</span>", an EPUB page break. */
function isPageNumber(element: DomElement): boolean {
  const className = element.getAttribute('class');
  if (className !== null && PAGE_NUMBER_CLASS.test(className)) return true;
  if (element.getAttribute('role') === 'doc-pagebreak') return true;
  return /(?:^|\s)pagebreak(?:\s|$)/.test(element.getAttribute('epub:type') ?? '');
}

/** Whether an element is a reference to a note in the same document: "<a href="#note17">17</a>", an EPUB noteref. */
function isNoteReference(element: DomElement): boolean {
  const marked = element.getAttribute('role') === 'doc-noteref' || /(?:^|\s)noteref(?:\s|$)/.test(element.getAttribute('epub:type') ?? '');
  const internal = element.localName.toLowerCase() === 'a' && (element.getAttribute('href') ?? '').startsWith('#');
  return (marked || internal) && NOTE_MARK.test(element.textContent ?? '');
}

function bracketMark(element: DomElement): void {
  const mark = (element.textContent ?? '').trim();
  if (!mark.startsWith('[')) element.textContent = `[${mark}]`;
}
