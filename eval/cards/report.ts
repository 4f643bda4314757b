import type { Counts } from './score';

const COLUMNS = ['', 'texts', 'cards', 'good', 'trivial', 'broken', 'unlabelled', 'recall', 'QA share', 'checker', 'ms'] as const;

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

/** One row of the printed table: a text or a group, its counts as rates. */
export function tableRow(name: string, counts: Counts): string[] {
  return [
    name,
    String(counts.texts),
    String(counts.cards),
    percent(counts.good, counts.cards),
    percent(counts.trivial, counts.cards),
    percent(counts.broken, counts.cards),
    percent(counts.unlabelled, counts.cards),
    counts.goldFacts === 0 ? '–' : `${(counts.recalled / counts.goldFacts).toFixed(2)} (${counts.recalled}/${counts.goldFacts})`,
    percent(counts.qa, counts.cards),
    percent(counts.flagged, counts.cards),
    counts.ms < 10 ? counts.ms.toFixed(1) : String(Math.round(counts.ms)),
  ];
}

/** Lays rows out as a plain-text table: names left-aligned, numbers right-aligned, a rule under the header and before each block. */
export function formatTable(blocks: readonly (readonly string[][])[]): string {
  const rows = blocks.flat();
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: readonly string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(COLUMNS), ...blocks.flatMap((block) => [rule, ...block.map(line)])].join('\n');
}
