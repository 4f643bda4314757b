import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnnotationView, CardView, OpenedDocument } from '../src/shared/contract';
import type { glossClient } from './glossClient';

/**
 * What the disk holds now, read through a freshly started Gloss, in the shape
 * WriteLedger.check compares: notes by highlight, reviews by card, the
 * current text version and the text of the version acknowledged last.
 */
export async function diskState(client: ReturnType<typeof glossClient>, dataDir: string, documentId: string, ackedVersion: number) {
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
