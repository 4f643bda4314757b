import type { PageLines } from './layoutTypes';

/** The body text's measures, against which headings and paragraph gaps are judged. */
export interface LayoutStats {
  /** The font size most characters are set in. */
  bodySize: number;
  /** The usual distance between two baselines of body text. */
  lineSpacing: number;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Measures the body text: its size (the median over characters) and its line spacing (the median gap). */
export function measureLayout(pages: PageLines[]): LayoutStats {
  const charsBySize = new Map<number, number>();
  for (const page of pages) {
    for (const flow of page.flows) {
      for (const line of flow) {
        const size = Math.round(line.size * 10) / 10;
        charsBySize.set(size, (charsBySize.get(size) ?? 0) + line.text.length);
      }
    }
  }
  const total = [...charsBySize.values()].reduce((sum, n) => sum + n, 0);
  let seen = 0;
  let bodySize = 10;
  for (const [size, chars] of [...charsBySize].sort(([a], [b]) => a - b)) {
    seen += chars;
    if (seen * 2 >= total) {
      bodySize = size;
      break;
    }
  }

  const gaps: number[] = [];
  const isBody = (size: number): boolean => Math.abs(size - bodySize) <= bodySize * 0.1;
  for (const page of pages) {
    for (const flow of page.flows) {
      for (let i = 1; i < flow.length; i++) {
        const [above, below] = [flow[i - 1]!, flow[i]!];
        const gap = above.y - below.y;
        if (isBody(above.size) && isBody(below.size) && gap > 0 && gap < 4 * bodySize) gaps.push(gap);
      }
    }
  }
  return { bodySize, lineSpacing: median(gaps) ?? bodySize * 1.2 };
}
