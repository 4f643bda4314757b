import type { Sentence } from '../nlp/token';
import { analyseChunk } from '../nlp/winkPipeline';
import { splitParagraphs } from '../../text/paragraphs';
import { chunkDisplayText } from '../text/chunks';
import type { CardSource } from '../types';

/** A highlight's range trimmed of surrounding space and punctuation, with the sentences it falls in. */
export interface HighlightContext {
  start: number;
  end: number;
  /** The sentences the range overlaps (empty when wink finds none, e.g. a lone symbol). */
  sentences: Sentence[];
  /** The overlapped sentences as one span of the original text (at least the range itself). */
  source: CardSource;
  /** The source as shown in prompts: line breaks read as spaces, same length as `source.exact`. */
  display: string;
}

/**
 * Finds the sentence(s) around a highlight by analysing only the
 * paragraphs it touches, so a card from a highlight in a book costs
 * milliseconds. Null for a range outside the text or with no words in it.
 */
export function sentencesAround(text: string, range: { start: number; end: number }): HighlightContext | null {
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.end > text.length || range.start >= range.end) return null;
  let { start, end } = range;
  while (start < end && /[\s\p{P}]/u.test(text[start]!) && !/[“"‘(]/.test(text[start]!)) start++;
  while (end > start && /[\s\p{P}]/u.test(text[end - 1]!) && !/[”"’)]/.test(text[end - 1]!)) end--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  const paragraphs = splitParagraphs(text).filter((paragraph) => paragraph.end > start && paragraph.start < end);
  const chunk = paragraphs.length > 0 ? { start: paragraphs[0]!.start, end: paragraphs[paragraphs.length - 1]!.end } : { start, end };
  const sentences = analyseChunk(chunkDisplayText(text, chunk), chunk.start).filter((sentence) => sentence.end > start && sentence.start < end);
  const sourceStart = Math.min(start, sentences[0]?.start ?? start);
  const sourceEnd = Math.max(end, sentences[sentences.length - 1]?.end ?? end);
  const source = { exact: text.slice(sourceStart, sourceEnd), start: sourceStart, end: sourceEnd };
  return { start, end, sentences, source, display: chunkDisplayText(text, { start: sourceStart, end: sourceEnd }) };
}
