import { describe, expect, it } from 'vitest';
import { answers, answersWithHints, factsOf, firstSentence } from '../testing/analyse';
import { findAcronymDefinitions } from './acronyms';
import { findCodeNames } from './codeNames';

describe('acronyms', () => {
  it('finds the shortest expansion that spells the acronym, in both orders', () => {
    const sentence = firstSentence('He trained with the CSTO Collective Rapid Reaction Forces (CRRF) and the WHO (World Health Organization) staff.');
    const found = findAcronymDefinitions(sentence).map((definition) => [definition.acronym, sentence.tokens.slice(definition.from, definition.to).map((token) => token.text).join(' ')]);
    expect(found).toEqual([
      ['CRRF', 'Collective Rapid Reaction Forces'],
      ['WHO', 'World Health Organization'],
    ]);
  });

  it('reads an expansion in lower case and initials with dots ("U.S. Government (USG)")', () => {
    const expansions = (text: string): string[][] => {
      const sentence = firstSentence(text);
      return findAcronymDefinitions(sentence).map((definition) => [definition.acronym, sentence.tokens.slice(definition.from, definition.to).map((token) => token.text).join(' ')]);
    };
    expect(expansions('Staff were trained in infection prevention and control (IPC) across the region.')).toEqual([['IPC', 'infection prevention and control']]);
    expect(expansions('Upon confirmation, the U.S. Government (USG) implemented a response.')).toEqual([['USG', 'U.S. Government']]);
    expect(expansions('They met the big cat (XYZ) in the zoo.')).toEqual([]);
    // Set off by commas: only after a capitalised expansion, and never an item of a list.
    expect(expansions('Officials from the Department of Homeland Security, DHS, joined the call.')).toEqual([['DHS', 'Department of Homeland Security']]);
    expect(expansions('All of that data can be aggregated through USD, Universal Scene Description.')).toEqual([['USD', 'Universal Scene Description']]);
    expect(expansions('We met the CEO, Jane Smith, at the summit.')).toEqual([]);
    expect(expansions('He met the ministers of France, Germany, UK, and Italy in Rome.')).toEqual([]);
    expect(expansions('They trained in infection prevention and control, IPC, for a week.')).toEqual([]);
  });

  it('asks what an acronym stands for and does not blank it next to its definition', () => {
    const { questions, mentions } = factsOf('The Collective Security Treaty Organization (CSTO) will discuss the CSTO budget in the spring.');
    expect(questions).toContainEqual({ prompt: 'What does CSTO stand for?', answer: 'Collective Security Treaty Organization' });
    expect(mentions.map((mention) => mention.answer)).not.toContain('CSTO');
  });
});

describe('code names and events', () => {
  it('reads the year inside a code name as part of the name, not a date', () => {
    const text = 'The CSTO Peacekeeping Forces exercise "Indestructible Brotherhood-2024" and Rubezh-2024 will be held in autumn.';
    const sentence = firstSentence(text);
    expect(findCodeNames(sentence).map((name) => text.slice(sentence.tokens[name.from]!.start, sentence.tokens[name.to - 1]!.end))).toEqual(['Indestructible Brotherhood-2024', 'Rubezh-2024']);
    expect(answers(text, 'date')).toEqual([]);
  });

  it('takes the name words right before an unquoted code name into it, but not a place or an acronym that holds it', () => {
    expect(answers('She harvested the plants, part of the Plant Habitat-03 investigation on the station.')).toContain('Plant Habitat-03');
    expect(answers('The CSTO Rubezh-2024 exercises will be held in Kyrgyzstan next year.')).toEqual(expect.arrayContaining(['Rubezh-2024', 'CSTO']));
    expect(answers('Troops from Russia and Belarus began the Russia Zapad-2021 drills on Friday.')).toContain('Zapad-2021');
  });

  it('asks what a code name is from an apposition', () => {
    const { questions } = factsOf('The general said “Interaction-2024”, a command and staff training with the rapid forces, went well.');
    expect(questions).toContainEqual({ prompt: 'What is Interaction-2024?', answer: 'a command and staff training with the rapid forces' });
    // "the STS-56 mission aboard …": the noun after the name is what it names, not an apposition.
    expect(factsOf('Ochoa served on the nine-day STS-56 mission aboard the space shuttle Discovery in 1993.').questions.map((question) => question.prompt)).not.toContain('What is STS-56?');
  });

  it('asks when a named event was', () => {
    expect(factsOf('The world came closest to war at the moment of the Caribbean crisis in 1962.').questions).toContainEqual({ prompt: 'When was the Caribbean crisis?', answer: '1962' });
    // A body named after an event is no event: no "When was the War Department?".
    expect(factsOf('The rules were issued by the clerks of the War Department in 1917.').questions).toEqual([]);
  });
});

