import { describe, expect, it } from 'vitest';
import { anchorAll } from './anchorAll';
import { anchorSelectors } from './anchorSelectors';
import { describeRange } from './selectors';
import { pseudoText, textAt } from './testing';

const text = pseudoText(8_000);

/** Quotes of about 40 characters spread evenly over the text, starting at word boundaries. */
function spreadQuotes(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const start = text.indexOf(' ', Math.floor((i * text.length) / count)) + 1;
    return describeRange(text, start, start + 40);
  });
}

describe('anchorAll', () => {
  it('returns the anchors in input order, whatever the order of the stored positions', () => {
    const items = spreadQuotes(20).reverse();
    const anchors = anchorAll(text, items);
    expect(anchors.map((anchor) => anchor?.start)).toEqual(items.map((item) => item.position.start));
  });

  it('follows a shift larger than the search window: a whole-text search once, then the drift', () => {
    const items = spreadQuotes(50);
    const edited = `${pseudoText(2_000, 7)}\n\n${text}`;
    const shift = edited.length - text.length;
    expect(shift).toBeGreaterThan(8_000);
    const anchors = anchorAll(edited, items);
    expect(anchors.map((anchor) => anchor?.start)).toEqual(items.map((item) => item.position.start + shift));
    expect(anchors[0]?.method).toBe('exact');
    expect(anchors.slice(1).every((anchor) => anchor?.method === 'position')).toBe(true);
  });

  it('keeps following the drift past an orphan and a quote edited inside', () => {
    const items = spreadQuotes(10);
    const orphan = items[3]!.quote.exact;
    const edited = `Inserted words. ${text.replace(orphan, '').replace(items[6]!.quote.exact, items[6]!.quote.exact.replace(' ', ' extra '))}`;
    const anchors = anchorAll(edited, items);
    expect(anchors[3]).toBeNull();
    expect(anchors[6]?.method).toBe('fuzzy');
    expect(textAt(edited, anchors[6]!)).toBe(items[6]!.quote.exact.replace(' ', ' extra '));
    items.forEach((item, i) => {
      if (i !== 3 && i !== 6) expect(textAt(edited, anchors[i]!)).toBe(item.quote.exact);
    });
  });

  it('gives the same anchors as anchoring one by one', () => {
    const items = spreadQuotes(30);
    const edited = text.replace(/ /g, (space, offset: number) => (offset % 997 === 0 ? '  ' : space));
    expect(anchorAll(edited, items).map((a) => textAt(edited, a))).toEqual(items.map((item) => textAt(edited, anchorSelectors(edited, item))));
  });

  it('returns nothing for no annotations', () => {
    expect(anchorAll(text, [])).toEqual([]);
  });
});
