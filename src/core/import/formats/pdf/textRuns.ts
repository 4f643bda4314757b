import type { TextRun } from './layoutTypes';

/** The part of a pdfjs text item the layout uses. */
export interface RawTextItem {
  str: string;
  /** [a, b, c, d, e, f]: the text matrix times the page's transform. */
  transform: number[];
  width: number;
}

/** A page's text runs, turned upright, and the page's vertical extent in the same turned space. */
export interface UprightPage {
  runs: TextRun[];
  top: number;
  bottom: number;
}

/** Quarter turns (0–3) of a run's baseline direction, counter-clockwise. */
function quarterTurns(transform: number[]): number {
  const angle = Math.atan2(transform[1] ?? 0, transform[0] ?? 1);
  return (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4);
}

/** Turns a point clockwise by `quarters` quarter turns, undoing the text's rotation. */
function turnBack(x: number, y: number, quarters: number): [number, number] {
  switch (quarters) {
    case 1: return [y, -x];
    case 2: return [-x, -y];
    case 3: return [-y, x];
    default: return [x, y];
  }
}

/**
 * Makes upright runs of a page's text items. Only runs in the page's main
 * direction are kept: text set at another angle (an arXiv stamp up the
 * margin, a rotated table label) is not part of the reading flow.
 */
export function toUprightRuns(items: RawTextItem[], view: number[]): UprightPage {
  const charsByTurn = [0, 0, 0, 0];
  const turns = items.map((item) => quarterTurns(item.transform));
  items.forEach((item, i) => { charsByTurn[turns[i] ?? 0]! += item.str.trim().length; });
  const main = charsByTurn.indexOf(Math.max(...charsByTurn));

  const runs: TextRun[] = [];
  items.forEach((item, i) => {
    if (turns[i] !== main || item.str.length === 0) return;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const [x, y] = turnBack(e, f, main);
    runs.push({ text: item.str, x, y, width: Math.abs(item.width), size });
  });

  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = view;
  const corners = [turnBack(x0, y0, main), turnBack(x1, y1, main)];
  const ys = corners.map(([, y]) => y);
  return { runs, top: Math.max(...ys), bottom: Math.min(...ys) };
}
