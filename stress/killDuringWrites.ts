import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowserMode, type BrowserModeProcess } from '../src/server/testing/launchBrowserMode';
import type { AnnotationView, CardView, DocumentSummary, OpenedDocument } from '../src/shared/contract';
import { glossClient } from './glossClient';
import { WriteLedger } from './writeLedger';

type Client = ReturnType<typeof glossClient>;

/** Starts browser mode, retrying while a killed predecessor's lock is still being released. */
export async function launchWithRetry(dataDir: string, seconds = 20): Promise<BrowserModeProcess> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await launchBrowserMode(dataDir);
    } catch (error) {
      if (Date.now() > until || !/Another Gloss/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Every JSON file Gloss keeps must parse after a kill (set-aside copies excepted). */
export async function unreadableFiles(dataDir: string): Promise<string[]> {
  const bad: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) {
        try {
          JSON.parse(await readFile(path, 'utf8'));
        } catch {
          bad.push(path);
        }
      }
    }
  };
  await walk(dataDir);
  return bad;
}

/** What the disk holds now, through a fresh Gloss: notes by highlight, reviews by card, the text version acknowledged last. */
async function diskState(client: Client, dataDir: string, documentId: string, ackedVersion: number) {
  const opened = await client.must<OpenedDocument>('document:open', { id: documentId });
  const { cards } = await client.must<{ cards: CardView[] }>('cards:list', { documentId });
  const ackedVersionText = await readFile(join(dataDir, 'texts', documentId, `v${ackedVersion}.txt`), 'utf8').catch(() => null);
  return {
    highlights: new Map(opened.annotations.map((a: AnnotationView) => [a.id, a.note])),
    reps: new Map(cards.map((card) => [card.id, card.reps])),
    textVersion: opened.summary.textVersion,
    ackedVersionText,
  };
}

/**
 * One process's life: mixed writes in four lanes (new highlights, notes,
 * grades, text saves) until it is SIGKILLed at a random moment.
 */
async function writeUntilKilled(server: BrowserModeProcess, client: Client, ledger: WriteLedger, documentId: string, round: number, random: () => number): Promise<void> {
  const opened = await client.must<OpenedDocument>('document:open', { id: documentId });
  const { cards } = await client.must<{ cards: CardView[] }>('cards:list', { documentId });
  let textVersion = opened.summary.textVersion;
  const text = opened.text;
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let killed = false;
  let n = 0;
  const lane = async (): Promise<void> => {
    while (!killed) {
      const pick = random();
      const id = `ann-s${round}-${n++}`;
      const known = [...ledger.highlights.keys()];
      if (pick < 0.45 || known.length === 0) {
        const first = Math.floor(random() * (words.length - 6));
        const range = { start: words[first]!.start, end: words[first + 1 + Math.floor(random() * 5)]!.end };
        const answer = await client.call('annotation:create', { documentId, textVersion, ...range, color: 'c1', id });
        if (answer.status === 200) ledger.createAcked(id);
      } else if (pick < 0.8) {
        const target = known[Math.floor(random() * known.length)]!;
        const note = `note ${round}.${n}`;
        const index = ledger.noteSent(target, note);
        const answer = await client.call('annotation:update', { documentId, id: target, note });
        if (answer.status === 200) ledger.noteAcked(target, index);
      } else if (pick < 0.95 && cards.length > 0) {
        const card = cards[Math.floor(random() * cards.length)]!;
        const answer = await client.call('review:grade', { documentId, cardId: card.id, rating: 3 });
        if (answer.status === 200) ledger.gradeAcked(card.id);
      } else {
        const marker = `Appendix ${round}.${n}.`;
        const answer = await client.call('document:saveText', { id: documentId, baseVersion: textVersion, text: `${text}\n\n${marker}`, anchors: [] });
        if (answer.status === 200 && answer.outcome?.ok) {
          textVersion = (answer.outcome.result as { textVersion: number }).textVersion;
          ledger.textAcked(textVersion, marker);
        }
      }
    }
  };
  const lanes = [lane(), lane(), lane(), lane()];
  await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(random() * 280)));
  server.child.kill('SIGKILL');
  await new Promise((resolve) => server.child.once('exit', resolve));
  killed = true;
  await Promise.all(lanes);
}

export interface KillRunResult {
  rounds: number;
  acknowledged: number;
  problems: string[];
}

/** `rounds` SIGKILLs during mixed writes; after each, every acknowledged write must be on disk and every file readable. */
export async function killDuringWrites(dataDir: string, rounds: number, random: () => number, log: (line: string) => void): Promise<KillRunResult> {
  const ledger = new WriteLedger();
  const problems: string[] = [];
  let documentId = '';
  for (let round = 1; round <= rounds + 1; round++) {
    const server = await launchWithRetry(dataDir);
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
    await writeUntilKilled(server, client, ledger, documentId, round, random);
    if (round % 20 === 0) log(`kill ${round}/${rounds}: ${ledger.acknowledged} writes acknowledged so far, ${problems.length} problems`);
  }
  return { rounds, acknowledged: ledger.acknowledged, problems };
}
