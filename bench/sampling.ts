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
export async function sampleProbes(probes: readonly Probe[], options: SamplingOptions): Promise<Record<string, number[]>> {
  const warmups = options.warmups ?? 1;
  const total = warmups + options.runs;
  const samples: Record<string, number[]> = {};
  for (let round = 0; round < total; round++) {
    for (const probe of probes) {
      const values = await probe();
      if (round < warmups) continue;
      for (const [name, value] of Object.entries(values)) (samples[name] ??= []).push(value);
    }
    options.onRun?.(round + 1, total);
  }
  return samples;
}
