import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { readLockOwner } from '../src/core/storage/lockOwner';
import { interrupt, type BrowserModeProcess } from '../src/server/testing/launchBrowserMode';
import type { DocumentSummary } from '../src/shared/contract';
import { diskState } from './diskState';
import { glossClient } from './glossClient';
import { exitOf, killHard, sleep, startOrRefusal } from './glossProcess';
import { startMixedWrites } from './mixedWrites';
import { scaledRounds, type ScenarioResult, type StressContext } from './scenario';
import { WriteLedger } from './writeLedger';

/** What the loser of a race must say (DataDirLockedError's message). */
const REFUSAL = /Another Gloss is already using the data directory/;
/** Rounds on one data directory before the next race starts on a fresh one (where both try the first-launch seeding). */
const ROUNDS_PER_DIRECTORY = 5;

/** What a race starts against: no directory yet, a lock released with Ctrl+C, or the lock of a winner killed with -9. */
type StartingPoint = 'fresh' | 'ctrl-c' | 'kill -9';

/**
 * Two Glosses started at the same moment on one data directory, many
 * rounds: on a fresh directory, after the last one stopped with Ctrl+C, and
 * after it was killed with -9 (both then see a dead holder's lock). Exactly
 * one may start and own the lock; the other must refuse with "Another Gloss
 * is already using…" and exit 1. Mixed writes go to the winner, and the next
 * race's winner must show every one it acknowledged.
 */
export async function racingStarts(workDir: string, { launch, rounds, random }: StressContext): Promise<ScenarioResult> {
  const races = scaledRounds(rounds, 10, 3, 20);
  const problems: string[] = [];
  const startingPoints: Record<StartingPoint, number> = { fresh: 0, 'ctrl-c': 0, 'kill -9': 0 };
  let startingPoint: StartingPoint = 'fresh';
  let acknowledged = 0;
  let dataDir = '';
  let ledger = new WriteLedger();
  let documentId = '';
  /** The writes of a directory's last race, checked by one more start of its own before the directory is left. */
  const checkLastRace = async (): Promise<void> => {
    const gloss = await launch(dataDir);
    problems.push(...ledger.check(await diskState(glossClient(gloss.url), dataDir, documentId, ledger.text.version)).map((p) => `after the last race on directory ${startingPoints.fresh}: ${p}`));
    await interrupt(gloss.child);
  };
  for (let round = 1; round <= races; round++) {
    const say = (problem: string) => problems.push(`race ${round}: ${problem}`);
    if ((round - 1) % ROUNDS_PER_DIRECTORY === 0) {
      if (documentId) await checkLastRace();
      dataDir = join(await mkdtemp(join(workDir, 'race-')), 'data');
      acknowledged += ledger.acknowledged;
      ledger = new WriteLedger();
      documentId = '';
      startingPoint = 'fresh';
    }
    startingPoints[startingPoint]++;
    const outcomes = await Promise.all([startOrRefusal(launch, dataDir), startOrRefusal(launch, dataDir)]);
    const winners = outcomes.flatMap((outcome) => ('started' in outcome ? [outcome.started] : []));
    for (const outcome of outcomes) {
      if ('refused' in outcome && !(REFUSAL.test(outcome.refused) && /exited with code 1\b/.test(outcome.refused))) {
        say(`the loser did not refuse with "Another Gloss is already using…" and exit 1: ${outcome.refused}`);
      }
    }
    if (winners.length !== 1) {
      say(winners.length === 0 ? 'neither Gloss started' : 'both Glosses started on the same data directory');
      for (const winner of winners) await killHard(winner.child);
      continue;
    }
    const winner = winners[0]!;
    await checkOwnership(winner, dataDir, say);
    const client = glossClient(winner.url);
    const { documents } = await client.must<{ documents: DocumentSummary[] }>('library:list', {});
    if (!documentId) {
      // Both raced to seed the first launch: the interview must be there once.
      if (documents.length !== 1) say(`a fresh library holds ${documents.length} documents after the race, not the one interview`);
      documentId = documents[0]!.id;
      await client.must('cards:generate', { documentId, taskId: 'stress' });
    } else {
      problems.push(...ledger.check(await diskState(client, dataDir, documentId, ledger.text.version)).map((p) => `race ${round}: ${p}`));
    }
    let done = false;
    const writing = await startMixedWrites(client, ledger, documentId, `r${round}`, random, () => done);
    await sleep(150 + Math.floor(random() * 250));
    startingPoint = random() < 0.5 ? 'ctrl-c' : 'kill -9';
    if (startingPoint === 'kill -9') await killHard(winner.child);
    else {
      done = true;
      await writing.done;
      const code = await interrupt(winner.child);
      if (code !== 0) say(`the winner exited with ${code} on Ctrl+C`);
    }
    done = true;
    await writing.done;
  }
  if (documentId) await checkLastRace();
  acknowledged += ledger.acknowledged;
  return {
    problems,
    summary: `${races} races of two starts (${startingPoints.fresh} on a fresh directory, ${startingPoints['ctrl-c']} after Ctrl+C, ${startingPoints['kill -9']} after kill -9), ${acknowledged} acknowledged writes`,
  };
}

/** The winner holds the lock: the owner record names it, and it is still running. */
async function checkOwnership(winner: BrowserModeProcess, dataDir: string, say: (problem: string) => void): Promise<void> {
  const owner = await readLockOwner(join(dataDir, 'gloss.lock.owner.json'));
  if (owner?.pid !== winner.child.pid) say(`the lock's owner record names pid ${owner?.pid}, not the Gloss that started (${winner.child.pid})`);
  if (winner.child.exitCode !== null) say(`the winner exited at once (${await exitOf(winner.child)})`);
}
