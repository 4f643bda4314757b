import type { FactType } from '../types';
import { everydayRank, isHardlyEnglish } from '../lexicon/everydayWords';
import { MONTHS, ROLE_WORDS, STOP_WORDS, TITLES } from '../lexicon/words';

/** Answers that are names: the kinds a tokenizer or a run rule can cut out of a longer name. */
const NAME_TYPES = new Set<FactType>(['person', 'organisation', 'place', 'name', 'event', 'acronym']);

/** Lower-case words that join the parts of one name: "Internet of Things", "Abu al-Wafa", "Al-Hakim bi-Amr Allah". */
const JOINERS = 'of|for|de|del|della|da|di|du|des|von|van|der|den|la|le|bin|ibn|bint|bi|al|el|ul';
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A capitalised word (or one after a particle, "bi-Amr") right before the answer, perhaps with a joiner between. */
const NAME_WORD_BEFORE = new RegExp(`(^|[^\\p{L}\\p{M}\\p{N}])((?:(?:al|el|bi|ibn|bin|abu)-)?\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.-]*)[ \\t]+(?:(${JOINERS})[ \\t-]+)?$`, 'u');
/** A capitalised word or a number right after the answer, perhaps with a joiner between; an ʿayn may open it ("Abū ʿAlī"). */
const NAME_WORD_AFTER = new RegExp(`^[ \\t]+(?:(${JOINERS})(?:[ \\t]+|-))?[ʿʾ‘'’]?((?:\\p{Lu}|\\p{N})[\\p{L}\\p{M}\\p{N}'’.-]*)`, 'u');

/** A capitalised word and "of" (or "of the") right before the answer: "Book of [Optics]", "Light of the [Moon]". */
const WORD_OF_BEFORE = /(^|[^\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+of(?:[ \t]+the)?[ \t]+$/u;
/** "of" and a capitalised word right after the answer: "[International Year] of Light". */
const OF_NAME_AFTER = /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}/u;
/** A word this common in everyday English is a noun of a name ("Book", "Year", "University"), not a surname. */
const EVERYDAY_RANK = 10_000;

const isEveryday = (word: string): boolean => (everydayRank(word.replace(/['’]s$/u, '')) ?? Infinity) <= EVERYDAY_RANK;
const asRole = (word: string): string => word.toLowerCase().replace(/\.$/u, '').replace(/s$/u, '');

/**
 * Whether "of" ties the answer to the rest of a name: after a common noun
 * ("the Book of [Optics]", "the International Year of [Light]", "On the
 * Light of the [Moon]"), after an office when the answer is a common word
 * too ("Ministers of [State]", "Chief of [Staff]"), or before the name's
 * rest ("the [International Year] of Light"). A surname before "of" is a
 * person and where they come from ("Petelin of [Roscosmos]"), and an
 * office before a place is its holder's ("the Prime Minister of [Italy]").
 */
function cutAtOf(sentence: string, start: number, end: number, factType: FactType): boolean {
  const answerWords = sentence.slice(start, end).trim().split(/\s+/u);
  const before = WORD_OF_BEFORE.exec(sentence.slice(0, start));
  if (before && factType !== 'person' && !/^\s*$/u.test(sentence.slice(0, before.index + before[1]!.length))) {
    const word = before[2]!;
    const role = asRole(word);
    if (TITLES.has(role) || ROLE_WORDS.has(role)) {
      if ((factType === 'name' || factType === 'organisation') && answerWords.every(isEveryday)) return true;
    } else if (isEveryday(word) && !isCalendarWord(word) && !STOP_WORDS.has(word.toLowerCase())) {
      return true;
    }
  }
  return factType !== 'person' && answerWords.length > 1 && isEveryday(answerWords.at(-1)!) && OF_NAME_AFTER.test(sentence.slice(end));
}

/** A capitalised word and a lower-case word English hardly uses right before the answer: "Aiwān-i bālā [Pākistān]". */
const FOREIGN_PART_BEFORE = /(?:^|[^\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*[ \t]+(\p{Ll}[\p{L}\p{M}]+)[ \t]+$/u;

/** Whether a transliterated name runs on into the answer: its last part would be blanked alone. */
function afterForeignPart(lead: string): boolean {
  const word = FOREIGN_PART_BEFORE.exec(lead)?.[1];
  return !!word && !STOP_WORDS.has(word) && isHardlyEnglish(word);
}

/**
 * Whether the answer [start, end) of a sentence is only part of a longer
 * name around it: "Partnership for [Global Infrastructure] and
 * Investment", "[Internet] of Things", "[National Security Memorandum]
 * 20", "caliph Al-Hakim bi-Amr [Allah]". Half a name is no fact. A title
 * before a name ("President [Zelenskyy]"), a month or weekday beside it,
 * a possessive ("Russia’s [Lavrov]"), "The" and the word that starts the
 * sentence (capitalised for that alone) do not make it part of one, nor
 * does "of" after a person ("[Zelenskyy] of Ukraine") or a year after a
 * law.
 */
export function isCutFromLongerName(sentence: string, start: number, end: number, factType: FactType): boolean {
  if (!NAME_TYPES.has(factType)) return false;
  if (cutAtOf(sentence, start, end, factType) || afterForeignPart(sentence.slice(0, start))) return true;
  // Before a person stands their role ("Flight Engineer [Jasmin Moghbeli]"); "X of" before a name is as often a person ("Petelin of [Roscosmos]").
  const before = factType === 'person' ? null : NAME_WORD_BEFORE.exec(sentence.slice(0, start));
  if (before && before[3] !== 'of' && joinsName(before[2]!, sentence.slice(0, before.index + before[1]!.length))) return true;
  const after = NAME_WORD_AFTER.exec(sentence.slice(end));
  if (!after) return false;
  const [, joiner, word] = after;
  // "of" after a name of two words or more is where its bearer comes from ("Jasmin Moghbeli of NASA"); after one, often the rest of it ("Internet of Things").
  if (joiner && (factType === 'person' || (joiner === 'of' && /\s/u.test(sentence.slice(start, end).trim())))) return false;
  // A year after a law's name dates it ("the Government of India Act 1935"); the name stands without it.
  return !isCalendarWord(word!) && !/^\d{4}$/u.test(word!);
}

/** Whether `word`, with `lead` before it in the sentence, belongs to a name rather than being a title, a date or the sentence's first word. */
function joinsName(word: string, lead: string): boolean {
  if (/^\s*$/u.test(lead) || /:\s*$/u.test(lead)) return false;
  if (/['’]s$/u.test(word) || isCalendarWord(word) || STOP_WORDS.has(word.toLowerCase())) return false;
  const lower = word.toLowerCase().replace(/\.$/u, '');
  return !TITLES.has(lower) && !ROLE_WORDS.has(lower);
}

function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}
