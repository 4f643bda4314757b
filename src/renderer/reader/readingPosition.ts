import { lastAtOrBefore } from './textMap';

/** Index of the last section whose first paragraph is at or before `paragraph`. */
export function sectionOfParagraph(sectionStarts: readonly number[], paragraph: number): number {
  return lastAtOrBefore(sectionStarts, paragraph);
}

/** First index in [0, count) whose element ends below `top`, by binary search over a sorted layout. */
function firstEndingBelow(count: number, bottomOf: (index: number) => number, top: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (bottomOf(mid) > top) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The paragraph at the top of the reader's viewport. It searches sections
 * first and paragraphs within one section, so a scroll costs a few dozen
 * layout reads even in a book of 12,000 paragraphs.
 */
export function firstVisibleParagraph(viewportTop: number, textRoot: HTMLElement, sectionStarts: readonly number[]): number {
  const at = locateFirstVisible(viewportTop, textRoot);
  return at ? (sectionStarts[at.section] ?? 0) + at.paragraph : 0;
}

/** The element of the paragraph at the top of the reader's viewport (found as firstVisibleParagraph finds it). */
export function firstVisibleParagraphElement(viewportTop: number, textRoot: HTMLElement): HTMLElement | null {
  const at = locateFirstVisible(viewportTop, textRoot);
  return at ? ((textRoot.children[at.section]!.children[at.paragraph] as HTMLElement | undefined) ?? null) : null;
}

/** Section, and paragraph within it, at the top of the viewport, as indices among the elements. */
function locateFirstVisible(viewportTop: number, textRoot: HTMLElement): { section: number; paragraph: number } | null {
  const sections = textRoot.children;
  if (sections.length === 0) return null;
  const section = firstEndingBelow(sections.length, (i) => sections[i]!.getBoundingClientRect().bottom, viewportTop);
  const paragraphs = sections[section]!.children;
  const paragraph = firstEndingBelow(paragraphs.length, (i) => paragraphs[i]!.getBoundingClientRect().bottom, viewportTop);
  return { section, paragraph };
}

/** The element of a paragraph by its index in the document, if it exists. */
export function paragraphElement(textRoot: HTMLElement, sectionStarts: readonly number[], paragraph: number): HTMLElement | null {
  const s = sectionOfParagraph(sectionStarts, paragraph);
  const section = textRoot.children[s];
  return (section?.children[paragraph - (sectionStarts[s] ?? 0)] as HTMLElement | undefined) ?? null;
}
