import { anchorAll, anchorSelectors, describeRange, type TextSelectors } from '../../src/shared/textAnchoring';
import { CORPUS, readCorpusText } from '../paths';
import { sampleProbes } from '../sampling';
import type { BenchRow, Suite } from '../suite';
import { describeAccuracy, judgeAnchors } from '../workloads/anchorAccuracy';
import { makeLookAlikeCases } from '../workloads/lookAlikes';
import { seededRandom } from '../workloads/seededRandom';
import { applyWordEdits, findWords, mapWordRange, randomWordEdits, randomWordRanges, type WordSpan } from '../workloads/wordEdits';

const ANNOTATIONS = 5_000;
const EDIT_RATE = 0.01;
/** The goal from the anchoring issue: all 5,000 in at most a second, at least 99% on the right words. */
const TARGET_MS = 1_000;
const TARGET_CORRECT = 0.99;

const LABEL = `re-anchor ${ANNOTATIONS.toLocaleString('en-US')} after ${EDIT_RATE * 100}% word changes`;

/** The naive way, for comparison: the first occurrence of each quote anywhere in the text. */
function firstOccurrences(text: string, items: readonly TextSelectors[]): (WordSpan | null)[] {
  return items.map(({ quote }) => {
    const start = text.indexOf(quote.exact);
    return start === -1 ? null : { start, end: start + quote.exact.length };
  });
}

/**
 * Re-anchoring highlights after the text changed, in Node (no browser): 5,000
 * word-aligned highlights of 3–30 words on War and Peace, then 1% of its words
 * replaced, deleted or inserted, all from fixed seeds. A placement is correct
 * when it overlaps where its words went (known from the edit list) by ≥90%.
 */
export const reanchorSuite: Suite = {
  name: 're-anchor highlights',
  async run({ log }) {
    const text = await readCorpusText(CORPUS.warAndPeace.file);
    const words = findWords(text);
    const ranges = randomWordRanges(words, ANNOTATIONS, 3, 30, seededRandom(1));
    const edited = applyWordEdits(text, words, randomWordEdits(text, words, EDIT_RATE, seededRandom(2)));
    const items = ranges.map((range) => describeRange(text, range.start, range.end));
    const expected = ranges.map((range) => mapWordRange(edited, range));
    const { replace, delete: deleted, insert } = edited.counts;
    log(`re-anchor: ${words.length} words, ${replace} replaced, ${deleted} deleted, ${insert} inserted`);
    let glossAnchors: (WordSpan | null)[] = [];
    let baselineAnchors: (WordSpan | null)[] = [];
    const samples = await sampleProbes(
      [
        async () => timed('gloss', () => (glossAnchors = anchorAll(edited.text, items))),
        async () => timed('indexOf', () => (baselineAnchors = firstOccurrences(edited.text, items))),
      ],
      { runs: 7, onRun: (done, total) => log(`re-anchor: round ${done}/${total}`) },
    );
    const gloss = judgeAnchors(expected, glossAnchors);
    // The time goal shows in the target column; the accuracy goal can only go in the note.
    const accurate = gloss.correct >= TARGET_CORRECT * gloss.total;
    const goal = `goal ≥${TARGET_CORRECT * 100}% ${accurate ? 'met' : 'NOT met'}`;
    const baseline = `${LABEL} — indexOf per quote`;
    const rows: BenchRow[] = [
      { name: `${LABEL} — Gloss (anchorAll)`, samples: samples.gloss!, baseline, targetMs: TARGET_MS, note: `${describeAccuracy(gloss)}; ${goal}` },
      { name: baseline, samples: samples.indexOf!, note: describeAccuracy(judgeAnchors(expected, baselineAnchors)) },
      lookAlikeRow(text, log),
    ];
    return rows;
  },
};

const LOOK_ALIKES = 300;

/**
 * Look-alike edits on War and Peace: a highlighted passage deleted and a copy
 * with one name or number changed put within 2,000 characters. Every
 * placement is a highlight on words it was never made on; the goal is none.
 * One sample per case: the time to find that the passage is gone.
 */
function lookAlikeRow(text: string, log: (message: string) => void): BenchRow {
  const cases = makeLookAlikeCases(text, LOOK_ALIKES, seededRandom(3));
  log(`re-anchor: ${cases.length} look-alike edits`);
  const samples: number[] = [];
  let placed = 0;
  for (const edit of cases) {
    const started = performance.now();
    if (anchorSelectors(edit.text, describeRange(text, edit.original.start, edit.original.end)) !== null) placed++;
    samples.push(performance.now() - started);
  }
  const note = `${placed} of ${cases.length} placed on the look-alike or elsewhere; goal 0 ${placed === 0 ? 'met' : 'NOT met'}`;
  return { name: `re-anchor a deleted passage beside a look-alike (${cases.length} cases, per case)`, samples, note };
}

function timed(name: string, work: () => unknown): Record<string, number> {
  const start = performance.now();
  work();
  return { [name]: performance.now() - start };
}
