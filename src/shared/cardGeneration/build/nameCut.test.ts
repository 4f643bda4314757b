import { describe, expect, it } from 'vitest';
import type { FactType } from '../types';
import { isCutFromLongerName } from './nameCut';

/** Whether `answer` (its first occurrence) is cut from a longer name in `sentence`. */
const cut = (sentence: string, answer: string, factType: FactType = 'name'): boolean => {
  const start = sentence.indexOf(answer);
  return isCutFromLongerName(sentence, start, start + answer.length, factType);
};

describe('a name cut from a longer name', () => {
  it('is found when the name runs on after the answer: a capitalised word, a joiner and one, a particle, a number', () => {
    expect(cut('He spoke about the Internet of Things and its devices.', 'Internet')).toBe(true);
    expect(cut('The report emerged from National Security Memorandum 20 last year.', 'National Security Memorandum')).toBe(true);
    expect(cut('Among his students was Abu al-Wafa, an Egyptian prince.', 'Abu')).toBe(true);
    expect(cut('His full name was Abū ʿAlī al-Ḥasan, of Basra.', 'Abū')).toBe(true);
    expect(cut('They harvested plants for the Plant Habitat-03 investigation.', 'Plant')).toBe(true);
  });

  it('is found when the name starts before the answer', () => {
    expect(cut('He will lead an event on the Partnership for Global Infrastructure and Investment.', 'Global Infrastructure')).toBe(true);
    // A transliterated name with a lower-case part: "Aiwān-i bālā Pākistān".
    expect(cut('The Senate of Pakistan (Aiwān-i bālā Pākistān) is the upper house.', 'Pākistān', 'place')).toBe(true);
    expect(cut('The upper house meets in Islamabad every spring.', 'Islamabad', 'place')).toBe(false);
    expect(cut('Part two is “Building Back Better to Modernize Federal Defenses.”', 'Back Better')).toBe(true);
    expect(cut('He angered the caliph Al-Hakim bi-Amr Allah and went into hiding.', 'Allah')).toBe(true);
  });

  it('is not found for a role, a title, a weekday, a possessive, "The" or the sentence’s first word before the name', () => {
    expect(cut('Flight Engineer Jasmin Moghbeli of NASA fixed the racks.', 'Jasmin Moghbeli')).toBe(false);
    expect(cut('The talks with President Zelenskyy went well.', 'Zelenskyy', 'person')).toBe(false);
    expect(cut('On Monday Minsk hosted the summit.', 'Minsk', 'place')).toBe(false);
    expect(cut('Yesterday Russia’s Lavrov spoke at length.', 'Lavrov')).toBe(false);
    expect(cut('He was simply known as “The Physicist” in Latin.', 'Physicist')).toBe(false);
    expect(cut('Moscow will host the summit in November.', 'Moscow', 'place')).toBe(false);
  });

  it('is found when "of" ties the answer to a common noun or an office before it, or to the rest of the name after it', () => {
    expect(cut('During this time, he wrote his influential Book of Optics.', 'Optics')).toBe(true);
    expect(cut('He also wrote On the Light of the Moon in Cairo.', 'Moon')).toBe(true);
    expect(cut('The 2015 International Year of Light celebrated his work.', 'International Year')).toBe(true);
    expect(cut('The Federal Ministers and Ministers of State are appointed from Parliament.', 'State')).toBe(true);
    expect(cut('She met the Chief of Staff on Monday.', 'Staff', 'organisation')).toBe(true);
  });

  it('is not found for an office holder’s country, a surname before "of", or "of" at the sentence’s start', () => {
    expect(cut('He met the Prime Minister of Italy on Monday.', 'Italy', 'place')).toBe(false);
    expect(cut('The talks with President Zelenskyy of Ukraine went well.', 'Ukraine', 'place')).toBe(false);
    expect(cut('Members of Congress voted on Monday.', 'Congress', 'organisation')).toBe(false);
  });

  it('is not found for where a person or a full name comes from, a law’s year, or a date, number or list', () => {
    expect(cut('The talks with Zelenskyy of Ukraine went well.', 'Zelenskyy', 'person')).toBe(false);
    expect(cut('Flight Engineer Dmitri Petelin of Roscosmos trained on the Soyuz.', 'Roscosmos')).toBe(false);
    expect(cut('The Government of India Act 1935 was retained as the constitution.', 'Government of India Act', 'event')).toBe(false);
    expect(cut('The summit was held on November 23 in Minsk.', 'November', 'date')).toBe(false);
  });
});
