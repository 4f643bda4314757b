import { glossClickToFirstFrame, glossOpenOnLoad } from '../probes/glossProbes';
import { bareTiptapOpen } from '../probes/bareTiptapProbe';
import { CORPUS } from '../paths';
import { sampleProbes } from '../sampling';
import type { BenchContext, BenchRow, Suite } from '../suite';

/** The goal from the reader issue: Gloss opens War and Peace in at most half bare TipTap's time. */
const WAR_AND_PEACE_TARGET = 0.5;

/**
 * Opening a document: Gloss's reader against bare TipTap on the same text,
 * from "text in hand" to the first painted frame, plus the whole click in Gloss.
 */
export const openDocumentSuite: Suite = {
  name: 'open document',
  async run(ctx) {
    const { browser, gloss, log } = ctx;
    // One load first to learn the text column's width, so the baseline wraps lines alike.
    const { columnWidth } = await glossOpenOnLoad(browser, gloss, gloss.documentIds.interview);
    log(`open document: text column ${columnWidth.toFixed(0)} px wide`);
    return [...(await interviewRows(ctx, columnWidth)), ...(await warAndPeaceRows(ctx, columnWidth))];
  },
};

async function interviewRows({ browser, gloss, bareTiptap, log }: BenchContext, columnWidth: number): Promise<BenchRow[]> {
  const id = gloss.documentIds.interview;
  const samples = await sampleProbes(
    [
      async () => ({ gloss: (await glossOpenOnLoad(browser, gloss, id)).openMs }),
      async () => ({ bare: (await bareTiptapOpen(browser, bareTiptap, CORPUS.interview.file, columnWidth)).openMs }),
    ],
    { runs: 15, onRun: (done, total) => log(`open interview: round ${done}/${total}`) },
  );
  const bare = 'open interview — bare TipTap';
  return [
    { name: 'open interview — Gloss reader', samples: samples.gloss!, baseline: bare },
    { name: bare, samples: samples.bare! },
  ];
}

async function warAndPeaceRows({ browser, gloss, bareTiptap, log }: BenchContext, columnWidth: number): Promise<BenchRow[]> {
  const { interview, warAndPeace } = gloss.documentIds;
  const samples = await sampleProbes(
    [
      async () => ({ gloss: (await glossOpenOnLoad(browser, gloss, warAndPeace)).openMs }),
      async () => ({
        click: await glossClickToFirstFrame(browser, gloss, interview, { id: warAndPeace, title: CORPUS.warAndPeace.title }),
      }),
      async () => {
        const result = await bareTiptapOpen(browser, bareTiptap, CORPUS.warAndPeace.file, columnWidth);
        return { bare: result.openMs, bareFetch: result.fetchToFrameMs };
      },
    ],
    { runs: 5, onRun: (done, total) => log(`open War and Peace: round ${done}/${total}`) },
  );
  const bare = 'open War and Peace — bare TipTap';
  const bareFetch = 'open War and Peace — bare TipTap, fetch to first frame';
  return [
    { name: 'open War and Peace — Gloss reader', samples: samples.gloss!, baseline: bare, targetRatio: WAR_AND_PEACE_TARGET },
    { name: bare, samples: samples.bare! },
    { name: 'open War and Peace — Gloss, click to first frame', samples: samples.click!, baseline: bareFetch },
    { name: bareFetch, samples: samples.bareFetch! },
  ];
}
