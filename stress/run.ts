/**
 * `npm run test:stress`: crash Gloss on purpose and check that nothing it
 * acknowledged is lost. Prints one line per scenario and a closing
 * "N passed, N failed" line; exits non-zero on any loss.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../bench/workloads/seededRandom';
import { fullDisk } from './fullDisk';
import { killDuringWrites } from './killDuringWrites';

const rounds = Number(process.env['STRESS_ROUNDS'] ?? 200);
const log = (line: string): void => console.log(`[stress] ${line}`);

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-stress-'));
  let failed = 0;
  let passed = 0;
  let skipped = 0;
  try {
    const started = Date.now();
    const result = await killDuringWrites(dataDir, rounds, seededRandom(Number(process.env['STRESS_SEED'] ?? 7)), log);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    log(`SIGKILL during mixed writes: ${result.rounds} kills, ${result.acknowledged} acknowledged writes, ${result.problems.length} lost or unreadable (${seconds} s)`);
    for (const problem of result.problems.slice(0, 20)) log(`  ${problem}`);
    if (result.problems.length > 0) failed++;
    else passed++;

    const disk = await fullDisk();
    if ('skipped' in disk) {
      skipped++;
      log(`full disk: skipped — ${disk.skipped}`);
    } else {
      log(`full disk: ${disk.summary}, ${disk.problems.length} problems`);
      for (const problem of disk.problems) log(`  ${problem}`);
      if (disk.problems.length > 0) failed++;
      else passed++;
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
