import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { answers, answersWithHints, factsOf } from '../testing/analyse';

describe('a name\'s hint: what kind of thing it is', () => {
  it('hints a prize named after someone by its head noun, not as the person ("the 2024 Dr. Robert H. Goddard Memorial Trophy")', () => {
    expect(answersWithHints('The team was the winner of the 2024 Dr. Robert H. Goddard Memorial Trophy for its work.')).toContain('Robert H. Goddard Memorial Trophy (trophy)');
    expect(answersWithHints('She won the Nobel Prize in 1911 while working in Paris.')).toContain('Nobel Prize (prize)');
  });

  it('hints a name by its neighbours where its words mislead: a street, a city with "DC", a saint\'s church, a people\'s region, an API', () => {
    expect(answersWithHints('A jeweler exhibited in his window on Pennsylvania avenue a series of trinkets.')).toContain('Pennsylvania (street)');
    expect(answersWithHints('In Washington DC we have a monument to the soldiers of the war.')).toContain('Washington DC (city)');
    expect(answersWithHints('Tregeagle died and was buried in St. Breock Church near the river.')).toContain('St. Breock Church (building)');
    expect(answersWithHints('The natives of Spanish America opened ancient graves for trinkets.')).toContain('Spanish America (region)');
    expect(answersWithHints('So that is the Docker Service API, which runs on every node.')).toContain('Docker Service API (name)');
    // A given name that is a place too ("Douglas") before a surname no dictionary holds is a person's; "Georgia Tech" is not.
    expect(answersWithHints('He told the story in a letter to Douglas Jerrold, dated in the spring.')).toContain('Douglas Jerrold (person)');
    expect(answersWithHints('She studied at Georgia Tech for four years before the war.')).not.toContain('Georgia Tech (person)');
    expect(answersWithHints('George Washington planted the elm at the farm in 1785.')).toContain('George Washington (person)');
    // A job title or an honorific before a name is no part of it.
    expect(answersWithHints('Experiments Manager William Kerslake checked the test stand in the spring.')).toContain('William Kerslake (person)');
    expect(answersWithHints('I told Herr Schindler about it in the spring.')).toContain('Schindler (person)');
    // "Les" before a French plural is the article of a place's name, not the given name.
    expect(answersWithHints('The farm of Les Paysans lies in the parish of the north.')).toContain('Les Paysans (name)');
    // An acronym is no given name: "ABI Stability" is no person.
    expect(answersWithHints('That relies on the technology of ABI Stability, which the team built.')).toContain('ABI Stability (name)');
  });

  it('hints an orchestra or a choir as a body, whatever the city before it ("the Boston Symphony Orchestra")', () => {
    expect(answersWithHints('The soloist toured with the Boston Symphony Orchestra for three seasons.')).toContain('Boston Symphony Orchestra (organisation)');
  });

  it('hints a US state as a state, a place followed by a state as a town, and never cards a state’s abbreviation', () => {
    expect(factsOf('The governor flew from Michigan to Nevada for the talks last spring.').mentions).toContainEqual({ type: 'place', hint: 'state', answer: 'Michigan' });
    expect(factsOf('The delegation met the mayor in Paris, Texas, for the talks last spring.').mentions).toContainEqual({ type: 'place', hint: 'town', answer: 'Paris' });
    expect(factsOf('A caller from Detroit, Mich., asked the senator about jobs in the region.').mentions).toContainEqual({ type: 'place', hint: 'town', answer: 'Detroit' });
    expect(generateCards('A caller from Detroit, Mich., asked the senator about jobs in the region.').map((card) => card.answer)).not.toContain('Mich.');
    // Georgia is a state and a country: the places around it say which, or the hint says only "place".
    expect(factsOf('The delegation flew from Armenia to Georgia for the talks last spring.').mentions).toContainEqual({ type: 'place', hint: 'country', answer: 'Georgia' });
    expect(factsOf('Premiums rose in Georgia, more than in Ohio, for the third year.').mentions).toContainEqual({ type: 'place', hint: 'state', answer: 'Georgia' });
    expect(answersWithHints('Exports to Southeast Asia grew fastest, and those to the Gulf Coast fell.')).toEqual(expect.arrayContaining(['Southeast Asia (region)', 'Gulf Coast (region)']));
    expect(answersWithHints('The crowd gathered at the Washington Monument on Sunday.')).toContain('Washington Monument (monument)');
    // "Al" is as often the Arabic article as a first name: no "(person)" on a group.
    expect(answersWithHints('The attack was claimed by Al Shabaab on Sunday.')).not.toContain('Al Shabaab (person)');
    expect(factsOf('The premiums rose in Georgia for the third year running.').mentions).toContainEqual({ type: 'place', hint: 'place', answer: 'Georgia' });
  });

  it('keeps the number of a numbered name ("Article 59", "Expedition 69") and hints the noun', () => {
    expect(answersWithHints('The powers of the Senate are established by Article 59 of the Constitution.')).toContain('Article 59 (article)');
    expect(answersWithHints('The crew of Expedition 69 split up orbital duties on the station today.')).toContain('Expedition 69 (expedition)');
  });

  it('hints a country’s formal name and its acronym as a country, a building as a building, and leaves "U.S.-developed" alone', () => {
    expect(answersWithHints('Separately, the ministry in the Republic of Guinea confirmed a case in the south.')).toContain('Republic of Guinea (country)');
    expect(answersWithHints('The administration is supporting the DRC and its health workers this year.')).toContain('DRC (country)');
    expect(answersWithHints('The secretariat is in the east wing of the Parliament Building in the capital.')).toContain('Parliament Building (building)');
    expect(answersWithHints('The agency delivered U.S.-developed therapeutics to the region last week.')).not.toContain('U.S. (country)');
  });

  it('hints a party\'s convention as a gathering, a convention between states as a treaty', () => {
    expect(answersWithHints('He spoke at the Democratic National Convention, long after the Geneva Convention was signed.')).toEqual(
      expect.arrayContaining(['Democratic National Convention (convention)', 'Geneva Convention (treaty)']),
    );
  });

  it('hints a legal code as a law, not a program\'s "Code"', () => {
    expect(answersWithHints('If you use something like Visual Studio Code, the notebook sits beside the editor.')).toContain('Visual Studio Code (name)');
    expect(answersWithHints('The judges applied the Civil Code and studied the Code of Hammurabi in class.')).toEqual(expect.arrayContaining(['Civil Code (law)', 'Code of Hammurabi (law)']));
  });

  it('hints a treaty, a law and a declaration by their head noun, not as an organisation', () => {
    expect(answersWithHints('The United States rejoined the Paris Agreement on its first day in office.')).toContain('Paris Agreement (treaty)');
    expect(answersWithHints('From 1947 the Government of India Act was retained as the constitution.')).toContain('Government of India Act (law)');
    expect(answersWithHints('Twenty countries signed the Los Angeles Declaration at the summit that June.')).toContain('Los Angeles Declaration (declaration)');
  });

  it('hints a disease named with its year as a disease, not a code name', () => {
    expect(answersWithHints('The COVID-19 outbreak has further confirmed that the health of one country is the health of the world.')).toEqual(['COVID-19 (disease)']);
  });

  it('keeps "and" inside a name of capitalised common nouns after "of"/"for", and hints a document by the head before them', () => {
    expect(answersWithHints('He pulled more than twenty countries together around the Los Angeles Declaration for Migration and Protection.')).toContain('Los Angeles Declaration for Migration and Protection (declaration)');
    expect(answers('He met the staff of the Department of Health and Human Services on Monday morning.')).toContain('Department of Health and Human Services');
    expect(answers('Officials from the Ministry of Defence and Russia signed the deal last week.')).toEqual(['Ministry of Defence', 'Russia']);
  });

  it('hints no brand that speaks as a person ("When PayPal asked me"), but a surname with an inner capital still is one', () => {
    expect(answersWithHints('When PayPal asked me if they should create a foundation, I said no.')).toContain('PayPal (name)');
    expect(answersWithHints('Scott McNealy told everybody that the patent situation was settled.')).toContain('Scott McNealy (person)');
  });

  it('hints by the head noun: a laboratory is a body, a device or a module is not an event or a body, and "Exercise Device" is no code name', () => {
    expect(answersWithHints('Engineers met at the agency’s Jet Propulsion Laboratory in Southern California on Tuesday.')).toContain('Jet Propulsion Laboratory (organisation)');
    expect(answersWithHints('Koichi Wakata exercised on the Advanced Resistive Exercise Device in Node 3 on the station.')).toEqual(expect.arrayContaining(['Advanced Resistive Exercise Device (name)', 'Node 3 (node)']));
    expect(answersWithHints('Furukawa spent his morning in the Kibo Laboratory Module installing a combustion experiment.')).toContain('Kibo Laboratory Module (name)');
    expect(answersWithHints('Troops took part in the Battle of Borodino and later in World War II, far from home.')).toEqual(expect.arrayContaining(['Battle of Borodino (event)', 'World War II (event)']));
  });

  it('hints a numbered spaceflight by what it is ("Artemis II" is a space mission, not a person like "Henry II"), and a marathon as an event', () => {
    expect(answersWithHints('The array will be mounted for Artemis II, and Voyager 2 still sends data home.')).toEqual(expect.arrayContaining(['Artemis II (space mission)', 'Voyager 2 (spacecraft)']));
    expect(answersWithHints('In April 2007, Williams ran the Boston Marathon on the station’s treadmill.')).toContain('Boston Marathon (event)');
  });

  it('hints an administrative area by its head noun ("North Kivu Province", "Cook County")', () => {
    expect(answersWithHints('The ministry confirmed a case of the disease in North Kivu Province on Sunday.')).toContain('North Kivu Province (region)');
    expect(answersWithHints('Officials in Cook County closed the schools for a week in March.')).toContain('Cook County (county)');
  });

  it('hints a street, a square or a feature of the land by its head noun, not as the body it is named after', () => {
    expect(answersWithHints('The French began pitching their camp in the Senate Square that evening.')).toContain('Senate Square (square)');
    expect(answersWithHints('The troyka tore down the Nikítski Boulevard at full speed toward the gate.')).toContain('Nikítski Boulevard (street)');
    expect(answersWithHints('They tied the bear to a policeman and threw them into the Moyka Canal at night.')).toContain('Moyka Canal (canal)');
  });

  it('keeps a dotted name whole across wink\'s full stop ("Node.js", "Changelog.com") and hints a web address as a website', () => {
    const text = 'The first version of Node.js started with a piece of my code, and Changelog.com is open source.';
    expect(answers(text)).toEqual(expect.arrayContaining(['Node.js', 'Changelog.com']));
    expect(answers(text)).not.toContain('Node');
    expect(answersWithHints('If you go to RewiringAmerica.org, you can find out how much money you can get.')).toContain('RewiringAmerica.org (website)');
    // A word made from a name with a lower-case ending is no name.
    expect(answers('Yeah, but when I GPL-ed something, they said I was a jerk for GPL-ing my stuff with a Java-based tool.')).toEqual([]);
    // A missing space before a capital is still a sentence end, not a name.
    expect(answers('The talks ended.Vladimir Putin left for Moscow on the same evening by train.')).not.toContain('ended.Vladimir');
  });

  it('hints a convention named with "Con" as a conference, not an organisation', () => {
    expect(answersWithHints('I was so excited to be going to the KubeCon EU in person this spring.')).toContain('KubeCon EU (conference)');
    expect(answersWithHints('The first GopherCon was several years down the road after the launch.')).toContain('GopherCon (conference)');
  });

  it('hints whoever a form of address is given to as a person, whatever the words ("Mr. Staff Officer")', () => {
    expect(answersWithHints('I am not your dear sir, Mr. Staff Officer, and you did not tell me to burn the bridge!')).toContain('Staff Officer (person)');
  });

  it('hints a feature of the land whose noun comes first ("Rio Grande", "Mount Chiriqui", "Lake Baikal"), not as a person', () => {
    expect(answersWithHints('A specimen found many years ago on the Rio Grande, near Panama, was of gold.')).toContain('Rio Grande (river)');
    expect(answersWithHints('The expedition camped for a week on the shore of Lake Baikal in the spring.')).toContain('Lake Baikal (lake)');
  });
});
