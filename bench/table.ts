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
  // A row with an absolute goal and nothing to compare with is not itself a baseline.
  const unrelated = row.baseline === undefined && row.targetMs === undefined ? 'baseline' : '—';
  const ratio = row.ratio === null ? unrelated : `${row.ratio.toFixed(2)}×`;
  const goals = [
    ...(row.targetRatio === undefined ? [] : [`≤${row.targetRatio.toFixed(2)}×`]),
    ...(row.targetMs === undefined ? [] : [`≤${row.targetMs} ms`]),
  ];
  const target = goals.length === 0 ? '' : `${goals.join(', ')} ${row.targetMet ? 'met' : 'NOT met'}`;
  return [row.name, formatMs(row.median), `${formatNumber(row.min)}–${formatMs(row.max)}`, String(row.runs), ratio, target];
}

/** The results as an aligned plain-text table (also valid Markdown); a note column only when some row has a note. */
export function formatTable(results: readonly RowResult[]): string {
  const withNotes = results.some((row) => row.note !== undefined);
  const headers: string[] = withNotes ? [...HEADERS, 'note'] : [...HEADERS];
  const rows = [headers, ...results.map((row) => (withNotes ? [...cells(row), row.note ?? ''] : cells(row)))];
  const widths = headers.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
