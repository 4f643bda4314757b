import { describe, expect, it } from 'vitest';
import { toUprightRuns } from './textRuns';

const letter = [0, 0, 612, 792];

describe('toUprightRuns', () => {
  it('takes position from the transform and size from its vertical scale', () => {
    const page = toUprightRuns([{ str: 'Hello', transform: [12, 0, 0, 12, 50, 700], width: 30 }], letter);
    expect(page).toEqual({ runs: [{ text: 'Hello', x: 50, y: 700, width: 30, size: 12 }], top: 792, bottom: 0 });
  });

  it('turns a page set sideways upright, so its lines still read top to bottom', () => {
    // Text running up the page: each next line lies further right.
    const up = (str: string, x: number) => ({ str, transform: [0, 12, -12, 0, x, 100], width: 40 });
    const { runs } = toUprightRuns([up('first', 100), up('second', 114), up('third', 128)], letter);
    expect(runs.map((r) => r.text)).toEqual(['first', 'second', 'third']);
    expect(runs[0]!.y).toBeGreaterThan(runs[1]!.y);
    expect(runs.every((r) => r.x === 100)).toBe(true);
  });

  it('leaves out text set at another angle than the page’s own (a stamp up the margin)', () => {
    const { runs } = toUprightRuns(
      [
        { str: 'Body text of the page', transform: [12, 0, 0, 12, 50, 700], width: 120 },
        { str: 'arXiv:2401.00001v1', transform: [0, 10, -10, 0, 20, 300], width: 90 },
      ],
      letter,
    );
    expect(runs.map((r) => r.text)).toEqual(['Body text of the page']);
  });
});
