import type { RowResult } from './results';

const HEADERS = ['Benchmark', 'median', 'min–max', 'runs', 'vs baseline', 'target'] as const;

/** A duration with precision that suits its size: "612 ms", "41.3 ms", "3.42 ms". */
export function formatMs(ms: number): string {
  return `${formatNumber(ms)} ms`;
}

function formatNumber(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

function cells(row: RowResult): string[] {
  const ratio = row.ratio === null ? (row.baseline === undefined ? 'baseline' : '—') : `${row.ratio.toFixed(2)}×`;
  const target =
    row.targetRatio === undefined ? '' : `≤${row.targetRatio.toFixed(2)}× ${row.targetMet ? 'met' : 'NOT met'}`;
  return [row.name, formatMs(row.median), `${formatNumber(row.min)}–${formatMs(row.max)}`, String(row.runs), ratio, target];
}

/** The results as an aligned plain-text table (also valid Markdown). */
export function formatTable(results: readonly RowResult[]): string {
  const rows = [[...HEADERS], ...results.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
