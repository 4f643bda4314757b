import { join } from 'node:path';
import { readLockOwner } from '../src/core/storage/lockOwner';
import { interrupt } from '../src/server/testing/launchBrowserMode';
import type { DocumentSummary } from '../src/shared/contract';
import { diskState } from './diskState';
import { glossClient } from './glossClient';
import { killHard, launchWithRetry, sleep, startOrRefusal } from './glossProcess';
import { startMixedWrites } from './mixedWrites';
import { scaledRounds, type ScenarioResult, type StressContext } from './scenario';
import { WriteLedger } from './writeLedger';

/**
 * How long a start after kill -9 may take, from spawning it to serving: the
 * dead holder's lock must be taken at once, not after its 10 s stale time.
 * On a machine where even an ordinary start is slow, the limit is that start plus 2 s.
 */
const TAKEOVER_LIMIT_MS = 3_000;

/**
 * kill -9 a Gloss in the middle of writes, then start another on the same
 * data directory straight away: it must come up at the first attempt and
 * within the limit (the lock of a dead process is taken over, not waited
 * out), own the lock, and show every write the dead one acknowledged.
 */
export async function lockTakeover(dataDir: string, { launch, rounds, random }: StressContext): Promise<ScenarioResult> {
  const takeovers = scaledRounds(rounds, 20, 2, 10);
  const problems: string[] = [];
  const ledger = new WriteLedger();
  // An ordinary start after a clean stop, for comparison: what starting costs without any lock to take.
  await interrupt((await launch(dataDir)).child);
  let begun = Date.now();
  let gloss = await launch(dataDir);
  const ordinaryMs = Date.now() - begun;
  const limitMs = Math.max(TAKEOVER_LIMIT_MS, ordinaryMs + 2_000);
  const documentId = (await glossClient(gloss.url).must<{ documents: DocumentSummary[] }>('library:list', {})).documents[0]!.id;
  let slowestMs = 0;
  for (let round = 1; round <= takeovers; round++) {
    let killed = false;
    const writing = await startMixedWrites(glossClient(gloss.url), ledger, documentId, `t${round}`, random, () => killed);
    await sleep(50 + Math.floor(random() * 250));
    await killHard(gloss.child);
    killed = true;
    await writing.done;

    begun = Date.now();
    const outcome = await startOrRefusal(launch, dataDir);
    const tookMs = Date.now() - begun;
    if (!('started' in outcome)) {
      problems.push(`round ${round}: a start right after kill -9 was refused: ${outcome.refused.split('\n').find((line) => line.trim()) ?? outcome.refused}`);
      gloss = await launchWithRetry(launch, dataDir);
    } else {
      gloss = outcome.started;
      slowestMs = Math.max(slowestMs, tookMs);
      if (tookMs > limitMs) problems.push(`round ${round}: the start after kill -9 took ${(tookMs / 1000).toFixed(1)} s (limit ${(limitMs / 1000).toFixed(1)} s)`);
    }
    const owner = await readLockOwner(join(dataDir, 'gloss.lock.owner.json'));
    if (owner?.pid !== gloss.child.pid) problems.push(`round ${round}: the lock's owner record names pid ${owner?.pid}, not the Gloss that started (${gloss.child.pid})`);
    problems.push(...ledger.check(await diskState(glossClient(gloss.url), dataDir, documentId, ledger.text.version)).map((p) => `round ${round}: ${p}`));
  }
  await interrupt(gloss.child);
  return {
    problems,
    summary: `${takeovers} starts right after kill -9 during writes, slowest ${(slowestMs / 1000).toFixed(2)} s (limit ${(limitMs / 1000).toFixed(1)} s, an ordinary start ${(ordinaryMs / 1000).toFixed(2)} s), ${ledger.acknowledged} acknowledged writes`,
  };
}
