import { describe, expect, it } from 'vitest';
import { column, line } from './layoutFixtures';
import { findGutter, orderColumns } from './orderColumns';

const left = column(['Left one', 'Left two', 'Left three', 'Left four'], 50, 700);
const right = column(['Right one', 'Right two', 'Right three', 'Right four'], 320, 700);
const byBaseline = (lines: ReturnType<typeof column>) => [...lines].sort((a, b) => b.y - a.y || a.x - b.x);

describe('orderColumns', () => {
  it('reads the left column fully before the right one', () => {
    const flows = orderColumns(byBaseline([...left, ...right]));
    expect(flows.map((flow) => flow.map((l) => l.text))).toEqual([
      ['Left one', 'Left two', 'Left three', 'Left four'],
      ['Right one', 'Right two', 'Right three', 'Right four'],
    ]);
  });

  it('reads a full-width title above the columns first and a full-width line below them last', () => {
    const title = line('A title that runs right across both of the columns', 50, 740);
    const footer = line('A closing line that also spans the whole page width', 50, 600);
    const flows = orderColumns(byBaseline([title, ...left, ...right, footer]));
    expect(flows.map((flow) => flow[0]!.text)).toEqual([title.text, 'Left one', 'Right one', footer.text]);
  });

  it('keeps a single column as one flow, ragged right edge and all', () => {
    const lines = column(['A long line of body text that fills the measure', 'short', 'Another long line of body text here too', 'end.'], 50, 700);
    expect(findGutter(lines)).toBeUndefined();
    expect(orderColumns(lines)).toEqual([lines]);
  });

  it('does not take a few short lines on one side for a column', () => {
    const lines = [...left, line('Right one', 320, 700)].sort((a, b) => b.y - a.y);
    expect(findGutter(lines)).toBeUndefined();
  });

  it('joins cells split at a tab stop back into one line when there are no columns', () => {
    const lines = [line('Name:', 50, 700), line('Ada Lovelace', 150, 700), line('Born:', 50, 686), line('1815', 150, 686)];
    expect(orderColumns(lines)[0]!.map((l) => l.text)).toEqual(['Name: Ada Lovelace', 'Born: 1815']);
  });
});
