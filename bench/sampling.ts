import { sampleSeries } from './seriesSampling';

/** One run of a measurement: resolves with one value (ms) per named result. */
export type Probe = () => Promise<Record<string, number>>;

export interface SamplingOptions {
  /** Measured runs per probe, after the warm-up. */
  runs: number;
  /** Runs per probe that are done first and thrown away (JIT, disk and font caches). */
  warmups?: number;
  onRun?: (done: number, total: number) => void;
}

/**
 * Runs the probes round-robin rather than one series after another, so slow
 * drift on the machine (thermal, other work) hits every probe alike and the
 * ratios between them stay honest.
 */
export function sampleProbes(probes: readonly Probe[], options: SamplingOptions): Promise<Record<string, number[]>> {
  const asSeries = probes.map((probe) => async () => Object.fromEntries(Object.entries(await probe()).map(([name, value]) => [name, [value]])));
  return sampleSeries(asSeries, options);
}
