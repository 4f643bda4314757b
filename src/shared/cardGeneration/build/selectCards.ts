import type { GeneratedCard } from '../types';
import { comparable } from './normalise';
import type { DraftCard } from './sentenceCards';

/** One answer in at most this many cards: "CSTO" must not fill a deck. */
export const MAX_CARDS_PER_ANSWER = 3;
/** Of those, at most this many clozes; question cards about it come first. */
export const MAX_CLOZES_PER_ANSWER = 2;

const NAME_TYPES = new Set(['person', 'name']);

/**
 * Deck-wide rules over every sentence's drafts: no partial names when the
 * full name occurs ("Tasmagambetov" after "Imangali Tasmagambetov"), no
 * duplicates (same id, or the same prompt and answer from a repeated
 * sentence), one question per wording (the first), and a cap on cards per answer (unless `capPerAnswer` is
 * false: every candidate, for tools that review the generator). Returns
 * cards in document order, clozes of a sentence before its questions.
 */
export function selectCards(drafts: readonly DraftCard[], { capPerAnswer = true }: { capPerAnswer?: boolean } = {}): GeneratedCard[] {
  const partialNames = namePartsOf(drafts.filter((card) => NAME_TYPES.has(card.factType)).map((card) => comparable(card.answer)));
  const seen = new Set<string>();
  const perAnswer = new Map<string, { all: number; clozes: number }>();
  const ordered = [...drafts].sort((a, b) => (a.type === b.type ? 0 : a.type === 'qa' ? -1 : 1) || a.source.start - b.source.start || a.answerStart - b.answerStart);
  const kept: DraftCard[] = [];
  for (const card of ordered) {
    const answer = comparable(card.answer);
    const sameText = `${card.type}\u0000${comparable(card.prompt)}\u0000${answer}`;
    // Two questions worded alike ("What did Priyanka Sharma say about Spain?") with different answers: a reviewer could not tell which is asked.
    const sameQuestion = card.type === 'qa' ? `asked\u0000${comparable(card.prompt)}` : '';
    // A photo's caption repeated in the article with a few words before it ("In the left two photos, workers …"): the same cloze.
    const ending = card.type === 'cloze' ? lastWords(card.prompt) : '';
    const sameEnding = ending ? `ends\u0000${ending}\u0000${answer}` : '';
    if (seen.has(card.id) || seen.has(sameText) || seen.has(sameQuestion) || (sameEnding && seen.has(sameEnding))) continue;
    if (NAME_TYPES.has(card.factType) && partialNames.has(answer)) continue;
    const count = perAnswer.get(answer) ?? { all: 0, clozes: 0 };
    if (capPerAnswer && (count.all >= MAX_CARDS_PER_ANSWER || (card.type === 'cloze' && count.clozes >= MAX_CLOZES_PER_ANSWER))) continue;
    perAnswer.set(answer, { all: count.all + 1, clozes: count.clozes + (card.type === 'cloze' ? 1 : 0) });
    seen.add(card.id).add(sameText);
    if (sameQuestion) seen.add(sameQuestion);
    if (sameEnding) seen.add(sameEnding);
    kept.push(card);
  }
  kept.sort((a, b) => a.source.start - b.source.start || (a.type === b.type ? 0 : a.type === 'cloze' ? -1 : 1) || a.answerStart - b.answerStart);
  return kept.map(({ answerStart: _answerStart, ...card }) => card);
}

/** Words a cloze must share at its end with another of the same answer to be the same card said again. */
const SAME_ENDING_WORDS = 12;

/** A prompt's last words, compared loosely: a sentence repeated with words before it ends the same. */
function lastWords(prompt: string): string {
  const words = comparable(prompt).split(' ');
  return words.length < SAME_ENDING_WORDS ? '' : words.slice(-SAME_ENDING_WORDS).join(' ');
}

/** Every run of consecutive words inside a longer name: "imangali", "tasmagambetov" for "imangali tasmagambetov". */
function namePartsOf(names: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const name of new Set(names)) {
    const words = name.split(' ');
    for (let length = 1; length < words.length; length++) {
      for (let from = 0; from + length <= words.length; from++) parts.add(words.slice(from, from + length).join(' '));
    }
  }
  return parts;
}
