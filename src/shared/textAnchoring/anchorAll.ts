import { anchorInText, type Anchor } from './anchorSelectors';
import type { TextSelectors } from './selectors';
import { searchTextAdaptively } from './wholeTextSearch';

/**
 * Re-anchors many annotations at once, fast. Results in input order.
 *
 * Edits shift everything after them by the same amount, so annotations are
 * visited in document order and each is first looked for where the last one
 * found has drifted to: most then match at once, and the search window
 * follows the shift instead of losing it after a few thousand characters.
 * When many need the whole text, it is indexed once for all of them.
 */
export function anchorAll(text: string, items: readonly TextSelectors[]): (Anchor | null)[] {
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.position.start - items[b]!.position.start);
  const anchors: (Anchor | null)[] = new Array<Anchor | null>(items.length).fill(null);
  const search = searchTextAdaptively(text);
  let drift = 0;
  for (const index of order) {
    const selectors = items[index]!;
    const anchor = anchorInText(search, selectors, { expectedStart: selectors.position.start + drift });
    anchors[index] = anchor;
    if (anchor) drift = anchor.start - selectors.position.start;
  }
  return anchors;
}
