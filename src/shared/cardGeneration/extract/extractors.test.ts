import { describe, expect, it } from 'vitest';
import { answers, answersWithHints, factsOf, firstSentence } from '../testing/analyse';
import { findAcronymDefinitions } from './acronyms';
import { findCodeNames } from './codeNames';

const numbers = (text: string): string[][] => factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => [mention.answer, mention.hint]);

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
    expect(expansions('He met the ministers of France, Germany, UK, and Italy in Rome.')).toEqual([]);
    expect(expansions('They trained in infection prevention and control, IPC, for a week.')).toEqual([]);
  });

  it('asks what an acronym stands for and does not blank it next to its definition', () => {
    const { questions, mentions } = factsOf('The Collective Security Treaty Organization (CSTO) will discuss the CSTO budget in the spring.');
    expect(questions).toContainEqual({ prompt: 'What does CSTO stand for?', answer: 'Collective Security Treaty Organization' });
    expect(mentions.map((mention) => mention.answer)).not.toContain('CSTO');
  });
});

describe('dates and numbers', () => {
  it('reads a news-style abbreviated month with its day as a date, not as a name', () => {
    expect(answers('The crew will undock from the station on Wednesday, Sept. 27, after a year in space.', 'date')).toEqual(['Sept. 27']);
    expect(answers('They launched to the station on Sept. 21, 2022, with the rest of the crew.', 'date')).toEqual(['Sept. 21, 2022']);
    expect(answers('They launched to the station on Sept. 21, 2022, with the rest of the crew.', 'name')).toEqual([]);
  });

  it('takes no lower-case month for a date: "Fig. 15 may be taken …" is a verb', () => {
    expect(answers('Fig. 15 may be taken as a type of a large class of finished celts.', 'date')).toEqual([]);
    expect(answers('The crew will undock from the station on 27 May 2023, after a year in space.', 'date')).toEqual(['27 May 2023']);
  });

  it('keeps a range of years before an era whole ("80–51 B.C."), counting down', () => {
    expect(answers('Later we hear that the king of Egypt, Ptolemy Auletes (80–51 B.C.), Cleopatra\'s father, was a flute player.', 'date')).toEqual(['80–51 B.C.']);
    expect(answers('The king of Egypt ruled from 80 - 51 BC and played the flute at his court.', 'date')).toEqual(['80 - 51 BC']);
  });

  it('cards no year of a series ("published 1685, 1690, 1694, and 1700 respectively"), and reads "Op. 1", "Coll. 1781" and "pp. 46" as references, not sentence ends', () => {
    expect(answers('Of the twelve in Op. 1, 2, 3, and 4, published 1685, 1690, 1694, and 1700 respectively, most have four movements.', 'date')).toEqual([]);
    expect(answers('He was born in 1714 and died in 1788, and between 1779 and 1787 he wrote six collections.', 'date')).toEqual(['1714', '1788', '1779 and 1787']);
    expect(firstSentence('Of the twelve in Op. 1, twelve are sonatas for two violins and a bass, printed in 1683.').text).toContain('in 1683');
    expect(firstSentence('It comes at the end (E. Bach, Coll. 1781, No. 3), as on pp. 46-47 of the book.').text).toContain('of the book');
  });

  it('reads a decade as one, its "\'s" inside the blank ("the early 2000\'s", "the 1990s")', () => {
    expect(answersWithHints("He was recruited by IBM Research in the early 2000's to work on the Blue Gene project.")).toContain("2000's (decade)");
    expect(answersWithHints('In the 1990s the company grew quickly in Boston and London.')).toContain('1990s (decade)');
  });

  it('keeps specific dates and years and drops relative ones', () => {
    expect(answers('Next week, on November 23, the ministers will meet, as they did in 1962 and since 1945.', 'date')).toEqual(['November 23', '1962', '1945']);
    expect(answers('Today the ministers will meet again, as they did last year and the week before.', 'date')).toEqual([]);
  });

  it('keeps a range of years whole, in every form, and never cards one end of it', () => {
    expect(answersWithHints('His most influential work was written during 1011–1021, in Cairo, and survived in Latin.')).toContain('1011–1021 (years)');
    expect(answers('The second world war in Europe lasted from 1939-1945, and it changed the map.', 'date')).toEqual(['1939-1945']);
    expect(answers('The war in Europe lasted 1939–45, and it changed the map of the continent.', 'date')).toEqual(['1939–45']);
    expect(answers('He lived from 1011 to 1021 in Cairo, where he wrote his books.', 'date')).toEqual(['1011 to 1021']);
    expect(answers('Between 2019 and 2021 the price of the ticket rose sharply.', 'date')).toEqual(['2019 and 2021']);
    // A later number is no end of a range.
    expect(answers('The war in Europe ended in 1945 - 12 nations signed the peace.', 'date')).toEqual(['1945']);
  });

  it('leaves out a year that cites a work by its author ("Toomer 1964 lists", "(Smith, 2003)")', () => {
    expect(answers('Toomer 1964 lists, as a precondition, what is needed for historians to investigate the claim.')).toEqual([]);
    expect(answers('The method was described before (Smith, 2003) in an article on the optics of the eye.')).toEqual([]);
    expect(answers('In 1964 Toomer wrote a review of the book for a journal of history.', 'date')).toEqual(['1964']);
  });

  it('reads three dotted numbers after a name as a version, and after "on" as a date', () => {
    expect(answers('The app runs on electron-vite 6.0.0 and vitest 4.1.12 with no changes to the build.')).toEqual([]);
    expect(answers('The treaty was signed on 4.1.12 in the capital of the republic.')).toEqual(['4.1.12']);
  });

  it('reads a month named alone after "in" or "by" as when, but not the month of a full date', () => {
    expect(answersWithHints('They prepared for a round of U.S. spacewalks in October, on the station.')).toContain('October (month)');
    expect(answers('The assembly was dissolved in October, 1954, before it could finish the task.', 'date')).not.toContain('October');
  });

  it('reads an early year by its marks ("c. 965", "476 AD") and leaves a bare small number alone', () => {
    expect(answers('He was born c. 965 in Basra, a port city of the caliphate.', 'date')).toEqual(['965']);
    expect(answers('The western empire fell in 476 AD after a long decline.', 'date')).toEqual(['476 AD']);
    expect(answers('The school had 965 students in its first year of teaching.', 'date')).toEqual([]);
  });

  it('finds numbers with a unit, a percentage or a currency, and ignores bare numbers', () => {
    const text = 'The exercise involved 5,000 troops and cost $3 billion, about 40% more than the 12 before it.';
    expect(factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => [mention.answer, mention.hint])).toEqual([
      ['5,000', 'number'],
      ['$3 billion', 'amount'],
      ['40%', 'percentage'],
    ]);
  });

  it('finds numbers written in words: counts with their unit, durations and ratios with theirs, and number-unit compounds', () => {
    expect(numbers('Each province is represented by fourteen senators, who serve staggered six-year terms.')).toEqual([['fourteen', 'number'], ['six-year', 'duration']]);
    expect(numbers('Elections to the upper house are held every three years, by law.')).toEqual([['three years', 'duration']]);
    expect(numbers('The attackers compromised nine federal agencies in the spring.')).toEqual([['nine', 'number']]);
    expect(numbers('In that region, mothers are three times more likely to die in childbirth.')).toEqual([['three times', 'ratio']]);
    expect(numbers('His most famous work is a seven-volume treatise on optics.')).toEqual([['seven-volume', 'number']]);
  });

  it('reads a number in several words as one ("one hundred and four"), never its last word alone', () => {
    expect(numbers('There are one hundred and four senatorial seats in the house.')).toEqual([['one hundred and four', 'number']]);
    expect(numbers('A crowd of two thousand people cheered the team at the gates.')).toEqual([['two thousand', 'number']]);
  });

  it('cards a bare number that states a level ("originally 45", "raised to 63", "from 87 to 100"), not a score, a range or any bare number', () => {
    expect(numbers('The membership of the Senate, which was originally 45, was raised to 63 in 1977.')).toEqual([['45', 'number'], ['63', 'number']]);
    expect(numbers('He raised the membership of the Senate from 87 to 100 through the order.')).toEqual([['100', 'number']]);
    expect(numbers('Alhazen wrote as many as 200 books, although only 55 have survived.')).toEqual([['200', 'number'], ['55', 'number']]);
    expect(numbers('The score was 21 to 14 at half time, and the players left the field.')).toEqual([]);
    expect(numbers('The bus stopped at 45 and then drove on to the next stop in town.')).toEqual([]);
  });

  it('counts in words across up to two modifiers before the unit ("nine compromised agencies", "six United States airports")', () => {
    expect(numbers('We met the deputy heads of the nine compromised agencies on Tuesday.')).toEqual([['nine', 'number']]);
    expect(numbers('Operators must funnel passengers to one of six United States airports for screening.')).toEqual([['six', 'number']]);
  });

  it('reads one unit of time sized by a word as a duration ("over a year", "less than a month"), and a bare "a year" as nothing', () => {
    expect(numbers('After spending over a year in space, the three residents will undock from the station.')).toEqual([['over a year', 'duration']]);
    expect(numbers('The review of the agencies took less than a month to finish.')).toEqual([['less than a month', 'duration']]);
    expect(numbers('The board meets once a year, and it met a year ago in the capital.')).toEqual([]);
  });

  it('reads a rough count or a range in words as one fact, never cut at "or" or "to", nor "several hundred" at its scale word', () => {
    const numbers = (text: string) => factsOf(text).mentions.filter((mention) => mention.type === 'number');
    expect(numbers('Some eight or nine young men were crowding round an open window.')).toEqual([{ type: 'number', hint: 'number', answer: 'eight or nine' }]);
    expect(numbers('The vaccine trial will take seven to nine weeks to report its results.')).toEqual([{ type: 'number', hint: 'duration', answer: 'seven to nine weeks' }]);
    // A bare scale word says how many only with the word before it.
    expect(numbers('And it turned out to be several hundred people and a pretty well-organized event.')).toEqual([{ type: 'number', hint: 'number', answer: 'several hundred' }]);
    expect(numbers('Then a few thousand soldiers crossed the river before the bridge fell.')).toEqual([{ type: 'number', hint: 'number', answer: 'a few thousand' }]);
    expect(numbers('Half a dozen specimens are found in the collections of the museum.')).toEqual([{ type: 'number', hint: 'number', answer: 'Half a dozen' }]);
    // "minute" after a count is "tiny".
    expect(numbers('Two minute grotesque figures are perched upon the shoulder of the vase.')).toEqual([]);
    // "thirty-second" is an ordinal, not a count of seconds.
    expect(numbers('The men came from the borders of the Rhine and from the Thirty-second Military Division.')).toEqual([]);
  });

  it('cards no number said for emphasis ("100 percent confident", "one hundred percent agree", "a hundred percent go with"), but a rise of 100 percent', () => {
    const numbers = (text: string) => factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => mention.answer);
    expect(numbers('I am 100 percent confident that the talks will resume in June this year.')).toEqual([]);
    expect(numbers('I will say, I a hundred percent go with Raycast for my searches now.')).toEqual([]);
    expect(numbers('So I one hundred percent agree with you that there is a different feel to it.')).toEqual([]);
    expect(numbers('There is already an issue with the analytics not necessarily being 100% accurate for the sites.')).toEqual([]);
    expect(numbers('Turnout rose by 100 percent in the second round of the vote last year.')).toEqual(['100 percent']);
  });

  it('leaves small counts in words, "one", a one-off and a shape ("three-cornered") alone', () => {
    const numbers = (text: string): string[] => answers(text, 'number');
    expect(numbers('I want to talk with you about two incidents and three parts of the review today.')).toEqual([]);
    expect(numbers('It was one of the members, a one-time grant of the council.')).toEqual([]);
    expect(numbers('I must have repeated it like six time before the talks began.')).toEqual([]);
    // A shape, not a count of anything.
    expect(numbers('He took up the general’s three-cornered hat and held it by the plume.')).toEqual([]);
  });
});

describe('how many', () => {
  it('asks how many of a unit a short subject has or involved', () => {
    expect(factsOf('The annual exercise involved 5,000 troops from six countries.').questions).toContainEqual({ prompt: 'How many troops did the annual exercise involve?', answer: '5,000' });
    expect(factsOf('Last spring, the new alliance will include 12 countries of the region.').questions).toContainEqual({ prompt: 'How many countries will the new alliance include?', answer: '12' });
    expect(factsOf('He said that it has 40 members in all the regions.').questions).toEqual([]);
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
