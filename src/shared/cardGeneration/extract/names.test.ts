import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { answers, answersWithHints, factsOf } from '../testing/analyse';

describe('names, people and titles', () => {
  it('knows countries and cities from its gazetteer', () => {
    const { mentions } = factsOf('The delegation flew from Tashkent to Kazakhstan for the talks last spring.');
    expect(mentions).toContainEqual({ type: 'place', hint: 'city', answer: 'Tashkent' });
    expect(mentions).toContainEqual({ type: 'place', hint: 'country', answer: 'Kazakhstan' });
  });

  it('takes countries, their other names and capitals from countries-list, and leaves capitals that are also names alone', () => {
    expect(answersWithHints('The minister flew from Ouagadougou to Czechia for the talks last spring.')).toEqual(expect.arrayContaining(['Ouagadougou (city)', 'Czechia (country)']));
    expect(answersWithHints('Queen Victoria opened the new wing of the museum in the spring.')).not.toContain('Victoria (city)');
  });

  it('cards the place or body an office belongs to, not the office as a name, and leaves a portfolio alone', () => {
    expect(answersWithHints('He will co-host the event with the Prime Minister of Italy on Friday.')).toEqual(['Italy (country)']);
    expect(answers('It brings together the chairman and CEO of BlackRock, Larry Fink, and others.')).toContain('BlackRock');
    expect(answers('He was appointed Minister of War by the Emperor in 1808.')).toContain('Minister of War');
  });

  it('reads an office named after a post as one organisation, asks no "Who is the Chief of the Office of the?", and starts no name at an imperative', () => {
    const sentence = 'Beyond Center-level actions, the NESC has engaged with the Office of the Chief Financial Officer to promote the standard.';
    expect(answersWithHints(sentence)).toContain('Office of the Chief Financial Officer (organisation)');
    expect(factsOf(sentence).questions).toEqual([]);
    expect(answers('Follow Commercial Crew and Kennedy Space Center for the latest arrival updates.')).toEqual(['Commercial Crew', 'Kennedy Space Center']);
  });

  it('starts no name at a connective or an adverb opening the sentence ("Meanwhile Cormoran")', () => {
    expect(answers('Meanwhile Cormoran, growing more lazy, spent much of his time in sleep.')).toEqual(['Cormoran']);
    expect(answers('Unfortunately Smith had left the island before the boats came back.')).toEqual(['Smith']);
  });

  it('cards no count from a numbered name ("Apollo 9 astronauts") and takes an administrator\'s title off his name', () => {
    expect(answers('Apollo 9 astronauts James A. McDivitt and David R. Scott posed in front of their rocket.')).not.toContain('9');
    expect(answersWithHints('Agnew attended the launch, escorted by NASA Acting Administrator Thomas O. Paine and his staff.')).toContain('Thomas O. Paine (person)');
  });

  it('takes no unit after a number for a name ("1338 Hz", "f=1338 Hz")', () => {
    const found = answers('The array was tuned to a fixed f=1338 Hz and later to 20 MHz for the test.');
    expect(found).not.toContain('Hz');
    expect(found).not.toContain('MHz');
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

  it('cards no school named after someone ("Euclidean", "Marxist"), pointer to a picture ("Figure 4") or adverb of verse, but a place such as the Mediterranean', () => {
    expect(answers('Previous Islamic writers had argued essentially on Euclidean, Galenist, or Aristotelian lines.')).toEqual([]);
    expect(answers('He was a committed Marxist during his years in Berlin.')).toEqual(['Berlin']);
    expect(answers('The fleet sailed across the Mediterranean to Genoa in the spring.')).toContain('Mediterranean');
    // A pointer into the book's pictures is no name, but "Table Mountain" is one.
    expect(answers('The data are shown in Figure 4 of the report from Boston.')).toEqual(['Boston']);
    expect(answers('It is generally an octave flute, or piccolo flute (Plate III.), in the band.')).toEqual([]);
    expect(answers('They climbed Table Mountain near Cape Town in the spring.')).toContain('Table Mountain');
    // Verse capitalises each line: an everyday adverb there is still no name.
    expect(answers('One more unfortunate, Weary of breath, Rashly importunate, Gone to her death.')).not.toContain('Rashly');
  });

  it('cards no nation\'s adjective or person alone ("no American should have to wait")', () => {
    const answersOfDeck = generateCards('They set an important goal, which is that no American should have to wait more than half an hour to vote.', { limit: 'all' }).map((card) => card.answer);
    expect(answersOfDeck).not.toContain('American');
  });

  it('takes no company suffix for a name of its own ("EcoExploratorio, Inc., San Juan")', () => {
    expect(answers('The award went to EcoExploratorio, Inc., a science museum in San Juan, last spring.')).not.toContain('Inc.');
  });

  it('takes what was said for no person ("most people said JavaScript"), but the speaker after a quotation', () => {
    expect(answersWithHints('In the survey of this year, most people said JavaScript, and a few said Pascal.')).toEqual(expect.arrayContaining(['JavaScript (name)', 'Pascal (name)']));
    expect(answersWithHints('“We will stay,” said Tasmagambetov at the end of the summit.')).toContain('Tasmagambetov (person)');
  });

  it('makes a person of a name next to a verb of speech', () => {
    const text = 'After the long meeting in the capital, said Petrov Ivanovich, nothing had changed at all.';
    expect(factsOf(text).mentions).toContainEqual({ type: 'person', hint: 'person', answer: 'Petrov Ivanovich' });
  });

  it('never takes a word capitalised only because it starts the sentence', () => {
    const text = 'Command and staff training will start soon. Problems remain. Asked about it, the chief said that the command and the problems were known.';
    expect(factsOf(text, text).mentions).toEqual([]);
  });

  it('takes no name of the divine ("the Almighty", "our Saviour", "Providence")', () => {
    expect(answers('He may be overthrown by the angel whom it has pleased the Almighty to set over Europe.')).toEqual(['Europe']);
    expect(answers('Who can know the terrible and holy secrets of Providence in these times?')).toEqual([]);
  });

  it('leaves a form of address or a rank out of the name to recall', () => {
    expect(answers('The government of Gen. Pervez Musharraf raised the membership of the Senate in 2002.')).toContain('Pervez Musharraf');
    expect(answers('Later, Flight Engineer Jasmin Moghbeli of NASA replaced the batteries in the module.')).toContain('Jasmin Moghbeli');
    expect(answers('The clinic is run by Dr. Leah Stokes in Santa Barbara these days.')).toContain('Leah Stokes');
    expect(answers('The government of Gen. Pervez Musharraf raised the membership of the Senate in 2002.')).not.toContain('Gen. Pervez Musharraf');
  });

  it('skips capitalised modifiers such as "Afghan people"', () => {
    expect(answers('Many of the Afghan people and the Western allies suffered in the long war.')).toEqual([]);
    // An adjective after a name modifies nothing unless a noun follows it.
    expect(answers('They will talk about the strikes by Hezbollah deeper into the north of the country.')).toEqual(['Hezbollah']);
    // A rare name before an English noun is a name still; an everyday word or a demonym there is a modifier.
    expect(answers('She harvested the final round of Arabidopsis plants for the investigation.')).toEqual(['Arabidopsis']);
  });

  it('takes no name from an identifier or a path, nor a unit after a number', () => {
    expect(answers('It switches to memory when NODE_ENV is set to test in the shell.')).not.toContain('ENV');
    expect(answers('The model takes about 424 KB in the browser and loads in 9 ms.')).not.toContain('KB');
    expect(answers('The module compiles to 100 MB WASM, which is too much for a phone.')).not.toContain('MB WASM');
    // An abbreviation that names something is still one.
    expect(answers('The parser reads JSON from the disk before the app starts.')).toContain('JSON');
  });

  it('takes no man or woman of a nation ("Englishman", "Frenchwoman") for a name, nor into one', () => {
    expect(answers('Dólokhov was holding the Englishman’s hand and repeating the terms of the bet.')).not.toContain('Englishman');
    expect(answers('The Uhlans came up at a trot to Pierre and the Frenchman and surrounded them.')).not.toContain('Pierre and the Frenchman');
    expect(answers('These reasons were the treachery of the Austrians and the stupidity of the Frenchman Langeron.')).toContain('Langeron');
  });
});
