import type { Browser } from '@playwright/test';
import type { GlossApp } from './glossApp';
import type { StaticSite } from './staticServer';

/** One line of the results table: the raw samples of one measurement. */
export interface BenchRow {
  name: string;
  /** Milliseconds, one per measured run (warm-up runs are already dropped). */
  samples: number[];
  /** The name of the row this one is compared with, measured in the same bench run. */
  baseline?: string;
  /** The largest ratio to the baseline that meets the goal (e.g. 0.5 for "≤0.5×"). */
  targetRatio?: number;
  /** The largest median (ms) that meets an absolute goal (e.g. 16 for "within one frame"). */
  targetMs?: number;
  /** A remark shown in the table's last column, e.g. how many results were correct. */
  note?: string;
}

/** What every suite gets: one browser, the real app and the baseline pages, all already running. */
export interface BenchContext {
  browser: Browser;
  gloss: GlossApp;
  bareTiptap: StaticSite;
  /** Progress for the person watching; stdout is kept for the table. */
  log: (message: string) => void;
}

/** A group of measurements; add one to the list in run.ts. */
export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
