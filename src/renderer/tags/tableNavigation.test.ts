import { describe, expect, it } from 'vitest';
import { firstCell, nextCell } from './tableNavigation';

// Three tags by "All" and two documents; false is a cell with no highlights.
const present = [
  [true, true, false],
  [true, false, true],
  [true, false, false],
];

describe('arrow keys in the tag × document table', () => {
  it('moves one cell at a time, passing over empty cells, and stops at the edges', () => {
    expect(nextCell(present, { row: 0, col: 0 }, 'ArrowRight')).toEqual({ row: 0, col: 1 });
    expect(nextCell(present, { row: 0, col: 1 }, 'ArrowRight')).toBeNull();
    expect(nextCell(present, { row: 0, col: 1 }, 'ArrowDown')).toBeNull();
    expect(nextCell(present, { row: 1, col: 0 }, 'ArrowRight')).toEqual({ row: 1, col: 2 });
    expect(nextCell(present, { row: 2, col: 0 }, 'ArrowUp')).toEqual({ row: 1, col: 0 });
    expect(nextCell(present, { row: 0, col: 0 }, 'ArrowLeft')).toBeNull();
  });

  it('Home and End go to the ends of the row, with Ctrl to the ends of the table', () => {
    expect(nextCell(present, { row: 1, col: 2 }, 'Home')).toEqual({ row: 1, col: 0 });
    expect(nextCell(present, { row: 1, col: 0 }, 'End')).toEqual({ row: 1, col: 2 });
    expect(nextCell(present, { row: 1, col: 2 }, 'Home', true)).toEqual({ row: 0, col: 0 });
    expect(nextCell(present, { row: 0, col: 0 }, 'End', true)).toEqual({ row: 2, col: 0 });
  });

  it('ignores other keys, and a table with no counts has no first cell', () => {
    expect(nextCell(present, { row: 0, col: 0 }, 'a')).toBeNull();
    expect(firstCell([[false], [false]])).toBeNull();
    expect(firstCell(present)).toEqual({ row: 0, col: 0 });
  });
});
