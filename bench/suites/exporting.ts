import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openCore } from '../../src/core/openCore';
import { seedAnnotations } from '../../src/core/testing/seedAnnotations';
import { readCorpusText, CORPUS } from '../paths';
import { sampleProbes } from '../sampling';
import type { BenchRow, Suite } from '../suite';
import { buildBusyDocument } from '../workloads/busyDocument';
import { spreadHighlights } from '../workloads/highlightSet';

/** Goals from the export issue (medians). */
const MARKDOWN_TARGET_MS = 200;
const BACKUP_TARGET_MS = 1_000;
const MARKDOWN_HIGHLIGHTS = 10_000;

/**
 * Exports through the core's own call path: Markdown of War and Peace with
 * 10,000 highlights (half of the new ones with notes or tags) — collecting,
 * placing and writing them — and a backup file of a library holding War and
 * Peace with 5,000 highlights, 2,000 cards and 50,000 logged reviews.
 */
export const exportingSuite: Suite = {
  name: 'export',
  async run({ log }) {
    log('export: building War and Peace with 5,000 highlights, 2,000 cards and 50,000 reviews');
    const busy = await buildBusyDocument();
    const text = await readCorpusText(CORPUS.warAndPeace.file);
    const extra = spreadHighlights(text, MARKDOWN_HIGHLIGHTS - 5_000, 71).map((range, i) => ({
      ...range,
      ...(i % 4 === 0 ? { note: `Why this matters, point ${i}: *emphasis*, a list\n\n- one\n- two` } : {}),
      ...(i % 3 === 0 ? { tags: ['theme/war', `chapter ${i % 40}`] } : {}),
    }));
    await seedAnnotations(busy.dataDir, busy.resourcesDir, busy.documentId, extra);
    const core = await openCore({ dataDir: busy.dataDir, resourcesDir: busy.resourcesDir, version: 'bench' });
    try {
      const opened = await core.call('document:open', { id: busy.documentId });
      const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
        const began = performance.now();
        const result = await work();
        return { ms: performance.now() - began, result };
      };
      let markdownBytes = 0;
      let backupBytes = 0;
      const samples = await sampleProbes(
        [
          async () => {
            const { ms, result } = await timed(() => core.call('export:markdown', { scope: { documentIds: [busy.documentId] }, groupBy: 'document' }));
            markdownBytes = result.content.length;
            return { markdown: ms };
          },
          async () => {
            const { ms, result } = await timed(() => core.call('backup:create', {}));
            backupBytes = Math.round((result.data.length * 3) / 4);
            return { backup: ms };
          },
        ],
        { runs: 7, warmups: 1, onRun: (done, total) => log(`export: round ${done}/${total}`) },
      );
      const rows: BenchRow[] = [
        {
          name: `export Markdown, War and Peace + ${opened.annotations.length.toLocaleString('en-US')} highlights — Gloss`,
          samples: samples['markdown']!,
          targetMs: MARKDOWN_TARGET_MS,
          note: `${(markdownBytes / 1e6).toFixed(1)} MB of Markdown, with 2,000 cards`,
        },
        {
          name: 'backup file, War and Peace + 5,000 highlights, 2,000 cards, 50,000 reviews — Gloss',
          samples: samples['backup']!,
          targetMs: BACKUP_TARGET_MS,
          note: `${(backupBytes / 1e6).toFixed(1)} MB file`,
        },
      ];
      return rows;
    } finally {
      await core.close();
      await rm(dirname(busy.dataDir), { recursive: true, force: true });
    }
  },
};
