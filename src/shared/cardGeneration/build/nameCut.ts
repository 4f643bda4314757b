import type { FactType } from '../types';
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
