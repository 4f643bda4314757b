import type { TextLine } from './layoutTypes';

/** A gutter is searched for in the middle of the text's width only (as fractions of it). */
const GUTTER_ZONE = [0.25, 0.75] as const;
/** Lines allowed to cross the gutter (a title, a figure caption), as a share of all lines. */
const CROSSING_SHARE = 0.2;
/** Each column needs at least this many lines for the page to count as two columns. */
const MIN_COLUMN_LINES = 3;

/** The gutter between two columns, as an empty vertical strip [from, to]. */
export interface Gutter {
  from: number;
  to: number;
}

/** The widest run of strips in the zone covered by at most `crossing` lines, if at least `minWidth` wide. */
function widestStrip(cover: Int32Array, [start, end]: readonly [number, number], crossing: number, minWidth: number): Gutter | undefined {
  let best: Gutter | undefined;
  let from = -1;
  for (let i = start; i <= end; i++) {
    const open = i < end && cover[i]! <= crossing;
    if (open && from < 0) from = i;
    if (!open && from >= 0) {
      if (i - from >= minWidth && (!best || i - from > best.to - best.from)) best = { from, to: i };
      from = -1;
    }
  }
  return best;
}

/**
 * Finds the widest vertical strip in the middle of the page that (almost) no
 * line crosses, with enough lines on either side to be two columns.
 */
export function findGutter(lines: TextLine[]): Gutter | undefined {
  if (lines.length < 2 * MIN_COLUMN_LINES) return undefined;
  const left = Math.min(...lines.map((line) => line.x));
  const width = Math.max(...lines.map((line) => line.right)) - left;
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const minWidth = Math.max(6, 0.5 * (sizes[Math.floor(sizes.length / 2)] ?? 10));
  if (width < 4 * minWidth) return undefined;

  // How many lines cover each point-wide strip of the page.
  const cover = new Int32Array(Math.ceil(width) + 1);
  for (const line of lines) {
    for (let i = Math.floor(line.x - left); i < Math.ceil(line.right - left); i++) cover[i]!++;
  }
  // The emptiest strip wins: lines crossing it are tolerated only if no cleaner strip exists.
  const allowed = Math.floor(lines.length * CROSSING_SHARE);
  const zone = [Math.floor(width * GUTTER_ZONE[0]), Math.ceil(width * GUTTER_ZONE[1])] as const;
  let best: Gutter | undefined;
  for (let crossing = 0; crossing <= allowed && !best; crossing++) {
    best = widestStrip(cover, zone, crossing, minWidth);
  }
  if (!best) return undefined;
  const gutter = { from: left + best.from, to: left + best.to };
  const leftCount = lines.filter((line) => line.right <= gutter.from + 1).length;
  const rightCount = lines.filter((line) => line.x >= gutter.to - 1).length;
  return leftCount >= MIN_COLUMN_LINES && rightCount >= MIN_COLUMN_LINES ? gutter : undefined;
}

/** Joins lines of one flow that sit on one baseline (cells split at a tab stop) back into one. */
function mergeSameBaseline(flow: TextLine[]): TextLine[] {
  const merged: TextLine[] = [];
  for (const line of flow) {
    const last = merged.at(-1);
    if (last && Math.abs(last.y - line.y) < 0.01 && line.x >= last.right) {
      merged[merged.length - 1] = { ...last, text: `${last.text} ${line.text}`, right: line.right };
    } else {
      merged.push(line);
    }
  }
  return merged;
}

/**
 * Puts a page's lines (top to bottom) in reading order as flows. With a
 * gutter, each stretch of two-column text is read left column first; lines
 * that cross the gutter (a title, a footer) break the stretch and form flows
 * of their own.
 */
export function orderColumns(lines: TextLine[]): TextLine[][] {
  const gutter = findGutter(lines);
  if (!gutter) return [mergeSameBaseline(lines)];
  const flows: TextLine[][] = [];
  let leftColumn: TextLine[] = [];
  let rightColumn: TextLine[] = [];
  let fullWidth: TextLine[] = [];
  const flush = (): void => {
    for (const flow of [fullWidth, leftColumn, rightColumn]) if (flow.length > 0) flows.push(mergeSameBaseline(flow));
    fullWidth = [];
    leftColumn = [];
    rightColumn = [];
  };
  for (const line of lines) {
    const isLeft = line.right <= gutter.from + 1;
    if (isLeft || line.x >= gutter.to - 1) {
      if (fullWidth.length > 0) flush();
      (isLeft ? leftColumn : rightColumn).push(line);
    } else {
      if (leftColumn.length > 0 || rightColumn.length > 0) flush();
      fullWidth.push(line);
    }
  }
  flush();
  return flows;
}
