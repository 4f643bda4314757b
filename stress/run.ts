/**
 * `npm run test:stress`: crash, pause, race and damage Gloss on purpose and
 * check that nothing it acknowledged is lost. Prints one line per scenario
 * and a closing "N passed, N failed, N skipped" line; exits non-zero on any
 * problem. STRESS_ROUNDS (200) sets how hard each scenario pushes,
 * STRESS_SEED the random choices, and STRESS_ONLY (a word of a scenario's
 * title) runs only the scenarios whose title has it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../bench/workloads/seededRandom';
import { launchBrowserMode } from '../src/server/testing/launchBrowserMode';
import { bundleBrowserMode } from './bundleBrowserMode';
import { damagedFiles } from './damagedFiles';
import { fullDisk } from './fullDisk';
import { killHard } from './glossProcess';
import { killDuringWrites } from './killDuringWrites';
import { lockLoss } from './lockLoss';
import { lockTakeover } from './lockTakeover';
import { racingStarts } from './racingStarts';
import type { ScenarioResult, StressContext } from './scenario';

const rounds = Number(process.env['STRESS_ROUNDS'] ?? 200);
const log = (line: string): void => console.log(`[stress] ${line}`);

/** Each scenario with the words its summary line starts with; each gets a fresh temporary folder. */
const scenarios: { title: string; run: (workDir: string, context: StressContext) => Promise<ScenarioResult> }[] = [
  { title: 'SIGKILL during mixed writes', run: (workDir, context) => killDuringWrites(join(workDir, 'data'), context) },
  { title: 'full disk', run: (_workDir, context) => fullDisk(context) },
  { title: 'lock takeover after kill -9', run: (workDir, context) => lockTakeover(join(workDir, 'data'), context) },
  { title: 'lock loss (SIGSTOP past the stale time)', run: (workDir, context) => lockLoss(join(workDir, 'data'), context) },
  { title: 'two Glosses racing to start', run: (workDir, context) => racingStarts(workDir, context) },
  { title: 'damaged files of every kind', run: (workDir, context) => damagedFiles(workDir, context) },
];
const only = process.env['STRESS_ONLY'];

async function main(): Promise<void> {
  const bundle = await bundleBrowserMode();
  // Every Gloss a scenario started, so that one it left running (or paused) when it failed does not outlive it.
  const started = new Set<ChildProcess>();
  const context: StressContext = {
    launch: async (dataDir) => {
      const gloss = await launchBrowserMode(dataDir, [], { script: bundle.script });
      started.add(gloss.child);
      return gloss;
    },
    rounds,
    random: seededRandom(Number(process.env['STRESS_SEED'] ?? 7)),
    log,
  };
  const counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    for (const scenario of scenarios.filter(({ title }) => !only || title.includes(only))) {
      const workDir = await mkdtemp(join(tmpdir(), 'gloss-stress-'));
      const begun = Date.now();
      try {
        const result = await scenario.run(workDir, context);
        const seconds = ((Date.now() - begun) / 1000).toFixed(0);
        if ('skipped' in result) {
          counts.skipped++;
          log(`${scenario.title}: skipped — ${result.skipped}`);
          continue;
        }
        log(`${scenario.title}: ${result.summary}, ${result.problems.length} problems (${seconds} s)`);
        for (const problem of result.problems.slice(0, 20)) log(`  ${problem}`);
        if (result.problems.length > 20) log(`  … and ${result.problems.length - 20} more`);
        for (const gap of result.gaps ?? []) log(`  known gap: ${gap}`);
        counts[result.problems.length > 0 ? 'failed' : 'passed']++;
      } catch (error) {
        // A scenario that could not finish is a failure of its own, and the others still run.
        counts.failed++;
        log(`${scenario.title}: stopped by an error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } finally {
        for (const child of started) if (child.exitCode === null && child.signalCode === null) await killHard(child);
        started.clear();
        await rm(workDir, { recursive: true, force: true });
      }
    }
  } finally {
    await bundle.remove();
  }
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exitCode = counts.failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
