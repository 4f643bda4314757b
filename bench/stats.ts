/** Summary of one benchmark's samples, in the samples' unit (milliseconds here). */
export interface SampleStats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of a non-empty list of samples. */
export function summarizeSamples(samples: readonly number[]): SampleStats {
  if (samples.length === 0) throw new Error('summarizeSamples needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // An even count has two middles; their mean keeps the median unbiased.
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** How a measurement compares with its baseline: median over median. */
export function ratioOf(stats: SampleStats, baseline: SampleStats): number {
  return stats.median / baseline.median;
}
