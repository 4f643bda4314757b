import { extractSentence } from '../extract/extractSentence';
import type { SentenceFacts } from '../extract/facts';
import type { DocumentContext } from '../extract/sentenceContext';
import type { Sentence } from '../nlp/token';
import { analyseChunk } from '../nlp/winkPipeline';
import { buildCaseStats } from '../text/caseStats';

/** The first sentence wink finds in `text` (for extractor tests on one sentence). */
export function firstSentence(text: string): Sentence {
  const [sentence] = analyseChunk(text, 0);
  if (!sentence) throw new Error(`No sentence in ${JSON.stringify(text)}`);
  return sentence;
}

/** A document context built from `text`, as generateCards would build it. */
export function contextOf(text: string): DocumentContext {
  return { stats: buildCaseStats(text), acronymKinds: new Map() };
}

/** What the extractors find in the first sentence of `text`, with answers as strings. */
export function factsOf(text: string, whole = text): { mentions: { type: string; hint: string; answer: string }[]; questions: { prompt: string; answer: string }[]; raw: SentenceFacts } {
  const raw = extractSentence(firstSentence(text), contextOf(whole));
  return {
    mentions: raw.mentions.map((mention) => ({ type: mention.factType, hint: mention.hint, answer: text.slice(mention.start, mention.end) })),
    questions: raw.questions.map((question) => ({ prompt: question.prompt, answer: text.slice(question.start, question.end) })),
    raw,
  };
}

/** The answers the extractors find in the first sentence of `text`, of one fact type or all. */
export const answers = (text: string, type?: string): string[] =>
  factsOf(text)
    .mentions.filter((mention) => !type || mention.type === type)
    .map((mention) => mention.answer);

/** The same, each with its hint: "Minsk (city)". */
export const answersWithHints = (text: string): string[] => factsOf(text).mentions.map((mention) => `${mention.answer} (${mention.hint})`);
