import type { CardView, OpenedDocument } from '../src/shared/contract';
import type { glossClient } from './glossClient';
import type { WriteLedger } from './writeLedger';

type Client = ReturnType<typeof glossClient>;

/**
 * Starts mixed writes to one document in `lanes` lanes at once (new highlights,
 * notes, grades, text saves) that go on until `stop()` says so, recording
 * every 200 in the ledger; resolves once they have started (the document is
 * read first), to a promise of their end. `tag` keeps highlight ids unique
 * across rounds and processes.
 */
export async function startMixedWrites(client: Client, ledger: WriteLedger, documentId: string, tag: string, random: () => number, stop: () => boolean, lanes = 4): Promise<{ done: Promise<void> }> {
  const opened = await client.must<OpenedDocument>('document:open', { id: documentId });
  const { cards } = await client.must<{ cards: CardView[] }>('cards:list', { documentId });
  let textVersion = opened.summary.textVersion;
  const text = opened.text;
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let n = 0;
  const lane = async (): Promise<void> => {
    while (!stop()) {
      const pick = random();
      const id = `ann-${tag}-${n++}`;
      const known = [...ledger.highlights.keys()];
      if (pick < 0.45 || known.length === 0) {
        const first = Math.floor(random() * (words.length - 6));
        const range = { start: words[first]!.start, end: words[first + 1 + Math.floor(random() * 5)]!.end };
        const answer = await client.call('annotation:create', { documentId, textVersion, ...range, color: 'c1', id });
        if (answer.status === 200) ledger.createAcked(id);
      } else if (pick < 0.8) {
        const target = known[Math.floor(random() * known.length)]!;
        const note = `note ${tag}.${n}`;
        const index = ledger.noteSent(target, note);
        const answer = await client.call('annotation:update', { documentId, id: target, note });
        if (answer.status === 200) ledger.noteAcked(target, index);
      } else if (pick < 0.95 && cards.length > 0) {
        const card = cards[Math.floor(random() * cards.length)]!;
        const answer = await client.call('review:grade', { documentId, cardId: card.id, rating: 3 });
        if (answer.status === 200) ledger.gradeAcked(card.id);
      } else {
        const marker = `Appendix ${tag}.${n}.`;
        const answer = await client.call('document:saveText', { id: documentId, baseVersion: textVersion, text: `${text}\n\n${marker}`, anchors: [] });
        if (answer.status === 200 && answer.outcome?.ok) {
          textVersion = (answer.outcome.result as { textVersion: number }).textVersion;
          ledger.textAcked(textVersion, marker);
        }
      }
    }
  };
  return { done: Promise.all(Array.from({ length: lanes }, lane)).then(() => undefined) };
}
