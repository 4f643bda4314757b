import type { SamplingOptions } from './sampling';

/** One run of a measurement that yields several values per name (e.g. a few key presses on one page). */
export type SeriesProbe = () => Promise<Record<string, number[]>>;

/**
 * Like sampleProbes (round-robin, warm-up rounds thrown away), for probes
 * that time several actions per page load: every value of a kept run is a
 * sample, so one page load can give many without reloading a book each time.
 */
export async function sampleSeries(probes: readonly SeriesProbe[], options: SamplingOptions): Promise<Record<string, number[]>> {
  const warmups = options.warmups ?? 1;
  const total = warmups + options.runs;
  const samples: Record<string, number[]> = {};
  for (let round = 0; round < total; round++) {
    for (const probe of probes) {
      const values = await probe();
      if (round < warmups) continue;
      for (const [name, list] of Object.entries(values)) (samples[name] ??= []).push(...list);
    }
    options.onRun?.(round + 1, total);
  }
  return samples;
}
