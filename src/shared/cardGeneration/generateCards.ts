import { selectCards } from './build/selectCards';
import { sentenceCards, type DraftCard } from './build/sentenceCards';
import { turnQuestionCards } from './build/turnQuestions';
import { claimCardAbout, findClaim, type ClaimDraft } from './build/claimCards';
import { statedViewCard } from './build/statedViews';
import { positionCloze } from './build/positionClozes';
import { leadSentence } from './build/leadSentence';
import { extractSentence } from './extract/extractSentence';
import type { DocumentContext } from './extract/sentenceContext';
import type { Sentence } from './nlp/token';
import { analyseChunk } from './nlp/winkPipeline';
import { buildCaseStats } from './text/caseStats';
import { chunkDisplayText, planChunks } from './text/chunks';
import type { GenerateOptions, RankedCard } from './types';
import { defaultDeckSize, topRanked } from './rank/deckBudget';
import { subjectOf } from './rank/documentSubject';
import { rankBySalience, type DocumentFacts } from './rank/salience';
import { comparable } from './build/normalise';
import { findStageDirections, findWordGaps, withoutStageDirections } from '../text/stageDirections';
import { readTurns } from './text/turns';
import { proseFilter } from './text/proseFilter';
import { documentSpeakers } from '../text/speakers';

/**
 * Makes a deck of flashcards from a document's plain text: clozes and
 * template questions about its key facts, each anchored to its sentence by
 * UTF-16 offsets into `text`. Deterministic: the same text gives the same
 * cards with the same ids. Every card is ranked by salience, and the deck
 * holds the best ones up to `options.limit` (by default a budget for the
 * text's length), in document order. Works chunk by chunk (a few paragraphs each), so
 * a book reports progress and can be stopped between chunks.
 */
export function generateCards(original: string, options: GenerateOptions = {}): RankedCard[] {
  // A transcript's stage directions ("(Applause.)") are no one's words: blanked, offsets kept, so no card is made of them.
  const directions = findStageDirections(original);
  const text = withoutStageDirections(original, directions);
  const chunks = planChunks(text);
  const context: DocumentContext = { stats: buildCaseStats(text), acronymKinds: new Map() };
  // In a transcript, the questions are the interviewer's framing; the facts worth studying are in the answers.
  // The structure numbers the original's paragraphs: a paragraph of only "(Laughter.)" is blank once blanked, and would shift every speaker after it.
  const turns = readTurns(original, options.structure);
  // Headings, code, table rows and a Project Gutenberg book's licence make no cards.
  const isProse = proseFilter(original, options.structure);
  // "Cortex allows you [unintelligible] on object storages": a sentence with words missing says something else without them.
  const gaps = findWordGaps(original, directions);
  const hasGap = (sentence: Sentence): boolean => gaps.some((gap) => gap.start < sentence.end && gap.end > sentence.start);
  const drafts: DraftCard[] = [];
  const claims: ClaimDraft[] = [];
  options.onProgress?.(0, chunks.length);
  // The sentences of an interview's exchanges, kept for their question/answer cards.
  const exchanged: Sentence[] = [];
  for (let i = 0; i < chunks.length; i++) {
    if (options.shouldStop?.()) break;
    const chunk = chunks[i]!;
    // The sentence before, for one that points back ("They have gone up …"): chunks start at a paragraph, so none carries over.
    let previous: Sentence | null = null;
    for (const sentence of analyseChunk(chunkDisplayText(text, chunk), chunk.start)) {
      const before = previous;
      previous = sentence;
      if (!isProse(sentence) || hasGap(sentence)) continue;
      if (turns.spans.length > 0) exchanged.push(sentence);
      if (turns.askerAt(sentence.start)) continue;
      const facts = extractSentence(sentence, context);
      const speaker = turns.speakerAt(sentence.start);
      drafts.push(...sentenceCards(text, sentence, facts, speaker, leadSentence(text, before, sentence, turns.spans.length > 0)));
      // A host's own remarks frame the talk: what the guest holds is the content worth a question.
      if (turns.hostAt(sentence.start)) continue;
      const claim = findClaim(text, sentence, facts, speaker);
      if (claim) claims.push(claim);
      const view = statedViewCard(text, sentence, speaker);
      if (view) drafts.push(view);
      const position = view ? null : positionCloze(text, sentence, speaker);
      if (position) drafts.push(position);
    }
    options.onProgress?.(i + 1, chunks.length);
  }
  drafts.push(...turnQuestionCards(text, turns.spans, exchanged));
  const mentions = new Map<string, number>();
  for (const draft of drafts) mentions.set(comparable(draft.answer), (mentions.get(comparable(draft.answer)) ?? 0) + 1);
  const speakers = options.structure ? documentSpeakers(options.structure) : [];
  const document: DocumentFacts = { length: text.length, title: options.title ?? '', transcript: turns.spans.length > 0, mentions, speakers, hostAt: turns.hostAt };
  // A claim's topic is chosen once the document's subject is known: every sentence of a briefing on the G7 is about the G7.
  const { isSubject } = subjectOf(document);
  for (const claim of claims) {
    const card = claimCardAbout(claim, isSubject);
    if (card) drafts.push(card);
  }
  const deck = selectCards(drafts, { capPerAnswer: options.capPerAnswer ?? true });
  const { ranked, heldBack } = rankBySalience(deck, document);
  const rankOf = new Map(ranked.map((card, rank) => [card, rank]));
  const cards = deck.map((card) => ({ ...card, rank: rankOf.get(card)!, heldBack: heldBack.has(card) }));
  return topRanked(cards, options.limit ?? defaultDeckSize(cards, text.length));
}
