import type { GeneratedCard } from '../types';

/**
 * An independent judge of card quality for tests: its own word lists and
 * rules, not the generator's, so a filter that silently stops working in
 * the generator shows up as junk here.
 */
const PRONOUNS_AND_STOP_WORDS = new Set(
  'i me my we us our you your he him his she her it its they them their this that these those who whom which what there here the a an and or but of to in on at by for with from as is was are were be been will would not no yes all some any one two'.split(' '),
);
const VAGUE_DATE = /^(?:(?:the\s+)?(?:next|last|this|coming|past|previous|following)\s+(?:week|weekend|month|year|day|decade|century|summer|winter|spring|autumn)|today|tonight|tomorrow|yesterday|now|recently|soon|nowadays|later|earlier)$/i;
/** Words that start sentences without being names, for when the document never writes them in lower case. */
const SENTENCE_STARTERS = new Set('asked however meanwhile next today first then also even especially moreover furthermore yet still thus therefore hence indeed besides command problems'.split(' '));
/** Words that stand next to a name without being part of it ("Captain Túshin" is Túshin in full). */
const TITLES = new Set('mr mrs ms miss dr sir lady lord madame mademoiselle monsieur captain major colonel general marshal lieutenant adjutant count countess prince princess baron baroness duke emperor empress king queen tsar president minister secretary-general professor father mother saint st old young little uncle aunt'.split(' '));
const BLANK = '[...]';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Why a card is junk on its own, or null when it is fine. `text` is the document the card came from. */
export function junkReason(card: GeneratedCard, text: string): string | null {
  const answer = squash(card.answer);
  const prompt = squash(card.prompt);
  if (!answer || !prompt) return 'empty prompt or answer';
  if (prompt.toLowerCase() === answer.toLowerCase()) return 'prompt equals answer';
  if (text.slice(card.source.start, card.source.end) !== card.source.exact) return 'source does not match the text';
  if (!squash(card.source.exact).includes(answer)) return 'answer not in its source';
  const words = answer.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (words.every((word) => PRONOUNS_AND_STOP_WORDS.has(word))) return 'pronoun or stop word';
  if (VAGUE_DATE.test(answer)) return 'vague date';
  if (card.type === 'cloze' && !prompt.includes(BLANK)) return 'cloze without a blank';
  if (containsWord(prompt, answer)) return 'prompt gives the answer away';
  if (card.type === 'qa' && !prompt.endsWith('?')) return 'question without a question mark';
  if (card.factType !== 'list' && card.factType !== 'statement' && words.length > 15) return 'answer too long';
  const sentenceWords = squash(card.source.exact).split(' ').length;
  if (sentenceWords < 4 || sentenceWords > 80) return 'source sentence of unreasonable length';
  if (/^\p{Lu}[\p{Ll}’'-]+$/u.test(answer)) {
    const lower = answer.toLowerCase();
    if (SENTENCE_STARTERS.has(lower) || containsWord(text, lower)) return 'word capitalised only at a sentence start';
    if ((card.factType === 'person' || card.factType === 'name') && partOfLongerName(text, answer)) return 'partial name';
  }
  return null;
}

/** The junk cards of a deck with their reasons, including deck-level faults: duplicates and over-used answers. */
export function findJunk(cards: readonly GeneratedCard[], text: string, maxPerAnswer = 3): { card: GeneratedCard; reason: string }[] {
  const junk: { card: GeneratedCard; reason: string }[] = [];
  const seen = new Set<string>();
  const perAnswer = new Map<string, number>();
  for (const card of cards) {
    const key = `${squash(card.prompt).toLowerCase()}\u0000${squash(card.answer).toLowerCase()}`;
    const uses = (perAnswer.get(squash(card.answer).toLowerCase()) ?? 0) + 1;
    perAnswer.set(squash(card.answer).toLowerCase(), uses);
    const reason = junkReason(card, text) ?? (seen.has(key) ? 'duplicate' : uses > maxPerAnswer ? 'answer in too many cards' : null);
    seen.add(key);
    if (reason) junk.push({ card, reason });
  }
  return junk;
}

function containsWord(haystack: string, word: string): boolean {
  let at = haystack.indexOf(word);
  while (at !== -1) {
    const before = haystack[at - 1];
    const after = haystack[at + word.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    at = haystack.indexOf(word, at + 1);
  }
  return false;
}

/** True when a capitalised word (not a title) sits right next to the name mid-sentence ("Imangali Tasmagambetov"). */
function partOfLongerName(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const neighbours = new RegExp(`[\\p{Ll},;] (\\p{Lu}\\p{Ll}+) ${escaped}(?![\\p{L}])|(?<![\\p{L}])${escaped} (\\p{Lu}\\p{Ll}+)`, 'gu');
  for (const match of text.matchAll(neighbours)) {
    const neighbour = (match[1] ?? match[2])!.toLowerCase();
    if (!TITLES.has(neighbour)) return true;
  }
  return false;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
