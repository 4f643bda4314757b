import { anchorSelectors, type Anchor } from './anchorSelectors';
import type { TextSelectors } from './selectors';

/**
 * Re-anchors many annotations at once, fast. Results in input order.
 *
 * Edits shift everything after them by the same amount, so annotations are
 * visited in document order and each is first looked for where the last one
 * found has drifted to: most then match at once, and the search window
 * follows the shift instead of losing it after a few thousand characters.
 */
export function anchorAll(text: string, items: readonly TextSelectors[]): (Anchor | null)[] {
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.position.start - items[b]!.position.start);
  const anchors: (Anchor | null)[] = new Array<Anchor | null>(items.length).fill(null);
  let drift = 0;
  for (const index of order) {
    const selectors = items[index]!;
    const anchor = anchorSelectors(text, selectors, { expectedStart: selectors.position.start + drift });
    anchors[index] = anchor;
    if (anchor) drift = anchor.start - selectors.position.start;
  }
  return anchors;
}
