/**
 * `npm run eval:cards`: scores the card generator on the labelled evaluation
 * set (eval/cards/manifest.ts) and prints, per text and per group, the share
 * of good, trivial, broken and unlabelled cards, recall of the gold facts,
 * the share of question/answer cards and the generation time.
 *
 *   --verbose     also list each text's missed gold facts and unlabelled cards
 *   --pending     print the unlabelled cards as label entries to fill in
 *   --runs=N      time N runs per text and report the median (default 5)
 *   --only=a,b    score only these slugs
 *   --all         score every ranked card, not only the default deck (its budget)
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateCards } from '../../src/shared/cardGeneration/generateCards';
import type { GeneratedCard } from '../../src/shared/cardGeneration/types';
import { readEvalDocument, readLabels, type EvalDocument } from './files';
import { EVAL_TEXTS, type EvalText, type TextKind } from './manifest';
import { formatTable, tableRow } from './report';
import { median, scoreText, sumCounts, type TextScore } from './score';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    pending: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs) || 5);
const only = values.only?.split(',');
const chosen = EVAL_TEXTS.filter((entry) => !only || only.includes(entry.slug));

/** Generates a text's deck `runs` times; the deck is deterministic, so the last one stands for all. */
function timedDeck({ text, structure, title }: EvalDocument): { cards: GeneratedCard[]; ms: number } {
  const times: number[] = [];
  let cards: GeneratedCard[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    cards = generateCards(text, { structure, title, ...(values.all ? { limit: 'all' as const } : {}) });
    times.push(performance.now() - started);
  }
  return { cards, ms: median(times) };
}

const documents = new Map(await Promise.all(chosen.map(async (entry) => [entry.slug, await readEvalDocument(entry)] as const)));
for (const { text, structure, title } of documents.values()) generateCards(text, { structure, title }); // warm up the JIT and wink's lazy tables before timing

const scores = new Map<EvalText, TextScore>();
for (const entry of chosen) {
  const document = documents.get(entry.slug)!;
  const { cards, ms } = timedDeck(document);
  scores.set(entry, scoreText(document.text, cards, readLabels(entry.slug), entry.gold, ms));
}

const split = (heldOut: boolean): EvalText[] => chosen.filter((entry) => entry.heldOut === heldOut);
const textRows = (entries: EvalText[]): string[][] => entries.map((entry) => tableRow(`${entry.slug} (${entry.kind})`, scores.get(entry)!));
const groupRow = (name: string, entries: EvalText[]): string[][] => (entries.length ? [tableRow(name, sumCounts(entries.map((entry) => scores.get(entry)!)))] : []);
const KINDS: TextKind[] = ['interview', 'news', 'expository'];
const groupRows = (name: string, heldOut: boolean): string[][] => [
  ...groupRow(name, split(heldOut)),
  ...KINDS.flatMap((kind) => groupRow(`  ${kind}`, split(heldOut).filter((entry) => entry.kind === kind))),
];

console.log(`Card generator on the evaluation set (median of ${runs} runs per text)\n`);
console.log('DEVELOPMENT');
console.log(formatTable([textRows(split(false)), groupRows('development', false)]));
console.log('\nHELD OUT — report only; never tune rules on these texts');
console.log(formatTable([textRows(split(true)), groupRows('held out', true)]));
console.log(
  '\ngood/trivial/broken/unlabelled: shares of the deck by the labels in eval/cards/labels (unlabelled = a card the labels do not know: label it).' +
    '\nrecall: gold facts some card states (testing/recall.ts). QA share: question/answer cards. checker: cards testing/isJunk.ts flags. Groups add up cards and facts.',
);

if (values.verbose) {
  for (const [entry, score] of scores) {
    if (!score.missed.length && !score.unlabelledCards.length) continue;
    console.log(`\n${entry.slug}`);
    for (const fact of score.missed) console.log(`  missed  [${fact.kind ?? 'entity'}] ${fact.about} → ${fact.answers[0]}`);
    for (const card of score.unlabelledCards) console.log(`  unlabelled  ${card.id}  ${card.prompt} → ${card.answer}`);
  }
}

if (values.pending) {
  for (const [entry, score] of scores) {
    if (!score.unlabelledCards.length) continue;
    const entries = score.unlabelledCards.map((card) => ({ id: card.id, label: 'good', prompt: card.prompt, answer: card.answer }));
    console.log(`\n// ${entry.slug}: ${entries.length} unlabelled (label each good, trivial or broken, with a reason for the last two)`);
    console.log(JSON.stringify(entries, null, 2));
  }
}
