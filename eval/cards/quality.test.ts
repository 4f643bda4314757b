import { describe, expect, it } from 'vitest';
import { generateCards } from '../../src/shared/cardGeneration/generateCards';
import { readEvalDocument, readLabels } from './files';
import { EVAL_TEXTS } from './manifest';
import { scoreText, sumCounts, type TextScore } from './score';

/**
 * The generator's quality on the labelled development set, held at what it
 * reaches today so that no change lowers it unseen. These are floors, not
 * the targets (recall 0.9, 85% good, 2% broken): those are not met
 * yet, and `npm run eval:cards` reports how far off they are. The held-out
 * texts are only checked to be labelled: a floor on them would be tuning
 * to them. The question/answer floor is below the 20%: the share
 * stood at 20% only while two questions worded alike ("What did Priyanka
 * Sharma say about Spain?") with different answers both counted, and a
 * deck now keeps one of them (build/selectCards.ts); clozes of a stated
 * position (build/positionClozes.ts) add good cards that are not questions.
 */
const FLOORS = { good: 0.7, broken: 0.02, recall: 0.78, interviewQa: 0.17 };

async function score(slugs: readonly string[]): Promise<Map<string, TextScore>> {
  const scores = new Map<string, TextScore>();
  for (const entry of EVAL_TEXTS.filter((candidate) => slugs.includes(candidate.slug))) {
    const { text, structure, title } = await readEvalDocument(entry);
    scores.set(entry.slug, scoreText(text, generateCards(text, { structure, title }), readLabels(entry.slug), entry.gold, 0));
  }
  return scores;
}

describe('card quality on the evaluation set', () => {
  it('labels every card of every default deck, development and held out (label new cards with npm run eval:cards -- --pending)', async () => {
    const scores = await score(EVAL_TEXTS.map((entry) => entry.slug));
    const unlabelled = [...scores].flatMap(([slug, { unlabelledCards }]) => unlabelledCards.map((card) => `${slug}: ${card.prompt} → ${card.answer}`));
    expect(unlabelled).toEqual([]);
  }, 60_000);

  it('keeps the development set at or above its floors: good cards, broken cards, recall, and question/answer cards on transcripts', async () => {
    const development = EVAL_TEXTS.filter((entry) => !entry.heldOut);
    const scores = await score(development.map((entry) => entry.slug));
    const total = sumCounts([...scores.values()]);
    expect(total.good / total.cards).toBeGreaterThanOrEqual(FLOORS.good);
    expect(total.broken / total.cards).toBeLessThanOrEqual(FLOORS.broken);
    expect(total.recalled / total.goldFacts).toBeGreaterThanOrEqual(FLOORS.recall);
    const interviews = sumCounts(development.filter((entry) => entry.kind === 'interview').map((entry) => scores.get(entry.slug)!));
    expect(interviews.qa / interviews.cards).toBeGreaterThanOrEqual(FLOORS.interviewQa);
  }, 60_000);
});
