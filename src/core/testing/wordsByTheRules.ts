/** Words of every kind the search's tokenizer tells apart: ASCII runs ending in accents, combining marks, other scripts. */
export const MIXED_WORDS = 'Natásha and NATASHA met the Café owner at the cafe. İstanbul, Straße, ﬁne x_y 1812; naïve Ωmega a𝐀b x\u0301y 東京タワー 😀 𝐀𝐁c — Ωμέγα “quoted” don’t ภาษาไทย. ';

const STANDALONE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const WORD = /[\p{L}\p{N}\p{M}_]/u;
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The search tokenizer's rules (src/core/search/searchTokens.ts) written as
 * plainly as possible, character by character, for tests to check the fast
 * one against.
 */
export function wordsByTheRules(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const char of text.toLowerCase()) {
    const standalone = STANDALONE.test(char);
    if (!standalone && WORD.test(char)) {
      word += char;
      continue;
    }
    if (word) words.push(fold(word));
    word = '';
    if (standalone) words.push(fold(char));
  }
  if (word) words.push(fold(word));
  return words;
}
