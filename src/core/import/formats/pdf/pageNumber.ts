/** "12", "- 12 -", "[12]", "Page 12", "page 12 of 300", "12 / 300", "p. 12". */
const ARABIC = /^[-–—[(\s]*(?:page|p\.|pg\.?|seite|página|pagina)?\s*\d{1,5}(?:\s*(?:of|\/|de|von|sur)\s*\d{1,5})?[-–—\])\s]*$/iu;
/** "xii", "- iv -": roman numerals as front matter is numbered. */
const ROMAN = /^[-–—[(\s]*(?=[ivxlcdm]{1,7}[-–—\])\s]*$)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})[-–—\])\s]*$/iu;

/** Whether a line is nothing but a page number, in one of the usual forms. */
export function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && (ARABIC.test(trimmed) || ROMAN.test(trimmed));
}