describe('lists and venues', () => {
  it('cards names of one kind joined by commas and "and" as one list, hinted with its size', () => {
    expect(answersWithHints('The emission theory was supported by such thinkers as Euclid and Ptolemy, who believed that the eye emits rays.')).toEqual(['Euclid and Ptolemy (2 names)']);
    expect(answersWithHints('The agency engaged Liberia, Sierra Leone, and Mali to improve their readiness for the outbreak.')).toContain('Liberia, Sierra Leone, and Mali (3 countries)');
    expect(answersWithHints('Qatar, Egypt, and the United States will work with Israel on the release of the hostages.')).toContain('Qatar, Egypt, and the United States (3 countries)');
    // Names of different kinds, or a name and a common noun, are no list.
    expect(answers('He met Lavrov in Moscow and Blinken in Washington on the last day of the week.')).toEqual(['Lavrov', 'Moscow', 'Blinken', 'Washington']);
    expect(answers('It brings together the chairman and CEO of BlackRock, Larry Fink, and others in the same room.')).toEqual(['BlackRock', 'Larry Fink']);
  });

  it('takes no list from a clause that ends at a comma, the same name twice, a first name with its own title, or a last name that owns what follows', () => {
    const lists = (text: string): string[] => answers(text, 'list');
    expect(lists('They raced along the incline before reaching Boguchárovo, and Rostóv, outstripping Ilyín, was the first to gallop in.')).toEqual([]);
    expect(lists('They saw the debt that China holds, the loans that China made and that China and China alone can forgive.')).toEqual([]);
    expect(lists('The battle was fought within the seven thousand feet between Borodinó and Bagratión’s flèches.')).toEqual([]);
    expect(lists('When Princess Mary went to her father, Mademoiselle Bourienne and Anatole met in the conservatory.')).toEqual([]);
    // Three names with a comma before the "and" are a list.
    expect(lists('The agency engaged Liberia, Sierra Leone, and Mali to improve their readiness for the outbreak.')).toEqual(['Liberia, Sierra Leone, and Mali']);
  });

  it('asks which countries an organisation includes', () => {
    const { questions, mentions } = factsOf('They met at a summit of the Collective Security Treaty Organization, which includes Armenia, Belarus, Russia, and Tajikistan.');
    expect(questions).toContainEqual({ prompt: 'Which countries does the Collective Security Treaty Organization include?', answer: 'Armenia, Belarus, Russia, and Tajikistan' });
    expect(mentions.map((mention) => mention.answer)).not.toContain('Armenia');
  });

  it('asks where and when for "Y will host X"', () => {
    const { questions } = factsOf('Next week, on November 23, Minsk will host a summit of the alliance, its first in years.');
    expect(questions).toContainEqual({ prompt: 'Which city will host a summit of the alliance?', answer: 'Minsk' });
    expect(questions).toContainEqual({ prompt: 'When will Minsk host a summit of the alliance?', answer: 'November 23' });
  });

  it('asks where for "X will take place in Y" and "X will be conducted in Y", per clause', () => {
    const text = '“Search-2024” and “Echelon-2024” will take place in Kyrgyzstan, and a joint training, “Rubezh-2024”, will be conducted in Tajikistan.';
    const { questions } = factsOf(text);
    expect(questions).toContainEqual({ prompt: 'Where will Search-2024 and Echelon-2024 take place?', answer: 'Kyrgyzstan' });
    expect(questions).toContainEqual({ prompt: 'Where will Rubezh-2024 be conducted?', answer: 'Tajikistan' });
  });

  it('names a short subject when the clause has no code name', () => {
    expect(factsOf('The annual conference was held in Vienna after a long delay.').questions).toContainEqual({ prompt: 'Where was the annual conference held?', answer: 'Vienna' });
  });
});

describe('sentences that yield nothing', () => {
  it('skips fragments, very long sentences and non-English sentences', () => {
    expect(factsOf('Minsk, Belarus.').raw.mentions).toEqual([]);
    expect(factsOf(`Minsk ${'and more words '.repeat(40)}in Belarus.`).raw.mentions).toEqual([]);
    expect(factsOf('Le prochain sommet se tiendra à Minsk le 23 novembre avec la Russie.').raw.mentions).toEqual([]);
  });

  it('reads a short sentence that names its subject and has a verb, but no short fragment, imperative or sentence that leans on the one before', () => {
    expect(answers('KubeCon started in 2015.')).toContain('2015');
    expect(answers('Méhul died in 1817.')).toContain('1817');
    expect(answers('It started in 2015.')).toEqual([]);
    expect(answers('Look at Visio is doing.')).toEqual([]);
    expect(answers('And moved three times.')).toEqual([]);
    expect(answers('Berlin, 2015.')).toEqual([]);
  });
});
