import type { BrowserModeProcess } from '../src/server/testing/launchBrowserMode';

/** Starts a real Gloss in browser mode on a data directory and waits until it serves. */
export type Launch = (dataDir: string) => Promise<BrowserModeProcess>;

/**
 * What a scenario found: problems as sentences and a line of counts, or why
 * it could not run here. `gaps` are losses Gloss is known not to prevent yet:
 * listed with every run, without failing it, until they are fixed.
 */
export type ScenarioResult = { skipped: string } | { problems: string[]; gaps?: string[]; summary: string };

/** What every scenario is given by stress/run.ts. */
export interface StressContext {
  launch: Launch;
  /** STRESS_ROUNDS: how hard to push (200 by default); each scenario scales its own rounds from it. */
  rounds: number;
  random: () => number;
  /** Prints a progress line. */
  log: (line: string) => void;
}

/** A number of rounds derived from STRESS_ROUNDS, kept within what the time budget allows. */
export function scaledRounds(rounds: number, divisor: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(rounds / divisor)));
}
