import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openCore } from '../../src/core/openCore';
import { sampleProbes } from '../sampling';
import type { BenchRow, Suite } from '../suite';
import { BUSY_DOCUMENT, buildBusyDocument } from '../workloads/busyDocument';

/** Goals from the storage issue (medians): the next write of a document used for years. */
const HIGHLIGHT_WRITE_TARGET_MS = 50;
const GRADE_TARGET_MS = 30;

/**
 * Writes through the core's own call path (validation, the write gate, the
 * document's queue, fsync), in this process, on a document with War and
 * Peace, 5,000 highlights, 2,000 cards and 50,000 logged reviews: how long
 * a new highlight and a grade take to be on disk.
 */
export const storageSuite: Suite = {
  name: 'storage',
  async run({ log }) {
    log('storage: building a document with 5,000 highlights, 2,000 cards and 50,000 reviews');
    const { dataDir, resourcesDir, documentId, cardIds } = await buildBusyDocument();
    const core = await openCore({ dataDir, resourcesDir, version: 'bench' });
    try {
      const opened = (await core.call('document:open', { id: documentId }));
      const textVersion = opened.summary.textVersion;
      let round = 0;
      const writeHighlight = async (note?: string) => {
        const start = 1_000 + round * 97;
        const began = performance.now();
        await core.call('annotation:create', { documentId, textVersion, start, end: start + 40, color: 'c2', ...(note ? { note } : {}) });
        return performance.now() - began;
      };
      const samples = await sampleProbes(
        [
          async () => ({ highlight: await writeHighlight() }),
          async () => {
            const cardId = cardIds[round++ % cardIds.length]!;
            const began = performance.now();
            await core.call('review:grade', { documentId, cardId, rating: 3 });
            return { grade: performance.now() - began };
          },
        ],
        { runs: 25, warmups: 3, onRun: (done, total) => log(`storage: round ${done}/${total}`) },
      );
      log('storage: adding 80 MB of notes (40 notes of 2 MB)');
      for (let i = 0; i < 40; i++) {
        round++;
        await writeHighlight(`Memo ${i}: ${'a very long pasted interview transcript, '.repeat(48_000)}`.slice(0, 2_000_000));
      }
      const withNotes = await sampleProbes([async () => ({ highlight: (round++, await writeHighlight()) })], { runs: 25, warmups: 3 });
      const workload = `${opened.annotations.length.toLocaleString('en-US')} highlights, ${BUSY_DOCUMENT.cards.toLocaleString('en-US')} cards, ${BUSY_DOCUMENT.reviews.toLocaleString('en-US')}+ reviews`;
      const rows: BenchRow[] = [
        { name: 'write a highlight to disk — War and Peace, years of use', samples: samples['highlight']!, targetMs: HIGHLIGHT_WRITE_TARGET_MS, note: workload },
        { name: 'grade a card to disk — War and Peace, years of use', samples: samples['grade']!, targetMs: GRADE_TARGET_MS, note: workload },
        { name: 'write a highlight to disk — the same plus 80 MB of notes', samples: withNotes['highlight']!, targetMs: HIGHLIGHT_WRITE_TARGET_MS, note: 'long notes live in files of their own' },
      ];
      return rows;
    } finally {
      await core.close();
      await rm(dirname(dataDir), { recursive: true, force: true });
    }
  },
};
