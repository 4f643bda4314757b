import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CLOSING_MESSAGE, LOCK_LOST_MESSAGE } from '../src/core/callGate';
import { DEFAULT_LOCK_STALE_MS } from '../src/core/storage/dataDirLock';
import { interrupt, type BrowserModeProcess } from '../src/server/testing/launchBrowserMode';
import type { DocumentSummary } from '../src/shared/contract';
import { diskState } from './diskState';
import { glossClient } from './glossClient';
import { exitOf, killHard, sleep, startOrRefusal } from './glossProcess';
import { startMixedWrites } from './mixedWrites';
import { scaledRounds, type ScenarioResult, type StressContext } from './scenario';
import { WriteLedger } from './writeLedger';

/** How long a resumed Gloss that lost its lock may take to exit. */
const EXIT_WITHIN_MS = 5_000;

/** Waits until the lock, no longer refreshed by its stopped holder, is stale enough for another Gloss to take it. */
async function lockGoesStale(dataDir: string): Promise<void> {
  const refreshed = (await stat(join(dataDir, 'gloss.lock'))).mtimeMs;
  await sleep(Math.max(0, refreshed + DEFAULT_LOCK_STALE_MS + 300 - Date.now()));
}

/**
 * A client that counts the 200s it gets once `late()` is true. A write the
 * paused Gloss had under way may still be answered 200 after it resumes, if
 * it reached the disk before the pause; the ledger then finds it on disk.
 */
function watchedClient(url: string, late: () => boolean, counts: { lateAcks: number }) {
  const client = glossClient(url);
  return {
    ...client,
    call: async (method: string, params: unknown) => {
      const answer = await client.call(method, params);
      if (late() && answer.status === 200) counts.lateAcks++;
      return answer;
    },
  };
}

/**
 * Pauses a Gloss with SIGSTOP in the middle of writes, long enough for its
 * lock to go stale, starts a second one on the same data directory (which
 * must start), lets it write, then resumes the first with writes still
 * queued at it. The first must write nothing more: a write sent after it
 * resumed gets an error, it says why and exits 1, and a fresh Gloss
 * afterwards shows every write either of them acknowledged (a write the
 * first finished before the pause may be answered after it). Every other
 * round the second is idle when the first resumes, so a late write of the
 * first would not be covered by one of the second's. The survivor is paused
 * in the next round.
 */
export async function lockLoss(dataDir: string, { launch, rounds, random }: StressContext): Promise<ScenarioResult> {
  const pauses = scaledRounds(rounds, 60, 1, 3);
  const problems: string[] = [];
  const ledger = new WriteLedger();
  let first: BrowserModeProcess = await launch(dataDir);
  const documentId = (await glossClient(first.url).must<{ documents: DocumentSummary[] }>('library:list', {})).documents[0]!.id;
  await glossClient(first.url).must('cards:generate', { documentId, taskId: 'stress' });
  const counts = { lateAcks: 0, probesRefused: 0 };
  const reported = new Set<string>();
  for (let round = 1; round <= pauses; round++) {
    const say = (problem: string) => problems.push(`round ${round}: ${problem}`);
    let resumed = false;
    // Eight lanes, so that writes are queued and under way inside the first whatever the moment of the pause.
    const firstWrites = await startMixedWrites(watchedClient(first.url, () => resumed, counts), ledger, documentId, `p${round}a`, random, () => resumed, 8);
    await sleep(100 + Math.floor(random() * 300));
    first.child.kill('SIGSTOP');
    await lockGoesStale(dataDir);

    const outcome = await startOrRefusal(launch, dataDir);
    if (!('started' in outcome)) {
      say(`a second Gloss could not start once the paused one's lock was stale: ${outcome.refused}`);
      await killHard(first.child);
      await firstWrites.done;
      first = await launch(dataDir);
      continue;
    }
    const second = outcome.started;
    let secondDone = false;
    const secondWrites = await startMixedWrites(glossClient(second.url), ledger, documentId, `p${round}b`, random, () => secondDone);
    await sleep(150 + Math.floor(random() * 200));
    // Every other round, from the first, the second is idle when the first resumes, so nothing of its own would cover what the first writes late.
    const secondKeepsWriting = round % 2 === 0;
    if (!secondKeepsWriting) {
      secondDone = true;
      await secondWrites.done;
    }

    const firstExit = exitOf(first.child);
    first.child.kill('SIGCONT');
    resumed = true;
    await firstWrites.done;
    const probe = await glossClient(first.url).call('annotation:create', { documentId, textVersion: 1, start: 0, end: 5, color: 'c1', id: `ann-p${round}-probe` });
    // Refused with why, or no answer at all once it has exited; anything else is a problem.
    const refusal = probe.outcome && !probe.outcome.ok ? probe.outcome.error.message : null;
    if (probe.status === 200) say('the resumed Gloss acknowledged a write sent after it resumed');
    else if (refusal !== null && refusal !== LOCK_LOST_MESSAGE && refusal !== CLOSING_MESSAGE) say(`a write to the resumed Gloss was refused with "${refusal}", not that another Gloss took over`);
    else counts.probesRefused++;
    const code = await Promise.race([firstExit, sleep(EXIT_WITHIN_MS).then(() => 'still running' as const)]);
    if (code !== 1) say(`the resumed Gloss ${code === 'still running' ? `was still running ${EXIT_WITHIN_MS / 1000} s later` : `exited with ${code}, not 1`}`);
    if (!first.output().includes(LOCK_LOST_MESSAGE)) say(`the resumed Gloss did not say why it stopped; it printed:\n${first.output()}`);
    await killHard(first.child);

    // The second stops the ordinary way (after writing on a little, where it was writing).
    await sleep(100);
    secondDone = true;
    await secondWrites.done;
    const secondCode = await interrupt(second.child);
    if (secondCode !== 0) say(`the second Gloss exited with ${secondCode} on Ctrl+C`);

    first = await launch(dataDir);
    // A loss stays in the ledger's findings every round after; it is reported in the round it happened.
    for (const found of ledger.check(await diskState(glossClient(first.url), dataDir, documentId, ledger.text.version))) {
      if (!reported.has(found)) say(found);
      reported.add(found);
    }
  }
  await interrupt(first.child);
  return {
    problems,
    summary:
      `${pauses} pauses past the ${DEFAULT_LOCK_STALE_MS / 1000} s stale time with a second Gloss taking over, ` +
      `${counts.probesRefused} writes sent after resuming refused, ${counts.lateAcks} under way at the pause answered 200 after it, ` +
      `${ledger.acknowledged} acknowledged writes`,
  };
}
