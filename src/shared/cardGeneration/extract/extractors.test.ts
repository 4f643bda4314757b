import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { factsOf, firstSentence } from '../testing/analyse';
import { findAcronymDefinitions } from './acronyms';
import { findCodeNames } from './codeNames';

const answers = (text: string, type?: string): string[] =>
  factsOf(text)
    .mentions.filter((mention) => !type || mention.type === type)
    .map((mention) => mention.answer);

const answersWithHints = (text: string): string[] => factsOf(text).mentions.map((mention) => `${mention.answer} (${mention.hint})`);

const numbers = (text: string): string[][] => factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => [mention.answer, mention.hint]);

describe('names, people and titles', () => {
  it('splits a titled name into the person and who the title belongs to', () => {
    const { mentions, questions } = factsOf('Speaking for NATO, Secretary-General Jens Stoltenberg met the press in Brussels on Monday.');
    expect(mentions).toContainEqual({ type: 'person', hint: 'person', answer: 'Jens Stoltenberg' });
    expect(factsOf('The Belarus President Alexander Lukashenko opened the summit in the capital.').questions).toContainEqual({ prompt: 'Who is the President of Belarus?', answer: 'Alexander Lukashenko' });
    expect(factsOf('He met the OSCE Chairman Antonio Costa at the summit in the capital.').questions).toContainEqual({ prompt: 'Who is the Chairman of the OSCE?', answer: 'Antonio Costa' });
    expect(questions.map((question) => question.prompt)).not.toContain('Who is the Secretary-General?');
  });

  it('hints a US state as a state, a place followed by a state as a town, and never cards a state’s abbreviation', () => {
    expect(factsOf('The governor flew from Michigan to Nevada for the talks last spring.').mentions).toContainEqual({ type: 'place', hint: 'state', answer: 'Michigan' });
    expect(factsOf('The delegation met the mayor in Paris, Texas, for the talks last spring.').mentions).toContainEqual({ type: 'place', hint: 'town', answer: 'Paris' });
    expect(factsOf('A caller from Detroit, Mich., asked the senator about jobs in the region.').mentions).toContainEqual({ type: 'place', hint: 'town', answer: 'Detroit' });
    expect(generateCards('A caller from Detroit, Mich., asked the senator about jobs in the region.').map((card) => card.answer)).not.toContain('Mich.');
    // Georgia stays the country it is abroad, unless a town comes before it.
    expect(factsOf('The delegation flew from Armenia to Georgia for the talks last spring.').mentions).toContainEqual({ type: 'place', hint: 'country', answer: 'Georgia' });
  });

  it('knows countries and cities from its gazetteer', () => {
    const { mentions } = factsOf('The delegation flew from Tashkent to Kazakhstan for the talks last spring.');
    expect(mentions).toContainEqual({ type: 'place', hint: 'city', answer: 'Tashkent' });
    expect(mentions).toContainEqual({ type: 'place', hint: 'country', answer: 'Kazakhstan' });
  });

  it('takes countries, their other names and capitals from countries-list, and leaves capitals that are also names alone', () => {
    expect(answersWithHints('The minister flew from Ouagadougou to Czechia for the talks last spring.')).toEqual(expect.arrayContaining(['Ouagadougou (city)', 'Czechia (country)']));
    expect(answersWithHints('Queen Victoria opened the new wing of the museum in the spring.')).not.toContain('Victoria (city)');
  });

  it('keeps the number of a numbered name ("Article 59", "Expedition 69") and hints the noun', () => {
    expect(answersWithHints('The powers of the Senate are established by Article 59 of the Constitution.')).toContain('Article 59 (article)');
    expect(answersWithHints('The crew of Expedition 69 split up orbital duties on the station today.')).toContain('Expedition 69 (expedition)');
  });

  it('ends a titled person’s name before "of" and the place they come from', () => {
    const hints = answersWithHints('The President will meet President Zelenskyy of Ukraine and the leaders on Friday.');
    expect(hints).toEqual(expect.arrayContaining(['Zelenskyy (person)', 'Ukraine (country)']));
    expect(answersWithHints('The Bank of England raised its rates on Thursday, the bank said.')).toContain('Bank of England (organisation)');
  });

  it('hints a country’s formal name and its acronym as a country, a building as a building, and leaves "U.S.-developed" alone', () => {
    expect(answersWithHints('Separately, the ministry in the Republic of Guinea confirmed a case in the south.')).toContain('Republic of Guinea (country)');
    expect(answersWithHints('The administration is supporting the DRC and its health workers this year.')).toContain('DRC (country)');
    expect(answersWithHints('The secretariat is in the east wing of the Parliament Building in the capital.')).toContain('Parliament Building (building)');
    expect(answersWithHints('The agency delivered U.S.-developed therapeutics to the region last week.')).not.toContain('U.S. (country)');
  });

  it('hints a treaty, a law and a declaration by their head noun, not as an organisation', () => {
    expect(answersWithHints('The United States rejoined the Paris Agreement on its first day in office.')).toContain('Paris Agreement (treaty)');
    expect(answersWithHints('From 1947 the Government of India Act was retained as the constitution.')).toContain('Government of India Act (law)');
    expect(answersWithHints('Twenty countries signed the Los Angeles Declaration at the summit that June.')).toContain('Los Angeles Declaration (declaration)');
  });

  it('cards the place or body an office belongs to, not the office as a name, and leaves a portfolio alone', () => {
    expect(answersWithHints('He will co-host the event with the Prime Minister of Italy on Friday.')).toEqual(['Italy (country)']);
    expect(answers('It brings together the chairman and CEO of BlackRock, Larry Fink, and others.')).toContain('BlackRock');
    expect(answers('He was appointed Minister of War by the Emperor in 1808.')).toContain('Minister of War');
  });

  it('keeps an Arabic name whole across its particles, and makes no name or question of an adjective before a title', () => {
    expect(answers('He angered the caliph Al-Hakim bi-Amr Allah and was forced into hiding for years.')).toEqual(['Al-Hakim bi-Amr Allah']);
    expect(answers('Among his students was Abu al-Wafa Mubashir ibn Fatek, an Egyptian prince of the court.')).toContain('Abu al-Wafa Mubashir ibn Fatek');
    const { mentions, questions } = factsOf('The talks in Cairo with Egyptian President Abdel Fattah el-Sisi lasted two hours.');
    expect(mentions.map((mention) => mention.answer)).toEqual(['Cairo', 'Abdel Fattah el-Sisi', 'two hours']);
    expect(questions).toEqual([]);
  });

  it('keeps "of the" inside the name of a body, an event or an office, and cards an office’s holder without its article', () => {
    expect(answers('He met officials of the Ministry of the Interior in Kabul on Monday.')).toContain('Ministry of the Interior');
    expect(answers('Two years ago the President hosted the Summit of the Americas in Los Angeles.')).toContain('Summit of the Americas');
    expect(answersWithHints('The Prime Minister of the United Kingdom spoke to the press in London.')).toContain('United Kingdom (country)');
  });

  it('hints a disease named with its year as a disease, not a code name', () => {
    expect(answersWithHints('The COVID-19 outbreak has further confirmed that the health of one country is the health of the world.')).toEqual(['COVID-19 (disease)']);
  });

  it('keeps "and" inside a name of capitalised common nouns after "of"/"for", and hints a document by the head before them', () => {
    expect(answersWithHints('He pulled more than twenty countries together around the Los Angeles Declaration for Migration and Protection.')).toContain('Los Angeles Declaration for Migration and Protection (declaration)');
    expect(answers('He met the staff of the Department of Health and Human Services on Monday morning.')).toContain('Department of Health and Human Services');
    expect(answers('Officials from the Ministry of Defence and Russia signed the deal in May.')).toEqual(['Ministry of Defence', 'Russia']);
  });

  it('makes an organisation of a run with an organisation word, "of" included', () => {
    expect(answers('Rescue units of the Ministry of Emergency Situations arrived in the valley at dawn.', 'organisation')).toEqual(['Ministry of Emergency Situations']);
  });

  it('makes a person of a name after a form of address or a rank ("Gen.", "Dr.", "Flight Engineer")', () => {
    expect(answersWithHints('The government of Gen. Pervez Musharraf raised the membership of the Senate to one hundred.')).toContain('Pervez Musharraf (person)');
    expect(answersWithHints('We spoke with Dr. Leah Stokes about the climate law on Monday.')).toContain('Leah Stokes (person)');
  });

  it('makes a person of a full name that starts with a known given name or an initial, but not of a title of common words', () => {
    expect(answersWithHints('It will bring together the chairman and CEO of BlackRock, Larry Fink, in one room.')).toContain('Larry Fink (person)');
    expect(answersWithHints('The book was printed by Friedrich Risner in Basel in 1572, with a new title.')).toContain('Friedrich Risner (person)');
    expect(answersWithHints('A new solution was found by the mathematician Peter M. Neumann in 1997 at Oxford.')).toContain('Peter M. Neumann (person)');
    expect(answersWithHints('He described it in his scientific book Dream Pool Essays, published in the year 1088.')).toContain('Dream Pool Essays (name)');
    expect(answersWithHints('They flew from Paris Orly to Lyon on the morning of the summit.')).not.toContain('Paris Orly (person)');
  });

  it('hints an administrative area by its head noun ("North Kivu Province", "Cook County")', () => {
    expect(answersWithHints('The ministry confirmed a case of the disease in North Kivu Province on Sunday.')).toContain('North Kivu Province (region)');
    expect(answersWithHints('Officials in Cook County closed the schools for a week in March.')).toContain('Cook County (county)');
  });

  it('makes a person of a name next to a verb of speech', () => {
    const text = 'After the long meeting in the capital, said Petrov Ivanovich, nothing had changed at all.';
    expect(factsOf(text).mentions).toContainEqual({ type: 'person', hint: 'person', answer: 'Petrov Ivanovich' });
  });

  it('never takes a word capitalised only because it starts the sentence', () => {
    const text = 'Command and staff training will start soon. Problems remain. Asked about it, the chief said that the command and the problems were known.';
    expect(factsOf(text, text).mentions).toEqual([]);
  });

  it('leaves a form of address or a rank out of the name to recall', () => {
    expect(answers('The government of Gen. Pervez Musharraf raised the membership of the Senate in 2002.')).toContain('Pervez Musharraf');
    expect(answers('Later, Flight Engineer Jasmin Moghbeli of NASA replaced the batteries in the module.')).toContain('Jasmin Moghbeli');
    expect(answers('The clinic is run by Dr. Leah Stokes in Santa Barbara these days.')).toContain('Leah Stokes');
    expect(answers('The government of Gen. Pervez Musharraf raised the membership of the Senate in 2002.')).not.toContain('Gen. Pervez Musharraf');
  });

  it('never takes a contraction for a name, whatever its apostrophe, and keeps a possessive name', () => {
    for (const sentence of ['Then I’m told by Jake Sullivan that the talks in Geneva went well.', 'And I’m sure that Minsk will host the summit next year.', 'We’ll see, said Jake Sullivan in Geneva.']) {
      const found = answers(sentence);
      expect(found.some((answer) => /['’]/.test(answer) && !/['’]s$/.test(answer)), `${sentence} → ${found.join(', ')}`).toBe(false);
    }
    expect(answers('Russia’s delegation arrived in Geneva on Monday for the talks.')).toContain('Geneva');
  });

  it('skips capitalised modifiers such as "Afghan people"', () => {
    expect(answers('Many of the Afghan people and the Western allies suffered in the long war.')).toEqual([]);
  });
});

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

  it('leaves small counts in words, "one" and a one-off alone', () => {
    const numbers = (text: string): string[] => factsOf(text).mentions.filter((mention) => mention.type === 'number').map((mention) => mention.answer);
    expect(numbers('I want to talk with you about two incidents and three parts of the review today.')).toEqual([]);
    expect(numbers('It was one of the members, a one-time grant of the council.')).toEqual([]);
    expect(numbers('I must have repeated it like six time before the talks began.')).toEqual([]);
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

  it('asks what a code name is from an apposition', () => {
    const { questions } = factsOf('The general said “Interaction-2024”, a command and staff training with the rapid forces, went well.');
    expect(questions).toContainEqual({ prompt: 'What is Interaction-2024?', answer: 'a command and staff training with the rapid forces' });
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
});
