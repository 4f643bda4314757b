import type { DocumentSummary } from '../src/shared/contract';
import { diskState } from './diskState';
import { glossClient } from './glossClient';
import { launchWithRetry } from './glossProcess';
import { startMixedWrites } from './mixedWrites';
import type { ScenarioResult, StressContext } from './scenario';
import { unreadableFiles } from './unreadableFiles';
import { WriteLedger } from './writeLedger';

/**
 * `rounds` SIGKILLs during mixed writes (highlights, notes, grades, text
 * saves) at a random moment each; after each, a fresh Gloss must show every
 * acknowledged write and every file must parse.
 */
export async function killDuringWrites(dataDir: string, { launch, rounds, random, log }: StressContext): Promise<ScenarioResult> {
  const ledger = new WriteLedger();
  const problems: string[] = [];
  let documentId = '';
  for (let round = 1; round <= rounds + 1; round++) {
    const server = await launchWithRetry(launch, dataDir);
    const client = glossClient(server.url);
    if (!documentId) {
      documentId = (await client.must<{ documents: DocumentSummary[] }>('library:list', {})).documents[0]!.id;
      await client.must('cards:generate', { documentId, taskId: 'stress' });
    } else {
      const found = ledger.check(await diskState(client, dataDir, documentId, ledger.text.version)).map((p) => `after kill ${round - 1}: ${p}`);
      const unreadable = (await unreadableFiles(dataDir)).map((p) => `after kill ${round - 1}: unreadable file ${p}`);
      problems.push(...found, ...unreadable);
    }
    if (round > rounds) {
      server.child.kill('SIGKILL');
      break;
    }
    let killed = false;
    const writing = await startMixedWrites(client, ledger, documentId, `s${round}`, random, () => killed);
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(random() * 280)));
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    killed = true;
    await writing.done;
    if (round % 20 === 0) log(`kill ${round}/${rounds}: ${ledger.acknowledged} writes acknowledged so far, ${problems.length} problems`);
  }
  return { problems, summary: `${rounds} kills, ${ledger.acknowledged} acknowledged writes` };
}
