import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ratioOf, summarizeSamples, type SampleStats } from './stats';
import type { BenchRow } from './suite';

/** A row with its statistics and, where it has a baseline, how it compares. */
export interface RowResult extends BenchRow, SampleStats {
  /** Median over the baseline's median; null without a baseline. */
  ratio: number | null;
  /** Whether the ratio meets targetRatio and the median targetMs (those that are set); null without a target. */
  targetMet: boolean | null;
}

/** Computes every row's statistics and its ratio to a baseline from the same list. */
export function evaluateRows(rows: readonly BenchRow[]): RowResult[] {
  const stats = new Map(rows.map((row) => [row.name, summarizeSamples(row.samples)]));
  return rows.map((row) => {
    const own = stats.get(row.name)!;
    const baseline = row.baseline === undefined ? undefined : stats.get(row.baseline);
    if (row.baseline !== undefined && !baseline) throw new Error(`Row "${row.name}" names a missing baseline "${row.baseline}".`);
    const ratio = baseline ? ratioOf(own, baseline) : null;
    const ratioMet = ratio !== null && row.targetRatio !== undefined ? ratio <= row.targetRatio : null;
    const msMet = row.targetMs !== undefined ? own.median <= row.targetMs : null;
    const targetMet = ratioMet === null ? msMet : msMet === null ? ratioMet : ratioMet && msMet;
    return { ...row, ...own, ratio, targetMet };
  });
}

/** Writes the results with what they were measured on, for comparing runs later. */
export async function writeResults(path: string, results: readonly RowResult[], environment: Record<string, string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const body = { measuredAt: new Date().toISOString(), environment, unit: 'ms', rows: results };
  await writeFile(path, `${JSON.stringify(body, null, 2)}\n`);
}
