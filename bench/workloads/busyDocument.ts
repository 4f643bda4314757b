import { appendFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GradeLogEntry } from '../../src/core/cards/reviewLog';
import { reviewLogPath } from '../../src/core/cards/reviewLog';
import { gradeSchedule, newSchedule } from '../../src/core/cards/scheduling';
import type { StoredCard } from '../../src/core/cards/storedCard';
import { openDataDir } from '../../src/core/openCore';
import { seedAnnotations } from '../../src/core/testing/seedAnnotations';
import { seedDocuments } from '../../src/core/testing/seedDocuments';
import { corpusDir, CORPUS, repoRoot } from '../paths';
import { seededRandom } from './seededRandom';

/** How much a years-old document holds (issue 8's scale target). */
export const BUSY_DOCUMENT = { highlights: 5_000, cards: 2_000, reviews: 50_000 } as const;

/**
 * A data directory holding War and Peace as a document used for years:
 * 5,000 highlights, 2,000 cards and 50,000 logged reviews. Built below the
 * API (one write each), since a benchmark measures the next write, not these.
 */
export async function buildBusyDocument(): Promise<{ dataDir: string; resourcesDir: string; documentId: string; cardIds: string[] }> {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-bench-busy-')), 'data');
  const resourcesDir = join(repoRoot, 'resources');
  const [doc] = await seedDocuments(dataDir, resourcesDir, [{ path: join(corpusDir, CORPUS.warAndPeace.file), title: CORPUS.warAndPeace.title, source: CORPUS.warAndPeace.source }]);
  const documentId = doc!.id;
  const random = seededRandom(8);
  const length = doc!.charCount;
  await seedAnnotations(
    dataDir,
    resourcesDir,
    documentId,
    Array.from({ length: BUSY_DOCUMENT.highlights }, (_, i) => {
      const start = Math.floor(random() * (length - 200));
      return { start, end: start + 20 + Math.floor(random() * 150), ...(i % 4 === 0 ? { note: 'A note of a sentence or two, as analysts write them, with a [link](https://example.org).' } : {}) };
    }),
  );
  const now = new Date();
  const cards: StoredCard[] = Array.from({ length: BUSY_DOCUMENT.cards }, (_, i) => ({
    id: `card-bench-${i}`, origin: 'manual', type: 'qa', prompt: `Question ${i}: who said what, and where, in this chapter?`, answer: `Answer ${i}`,
    hint: null, group: null, annotationId: null, target: null, edited: false, suspended: false, tags: ['bench'], deleted: false,
    created: now.toISOString(), modified: now.toISOString(), schedule: newSchedule(now),
  }));
  const lines: string[] = [];
  for (let seq = 1; seq <= BUSY_DOCUMENT.reviews; seq++) {
    const card = cards[seq % cards.length]!;
    const after = gradeSchedule(card.schedule, 3, now, 0.9);
    lines.push(JSON.stringify({ seq, kind: 'grade', cardId: card.id, rating: 3, reviewedAt: now.toISOString(), before: card.schedule, after } satisfies GradeLogEntry));
    card.schedule = after;
  }
  await appendFile(reviewLogPath(dataDir, documentId), `${lines.join('\n')}\n`);
  const open = await openDataDir({ dataDir, resourcesDir, version: 'bench' });
  try {
    await open.ctx.documents.update(documentId, (data) => {
      data.cards.push(...cards);
    });
  } finally {
    await open.close();
  }
  return { dataDir, resourcesDir, documentId, cardIds: cards.map((card) => card.id) };
}
