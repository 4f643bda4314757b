import { paragraphDisplayText, splitParagraphs } from '../../src/shared/text/paragraphs';
import { seedAnnotations } from '../../src/core/testing/seedAnnotations';
import { startGlossApp, type GlossApp } from '../glossApp';
import { buildFrameProbeScript, startBareTiptapHighlights } from '../highlightPages';
import { CORPUS, readCorpusText } from '../paths';
import { bareHighlightRun } from '../probes/bareHighlightProbe';
import { bareTiptapOpen } from '../probes/bareTiptapProbe';
import { glossHighlightRun, type ActionPlan } from '../probes/glossHighlightProbe';
import { glossOpenOnLoad } from '../probes/glossProbes';
import type { TextSpot } from '../probes/highlightActions';
import { sampleSeries } from '../seriesSampling';
import type { BenchRow, Suite } from '../suite';
import { spreadHighlights } from '../workloads/highlightSet';
import { findWords } from '../workloads/wordEdits';

/** Highlights seeded on War and Peace, one Gloss data directory each. */
const COUNTS = [0, 1_000, 5_000] as const;
/** Goals from the highlighting issue. */
const OPEN_TARGET_RATIO = 0.5;
const FRAME_MS = 16;
const DISK_MS = 50;

/**
 * Spots in the first two paragraphs (on screen in both pages at 1280×800):
 * five word-aligned phrases to highlight, the first a warm-up, and a caret
 * at the start of a word for typing.
 */
function actionPlan(text: string): ActionPlan {
  const paragraphs = splitParagraphs(text).slice(0, 2).map((range) => paragraphDisplayText(text, range));
  const spot = (paragraph: number, firstWord: number, wordCount: number): TextSpot => {
    const words = findWords(paragraphs[paragraph]!);
    return { paragraph, start: words[firstWord]!.start, end: words[firstWord + wordCount - 1]!.end };
  };
  const caret = spot(1, 15, 1);
  return {
    adds: [spot(1, 2, 8), spot(0, 3, 8), spot(1, 20, 10), spot(0, 30, 8), spot(1, 40, 9)],
    caret: { ...caret, end: caret.start },
    keystrokes: 6,
    warmups: { adds: 1, keystrokes: 2 },
  };
}

const label = (count: number): string => `War and Peace + ${count.toLocaleString('en-US')} highlights`;

/**
 * Highlights on a book: opening War and Peace with 0, 1,000 and 5,000
 * highlights, adding one (to screen and to disk) and typing in edit mode,
 * each against bare TipTap. Every Gloss page load opens, adds and types, so
 * one load gives several samples of each action.
 */
export const highlightsSuite: Suite = {
  name: 'highlights',
  async run({ browser, bareTiptap, log }) {
    const { file } = CORPUS.warAndPeace;
    const text = await readCorpusText(file);
    const plan = actionPlan(text);
    const probeScript = await buildFrameProbeScript();
    const bareSite = await startBareTiptapHighlights();
    const apps: GlossApp[] = [];
    try {
      for (const count of COUNTS) {
        log(`highlights: seeding ${label(count)}`);
        const ranges = spreadHighlights(text, count);
        // Seeded before the server starts: seeding takes the data directory's lock, as the server does.
        const prepare = async ({ dataDir, resourcesDir, warAndPeaceId }: { dataDir: string; resourcesDir: string; warAndPeaceId: string }) => {
          await seedAnnotations(dataDir, resourcesDir, warAndPeaceId, ranges);
        };
        apps.push(await startGlossApp({ prepare }));
      }
      const { columnWidth } = await glossOpenOnLoad(browser, apps[0]!, apps[0]!.documentIds.warAndPeace);
      const samples = await sampleSeries(
        [
          ...COUNTS.map((count, i) => async () => {
            const run = await glossHighlightRun(browser, apps[i]!, probeScript, plan);
            if (run.offScreen > 0) log(`highlights: ${run.offScreen} action spot(s) off screen in Gloss`);
            return { [`open${count}`]: [run.openMs], [`screen${count}`]: run.addToScreenMs, [`disk${count}`]: run.addToDiskMs, [`key${count}`]: run.keystrokeMs, [`firstKey${count}`]: [run.firstKeystrokeMs] };
          }),
          async () => ({ bareOpen: [(await bareTiptapOpen(browser, bareTiptap, file, columnWidth)).openMs] }),
          async () => {
            const run = await bareHighlightRun(browser, bareSite, probeScript, file, columnWidth, plan);
            return { bareScreen: run.addToScreenMs, bareKey: run.keystrokeMs };
          },
        ],
        { runs: 5, onRun: (done, total) => log(`highlights: round ${done}/${total}`) },
      );
      return rowsFrom(samples);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
      await bareSite.close();
    }
  },
};

function rowsFrom(samples: Record<string, number[]>): BenchRow[] {
  const bareOpen = 'open War and Peace, no highlights — bare TipTap (flat)';
  const bareAdd = 'add a highlight, to next frame — bare TipTap setMark';
  const bareKey = 'keystroke — bare TipTap (flat, editable)';
  const each = (row: (count: number) => BenchRow): BenchRow[] => COUNTS.map(row);
  return [
    ...each((n) => ({ name: `open ${label(n)} — Gloss reader`, samples: samples[`open${n}`]!, baseline: bareOpen, targetRatio: OPEN_TARGET_RATIO })),
    { name: bareOpen, samples: samples.bareOpen! },
    ...each((n) => ({ name: `add a highlight, to next frame, ${label(n)} — Gloss`, samples: samples[`screen${n}`]!, baseline: bareAdd, targetMs: FRAME_MS })),
    ...each((n) => ({ name: `add a highlight, to disk, ${label(n)} — Gloss`, samples: samples[`disk${n}`]!, targetMs: DISK_MS })),
    { name: bareAdd, samples: samples.bareScreen! },
    ...each((n) => ({ name: `keystroke in edit mode, ${label(n)} — Gloss`, samples: samples[`key${n}`]!, baseline: bareKey, targetMs: FRAME_MS })),
    ...each((n) => ({ name: `first keystroke after entering edit mode, ${label(n)} — Gloss`, samples: samples[`firstKey${n}`]!, baseline: bareKey })),
    { name: bareKey, samples: samples.bareKey! },
  ];
}
