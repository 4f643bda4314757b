import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldForTagger } from './foldForTagger';
import { joinFalseSentenceEnds } from './falseSentenceEnds';
import { mergeJoinedWords } from './mergeJoinedWords';
import { leadingCreditLength } from './photoCredits';
import type { Sentence, Token } from './token';

let instance: WinkMethods | undefined;

/**
 * One wink instance per thread, made on first use (loading the model takes
 * ~60 ms). Only sentence splitting, part of speech and the model's entities
 * are needed; negation, sentiment and custom entities would cost ~20% more.
 */
function nlp(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}

/**
 * Runs wink over one chunk of display text (a slice of the document whose
 * in-paragraph line breaks read as spaces) and returns its sentences with
 * offsets into the document. wink has no offset API, so offsets are rebuilt
 * from each token's preceding spaces and checked against the text.
 */
export function analyseChunk(display: string, offset: number): Sentence[] {
  const { its } = nlp();
  // wink reads a folded copy ("Gdansk" for "Gdańsk"), as long as the display text; tokens take their words from the display text.
  const tagged = foldForTagger(display);
  const doc = nlp().readDoc(tagged);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const kinds = tokens.out(its.type) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const entityOf = new Array<number>(values.length).fill(-1);
  const entityTypes = doc.entities().out(its.type) as string[];
  (doc.entities().out(its.span) as unknown as number[][]).forEach(([first = 0, last = -1], id) => {
    for (let i = first; i <= last; i++) entityOf[i] = id;
  });
  // Indexed like wink's tokens (sentence spans refer to them); null where a token could not be placed.
  const all: (Token | null)[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    at += spaces[i]?.length ?? 0;
    // A token wink normalised would shift every offset after it: find it again instead.
    if (!tagged.startsWith(value, at)) {
      const found = tagged.indexOf(value, at);
      if (found === -1) {
        all.push(null);
        continue;
      }
      at = found;
    }
    const text = display.slice(at, at + value.length);
    const id = entityOf[i] ?? -1;
    all.push({ text, lower: text.toLowerCase(), pos: pos[i] ?? 'X', kind: kinds[i] ?? 'word', start: offset + at, end: offset + at + text.length, entity: id === -1 ? '' : (entityTypes[id] ?? ''), entityId: id });
    at += text.length;
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of joinFalseSentenceEnds(doc.sentences().out(its.span) as unknown as number[][], all)) {
    splitAtBreaks(all.slice(first, last + 1), display, offset, sentences);
  }
  return sentences;
}

/** Adds one wink sentence, split again at paragraph breaks and without whitespace tokens, to `out`. */
function splitAtBreaks(tokens: (Token | null)[], display: string, offset: number, out: Sentence[]): void {
  let current: Token[] = [];
  const flush = (): void => {
    const joined = mergeJoinedWords(current, display, offset);
    // A photo's credit run into the caption after it is neither's words.
    // …and the rest of an ellipsis wink left at the start of the next sentence ("... Even going back to …").
    let skip = leadingCreditLength(joined);
    while (skip < joined.length && /^[.…]+$/u.test(joined[skip]!.text)) skip++;
    const merged = joined.slice(skip);
    current = [];
    const first = merged[0];
    const last = merged[merged.length - 1];
    if (!first || !last) return;
    out.push({ tokens: merged, start: first.start, end: last.end, text: display.slice(first.start - offset, last.end - offset) });
  };
  for (const token of tokens) {
    if (!token) continue;
    if (token.pos === 'SPACE' || token.text.trim() === '') {
      if (token.text.includes('\n')) flush();
      continue;
    }
    if (isStarAtStop(token, current.at(-1))) {
      current.push(...splitOffStop(token));
      flush();
      continue;
    }
    current.push(token);
  }
  flush();
}

/**
 * wink reads "Sun." as Sunday's abbreviation, so "the energy of the Sun.
 * CREPES will fly …" runs on as one sentence. After "the" or "our" it is
 * the star, and its stop ends the sentence.
 */
function isStarAtStop(token: Token, before: Token | undefined): boolean {
  return token.text === 'Sun.' && (before?.lower === 'the' || before?.lower === 'our');
}

/** "Sun." as the word and its full stop. */
function splitOffStop(token: Token): Token[] {
  const word = token.text.slice(0, -1);
  return [
    { ...token, text: word, lower: word.toLowerCase(), end: token.end - 1 },
    { ...token, text: '.', lower: '.', pos: 'PUNCT', kind: 'punctuation', start: token.end - 1, entity: '', entityId: -1 },
  ];
}
