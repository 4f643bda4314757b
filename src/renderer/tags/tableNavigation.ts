/**
 * Arrow keys in the tag × document table, as a pure function over which
 * cells hold a count (an empty cell has nothing to press, so it is passed
 * over). One cell of the table is in the Tab order at a time; the arrows,
 * Home, End, Ctrl+Home and Ctrl+End move between the others, as in a grid.
 */

/** A cell by row and column, columns counted from the "All" column. */
export interface CellPosition {
  row: number;
  col: number;
}

/** The first cell, reading row by row, that holds a count; null when none does. */
export function firstCell(present: readonly (readonly boolean[])[]): CellPosition | null {
  for (let row = 0; row < present.length; row++) {
    const col = present[row]!.indexOf(true);
    if (col >= 0) return { row, col };
  }
  return null;
}

/** The last cell, reading row by row, that holds a count. */
function lastCell(present: readonly (readonly boolean[])[]): CellPosition | null {
  for (let row = present.length - 1; row >= 0; row--) {
    const col = present[row]!.lastIndexOf(true);
    if (col >= 0) return { row, col };
  }
  return null;
}

/** Steps from `from` by (dRow, dCol) until a cell with a count, or null at the table's edge. */
function step(present: readonly (readonly boolean[])[], from: CellPosition, dRow: number, dCol: number): CellPosition | null {
  let { row, col } = from;
  for (;;) {
    row += dRow;
    col += dCol;
    if (row < 0 || row >= present.length || col < 0 || col >= (present[row]?.length ?? 0)) return null;
    if (present[row]![col]) return { row, col };
  }
}

/** Where a key moves the focus from `from`; null when the key is not a table key or there is nowhere to go. */
export function nextCell(present: readonly (readonly boolean[])[], from: CellPosition, key: string, ctrl = false): CellPosition | null {
  switch (key) {
    case 'ArrowDown':
      return step(present, from, 1, 0);
    case 'ArrowUp':
      return step(present, from, -1, 0);
    case 'ArrowRight':
      return step(present, from, 0, 1);
    case 'ArrowLeft':
      return step(present, from, 0, -1);
    case 'Home':
      return ctrl ? firstCell(present) : step(present, { row: from.row, col: -1 }, 0, 1);
    case 'End':
      return ctrl ? lastCell(present) : step(present, { row: from.row, col: present[from.row]?.length ?? 0 }, 0, -1);
    default:
      return null;
  }
}
