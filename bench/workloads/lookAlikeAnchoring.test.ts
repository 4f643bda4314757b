import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeLookAlikeCases } from './lookAlikes';
import { seededRandom } from './seededRandom';
import { anchorSelectors } from '../../src/shared/textAnchoring/anchorSelectors';
import { describeRange } from '../../src/shared/textAnchoring/selectors';
import { selectorsFor, textAt } from '../../src/shared/textAnchoring/testing';

const interview = readFileSync(new URL('../../resources/interview.txt', import.meta.url), 'utf8');
const longDocument = readFileSync(new URL('../../e2e/fixtures/long-document.txt', import.meta.url), 'utf8');

/** How many cases anchor anywhere: each one is a highlight drawn on words it was never made on. */
function falsePlacements(text: string, count: number, seed: number): { cases: number; placed: number } {
  const cases = makeLookAlikeCases(text, count, seededRandom(seed));
  const placed = cases.filter((c) => anchorSelectors(c.text, describeRange(text, c.original.start, c.original.end)) !== null).length;
  return { cases: cases.length, placed };
}

describe('re-anchoring after look-alike edits', () => {
  it('does not put a deleted passage on the nearby sentence that differs in its names (the interview’s own case)', () => {
    const selectors = selectorsFor(interview, '“Rubezh-2024”, will be conducted in Tajikistan');
    const edited = interview.slice(0, selectors.position.start) + interview.slice(selectors.position.end);
    expect(textAt(edited, anchorSelectors(edited, selectors))).toBeNull();
  });

  it('places no highlight on a changed copy of its passage in the interview', () => {
    expect(falsePlacements(interview, 150, 11)).toEqual({ cases: 150, placed: 0 });
  });

  it('places no highlight on a changed copy of its passage in a long report', () => {
    expect(falsePlacements(longDocument, 300, 12)).toEqual({ cases: 300, placed: 0 });
  });

  it('still follows a passage whose own names were edited where it stands', () => {
    const text = 'Before this, the long context sentence. The drill Rubezh will be held in Tajikistan in May. After it, another long sentence here.';
    const selectors = selectorsFor(text, 'The drill Rubezh will be held in Tajikistan in May.');
    const edited = text.replace('Tajikistan', 'Kyrgyzstan');
    expect(textAt(edited, anchorSelectors(edited, selectors))).toBe('The drill Rubezh will be held in Kyrgyzstan in May.');
  });
});
